import Foundation
import Testing
@testable import DossierCore

/// The meetings index stays a readable page at any size, and lists every meeting exactly once.
@Suite struct MeetingsIndexPagesTests {
    private func render(_ dossier: Dossier) throws -> [String: String] {
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
        return files.filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// `count` meetings: 400 in March 2025 (a crowded month), the rest spread over 2024, and three undated.
    private func dossier(_ count: Int) -> Dossier {
        let article = DossierArticle(id: "a", article: Article(title: "A", source: "a.txt", blocks: [.paragraph("Texte.", line: 1)]))
        let meetings = (0..<count).map { i in
            let date: PartialDate? = i < 3 ? nil : i < 403 ? PartialDate(year: 2025, month: 3, day: 1 + i % 28)
                : PartialDate(year: 2024, month: 1 + i % 12, day: 1 + i % 28)
            return Meeting(id: "m\(i)", title: "Réunion \(i)", kind: .meeting, date: date, place: nil, articles: ["a"])
        }
        return Dossier(settings: DossierSettings(), articles: [article], meetings: meetings)
    }

    /// The meeting ids an index page links to.
    private func listed(_ html: String) -> [String] {
        html.components(separatedBy: "meetings/m").dropFirst().compactMap { rest in
            rest.firstIndex(of: "/").map { "m" + rest[..<$0] }
        }
    }

    @Test func aShortIndexIsOnePage() throws {
        let pages = try render(dossier(20))
        #expect(pages.keys.filter { $0.hasPrefix("meetings/") && !$0.hasPrefix("meetings/m") } == ["meetings/index.html"])
        #expect(listed(try #require(pages["meetings/index.html"])).count == 20)
    }

    @Test func aLongIndexIsSplitByYearThenMonthAndListsEveryMeetingOnce() throws {
        let pages = try render(dossier(700))
        let indexPages = pages.keys.filter { $0.hasPrefix("meetings/") && !$0.hasPrefix("meetings/m") }.sorted()
        #expect(indexPages == ["meetings/2024/index.html", "meetings/2025/03/2/index.html", "meetings/2025/03/index.html",
                               "meetings/2025/index.html", "meetings/index.html", "meetings/undated/index.html"])
        var seen: [String: Int] = [:]
        for path in indexPages where path != "meetings/index.html" {
            let ids = listed(try #require(pages[path]))
            #expect(ids.count <= SitePlanner.meetingsPageLimit, "\(path) lists \(ids.count) meetings")
            for id in ids { seen[id, default: 0] += 1 }
        }
        #expect(seen.count == 700 && seen.values.allSatisfy { $0 == 1 })
        let crowded = try #require(pages["meetings/2025/03/2/index.html"])
        #expect(crowded.contains("<h1>Rencontres — mars 2025 — page 2 sur 2</h1>"))
    }
}
