import Foundation
import Testing
@testable import DossierCore

/// The front page lists the newest articles; the archive lists every article once, month by month.
@Suite struct ArchiveTests {
    /// 130 articles in January 2026 (two archive pages), 100 in December 2025, 20 undated, newest first.
    private func dossier(language: String = "fr") -> Dossier {
        var articles: [DossierArticle] = []
        for i in 0..<250 {
            let date: SimpleDate? = i < 130 ? SimpleDate(year: 2026, month: 1, day: 28 - i % 28)
                : i < 230 ? SimpleDate(year: 2025, month: 12, day: 28 - i % 28) : nil
            articles.append(DossierArticle(id: "a\(i)", article: Article(title: "Article \(i)", date: date, source: "a\(i).txt",
                                                                         blocks: [.paragraph("Texte \(i).", line: 1)])))
        }
        articles.sort(by: DossierBuilder.newestFirst)
        var settings = DossierSettings()
        settings.language = language
        return Dossier(settings: settings, articles: articles)
    }

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

    /// The article ids a page links to, in order.
    private func linkedArticles(_ html: String) -> [String] {
        html.components(separatedBy: "articles/").dropFirst().compactMap { rest in
            guard rest.hasPrefix("a"), let end = rest.firstIndex(of: "/") else { return nil }
            return String(rest[..<end])
        }
    }

    @Test func theFrontPageListsTheNewestArticlesThenLinksToTheArchive() throws {
        let pages = try render(dossier())
        let home = try #require(pages["index.html"])
        let listed = linkedArticles(home)
        #expect(listed.count == SitePlanner.homeArticles)
        #expect(listed == dossier().articles.prefix(SitePlanner.homeArticles).map(\.id))
        #expect(home.contains("<a href=\"archive/\">Tous les articles, mois par mois</a> <span class=\"count\">(250 articles)</span>"))
    }

    @Test func theArchiveListsEveryArticleExactlyOnce() throws {
        let pages = try render(dossier())
        var seen: [String: Int] = [:]
        for (path, html) in pages where path.hasPrefix("archive/") && path != "archive/index.html" {
            for id in linkedArticles(html) { seen[id, default: 0] += 1 }
        }
        #expect(seen.count == 250)
        #expect(seen.values.allSatisfy { $0 == 1 })
        #expect(pages.keys.filter { $0.hasPrefix("archive/") }.sorted() == [
            "archive/2025-12/index.html", "archive/2026-01/2/index.html", "archive/2026-01/index.html",
            "archive/index.html", "archive/undated/index.html"])
        let index = try #require(pages["archive/index.html"])
        #expect(index.contains("<a href=\"2026-01/\">Janvier 2026</a> <span class=\"count\">(130 articles)</span>"))
        #expect(index.contains("<a href=\"undated/\">Sans date</a>"))
        let second = try #require(pages["archive/2026-01/2/index.html"])
        #expect(second.contains("<h1>Janvier 2026 — page 2 sur 2</h1>"))
        #expect(linkedArticles(second).count == 30)
        #expect(second.contains("Plus ancien\u{A0}: <a href=\"../../../archive/2025-12/\">Décembre 2025</a>"))
    }

    @Test func anArticlesBreadcrumbLeadsToThePageOfTheArchiveThatListsIt() throws {
        let dossier = dossier()
        let pages = try render(dossier)
        let first = try #require(dossier.articles.first), late = dossier.articles[SitePlanner.archivePageSize + 5]
        #expect(try #require(pages["articles/\(first.id)/index.html"]).contains("<a href=\"../../archive/2026-01/\">Janvier 2026</a></nav>"))
        #expect(try #require(pages["articles/\(late.id)/index.html"]).contains("<a href=\"../../archive/2026-01/2/\">Janvier 2026</a></nav>"))
        let undated = try #require(dossier.articles.last)
        #expect(try #require(pages["articles/\(undated.id)/index.html"]).contains("<a href=\"../../archive/undated/\">Sans date</a></nav>"))
    }

    @Test func anEnglishArchiveSpeaksEnglish() throws {
        let pages = try render(dossier(language: "en"))
        let index = try #require(pages["archive/index.html"])
        #expect(index.contains("<h1>Archive</h1>"))
        #expect(index.contains(">January 2026</a>") && index.contains(">Undated</a>"))
        #expect(try #require(pages["index.html"]).contains(">All articles, month by month</a>"))
        #expect(try #require(pages["archive/2026-01/2/index.html"]).contains("<h1>January 2026 — page 2 of 2</h1>"))
    }
}
