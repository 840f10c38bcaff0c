import Foundation
import Testing
@testable import DossierCore

/// Extraction and timeline over many clips. Copies of a clip must merge into the same entries
/// (checked always, on a few copies); the time is printed, never asserted, and the 2,000-clip
/// run is a benchmark: `DOSSIER_SPEED=1 swift test -c release --filter DateSpeedTests`.
@Suite struct DateSpeedTests {
    @Test func copiesOfClipsMergeIntoTheSameEntries() {
        let count = ProcessInfo.processInfo.environment["DOSSIER_SPEED"] == nil ? 60 : 2_000
        let fixtures = DateFixture.all().map(\.datedArticle)
        let articles = (0..<count).map { i in fixtures[i % fixtures.count] }
        let start = Date()
        let extractor = DateExtractor(calendar: DateTestSupport.calendar)
        let dossierArticles = articles.enumerated().map { i, a in
            DossierArticle(id: "a\(i)", article: a, mentions: ArticleMentions(events: extractor.events(in: a)))
        }
        let extracted = Date()
        let timeline = TimelineBuilder().build(dossierArticles)
        let built = Date()
        print("dates: \(count) clips extracted in \(extracted.timeIntervalSince(start))s (one core), timeline of \(timeline.count) entries in \(built.timeIntervalSince(extracted))s")
        let once = TimelineBuilder().build(Array(dossierArticles.prefix(fixtures.count)))
        #expect(timeline.count == once.count) // copies of a clip report the same events
        #expect(timeline.first?.sources.count == once.first.map { $0.sources.count * (count / fixtures.count) + ($0.sources.count > 0 && count % fixtures.count > 0 ? 1 : 0) })
    }
}
