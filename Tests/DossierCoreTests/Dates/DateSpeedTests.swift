import Foundation
import Testing
@testable import DossierCore

/// Extraction and timeline over many clips, timed (printed, not asserted: the machine is shared).
@Suite struct DateSpeedTests {
    @Test func thousandsOfClipsStayFast() {
        let fixtures = DateFixture.all().map(\.datedArticle)
        let articles = (0..<2_000).map { i in fixtures[i % fixtures.count] }
        let start = Date()
        let extractor = DateExtractor(referenceYear: 2026)
        let dossierArticles = articles.enumerated().map { i, a in
            DossierArticle(id: "a\(i)", article: a, mentions: ArticleMentions(events: extractor.events(in: a)))
        }
        let extracted = Date()
        let timeline = TimelineBuilder().build(dossierArticles)
        let built = Date()
        print("dates: 2000 clips extracted in \(extracted.timeIntervalSince(start))s (one core), timeline of \(timeline.count) entries in \(built.timeIntervalSince(extracted))s")
        let once = TimelineBuilder().build(Array(dossierArticles.prefix(fixtures.count)))
        #expect(timeline.count == once.count) // copies of a clip report the same events
        #expect(timeline.first?.sources.count == once.first.map { $0.sources.count * (2_000 / fixtures.count) + ($0.sources.count > 0 && 2_000 % fixtures.count > 0 ? 1 : 0) })
    }
}
