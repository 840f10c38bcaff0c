import Testing
@testable import DossierCore

@Suite struct TimelineJSExporterTests {
    @Test func writesDatesAtTheirPrecisionWithSortedKeys() {
        let article = DossierArticle(id: "sommet-paris", article: Article(title: "Sommet à Paris", source: "a.txt"))
        let timeline = [
            TimelineEntry(date: PartialDate(year: 2025, month: 12, approx: .mid), label: "Proposition à Berlin",
                          sources: [Citation(articleID: "sommet-paris", blockIndex: 2, sentence: "")]),
            TimelineEntry(date: PartialDate(year: 2026, month: 1, day: 6), label: "Sommet", sources: [], meeting: "m1"),
        ]
        let json = TimelineJSExporter.json(timeline, articles: [article], title: "Coalition")
        #expect(json == """
        {"events":[{"display_date":"mi-décembre 2025","group":"Événements","start_date":{"month":"12","year":"2025"},\
        "text":{"headline":"Proposition à Berlin","text":"<ul><li><a href=\\"articles/sommet-paris/#p-3\\">Sommet à Paris</a></li></ul>"}},\
        {"group":"Rencontres","start_date":{"day":"6","month":"1","year":"2026"},"text":{"headline":"Sommet","text":"<ul></ul>"}}],\
        "title":{"text":{"headline":"Coalition","text":""}}}
        """)
    }
}
