import Foundation
import Testing
@testable import DossierCore

/// Extraction and linking time over 10,000 clips, printed: a benchmark, not a test, run with
/// `DOSSIER_SPEED=1 swift test -c release -Xswiftc -enable-testing --filter PeopleSpeedTests`.
@Suite struct PeopleSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_SPEED"] != nil))
    func tenThousandClips() {
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
        #expect(!people.isEmpty)
    }
}
