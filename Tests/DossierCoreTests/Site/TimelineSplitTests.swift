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

    @Test func aLongTimelineGetsAPageAYear() throws {
        #expect(try renderAndCheck(dossier(events: SitePlanner.timelinePageLimit + 1))
            == ["timeline/2025/index.html", "timeline/2026/index.html", "timeline/index.html"])
    }
}
