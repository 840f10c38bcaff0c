import Foundation
import Testing
@testable import DossierCore

/// Extraction and linking over 10,000 clips must stay in the range of seconds.
@Suite struct PeopleSpeedTests {
    @Test func tenThousandClips() {
        let fixtures = PeopleFixtures.all().map(\.article)
        guard !fixtures.isEmpty else { return }
        let corpus = (0..<10_000).map { fixtures[$0 % fixtures.count] }
        let start = Date()
        let extractor = PersonExtractor()
        let extracted = corpus.parallelMap { extractor.extract(from: $0) }
        let mid = Date()
        let articles = zip(corpus, extracted).enumerated().map { i, pair in
            DossierArticle(id: "clip-\(i)", article: pair.0, mentions: ArticleMentions(people: pair.1.people, quotes: pair.1.quotes))
        }
        let (people, _) = PersonLinker().link(articles)
        let end = Date()
        print("people speed: extract \(mid.timeIntervalSince(start)) s, link \(end.timeIntervalSince(mid)) s, \(people.count) people")
        #expect(end.timeIntervalSince(start) < 60)
    }
}
