import Testing
@testable import DossierCore

/// The seeds' timeline as a reader sees it.
@Suite struct SeedTimelineTests {
    @Test func seedsMakeAReadableTimeline() {
        let articles = DateFixture.seeds().map { f in
            DossierArticle(id: f.name, article: f.datedArticle,
                           mentions: ArticleMentions(events: DateTestSupport.eventExtractor.events(in: f.datedArticle)))
        }
        let timeline = TimelineBuilder().build(articles)
        for e in timeline { print("\(e.date)\t\(e.articles.count)\t\(e.label)") }
        #expect(timeline.map(\.date) == timeline.map(\.date).sorted())
        #expect(timeline.allSatisfy { $0.label.count <= 160 && !$0.label.hasSuffix(",") && !$0.label.hasSuffix(".") })
        // Years alone ("en 2025", "dès 2026") and spans ("depuis novembre") are not events.
        #expect(timeline.count == 14)
    }
}
