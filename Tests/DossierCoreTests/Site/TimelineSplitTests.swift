import Foundation
import Testing
@testable import DossierCore

@Suite struct TimelineSplitTests {
    /// A dossier of one article whose long timeline runs over two years.
    private func dossier(events: Int) -> Dossier {
        let article = DossierArticle(id: "a", article: Article(title: "A", source: "seeds/a.txt", blocks: [.paragraph("Texte.", line: 1)]))
        let timeline = (0..<events).map { i in
            TimelineEntry(date: PartialDate(year: 2025 + i % 2, month: 1 + i % 12, day: 1 + i % 28), label: "Événement \(i)",
                          sources: [Citation(articleID: "a", blockIndex: 0, sentence: "Texte.")])
        }.sorted { $0.date < $1.date }
        return Dossier(settings: DossierSettings(), articles: [article], timeline: timeline)
    }

    private func renderAndCheck(_ dossier: Dossier) throws -> [String] {
        let renderer = try PageRenderer(folder: repositoryRoot.appendingPathComponent("Templates"), displayFolder: "Templates")
        var files: [String: [UInt8]] = [:]
        for file in SitePlanner(generator: "dossier test").plan(dossier) {
            switch file.content {
            case .page(let template, let context): files[file.path] = Array(try renderer.render(template, context: context).utf8)
            case .text(let text): files[file.path] = Array(text.utf8)
            case .bytes(let bytes): files[file.path] = bytes
            }
        }
        files["assets/style.css"] = []
        files["assets/search.js"] = []
        #expect(LinkChecker().check(files, displayFolder: "public").map(\.description) == [])
        return files.keys.filter { $0.hasPrefix("timeline/") }.sorted()
    }

    @Test func aShortTimelineIsOnePage() throws {
        #expect(try renderAndCheck(dossier(events: 40)) == ["timeline/index.html"])
    }

    /// A crowded year gets a page a month, a crowded month several pages; every entry is on exactly one page.
    @Test func aCrowdedYearGetsAPageAMonthAndACrowdedMonthSeveralPages() throws {
        let article = DossierArticle(id: "a", article: Article(title: "A", source: "seeds/a.txt", blocks: [.paragraph("Texte.", line: 1)]))
        let dates = (0..<700).map { PartialDate(year: 2025, month: 3, day: 1 + $0 % 28) }
            + (0..<300).map { PartialDate(year: 2025, month: 4 + $0 % 6, day: 1 + $0 % 28) }
            + (0..<10).map { PartialDate(year: 2026, month: 1, day: 1 + $0) }
        let timeline = dates.enumerated().map { i, date in
            TimelineEntry(date: date, label: "Événement \(i)", sources: [Citation(articleID: "a", blockIndex: 0, sentence: "Texte.")])
        }.sorted { $0.date < $1.date }
        let dossier = Dossier(settings: DossierSettings(), articles: [article], timeline: timeline)
        let pages = try renderAndCheck(dossier)
        #expect(pages == ["timeline/2025/03/2/index.html", "timeline/2025/03/index.html", "timeline/2025/04/index.html",
                          "timeline/2025/05/index.html", "timeline/2025/06/index.html", "timeline/2025/07/index.html",
                          "timeline/2025/08/index.html", "timeline/2025/09/index.html", "timeline/2025/index.html",
                          "timeline/2026/index.html", "timeline/index.html"])
        let assigned = SitePlanner.timelinePages(timeline)
        #expect(assigned.filter { $0 == "timeline/2025/03/" }.count == SitePlanner.timelinePageLimit)
        #expect(assigned.filter { $0 == "timeline/2025/03/2/" }.count == 200)
        #expect(Dictionary(grouping: assigned, by: { $0 }).values.allSatisfy { $0.count <= SitePlanner.timelinePageLimit })
    }

    @Test func aLongTimelineGetsAPageAYear() throws {
        #expect(try renderAndCheck(dossier(events: SitePlanner.timelinePageLimit + 1))
            == ["timeline/2025/index.html", "timeline/2026/index.html", "timeline/index.html"])
    }
}
