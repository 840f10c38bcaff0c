import Foundation
import Testing
@testable import DossierCore

/// The same clips built as a French and as an English dossier: every interface word, date and
/// generated meeting title follows `language:` in dossier.yml.
@Suite struct SiteLanguageTests {
    /// The seed clips with a dossier.yml in `language`, built into `folder/public`.
    private func build(_ language: String, in folder: TemporaryFolder) throws -> [String: String] {
        let seeds = repositoryRoot.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where name.hasSuffix(".txt") {
            let text = String(decoding: try Data(contentsOf: seeds.appendingPathComponent(name)), as: UTF8.self)
            try folder.write("src/\(name)", text)
        }
        try folder.write("src/dossier.yml", "title: \"Security guarantees for Ukraine\"\ndescription: \"Talks on guarantees.\"\nlanguage: \(language)\n")
        _ = try SiteBuilder(options: .init(source: folder.url.appendingPathComponent("src"), output: folder.url.appendingPathComponent("public"),
                                           templates: repositoryRoot.appendingPathComponent("Templates"), generator: "dossier test")).build()
        var pages: [String: String] = [:]
        for path in folder.files(under: "public") where path.hasSuffix(".html") || path == "dossier.json" || path == "search/index.html" {
            pages[path] = folder.read("public/" + path)
        }
        return pages
    }

    /// The interface's own text of a page: the page without the article bodies and quoted sentences.
    private func chrome(_ html: String) -> String {
        var text = html
        for (open, close) in [("<div class=\"body\">", "</div>"), ("<title>", "</title>"), ("<p class=\"summary\"", "</p>"),
                              ("<p class=\"event-label\"", "</p>"), ("<script", "</script>"),
                              ("<blockquote", "</blockquote>"), ("<ol class=\"mentions\">", "</ol>"), ("<svg", "</svg>")] {
            while let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
        }
        return text
    }

    @Test func anEnglishDossierHasAnEnglishInterfaceDatesAndMeetingTitles() throws {
        let folder = try TemporaryFolder()
        let pages = try build("en", in: folder)
        let home = try #require(pages["index.html"])
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains(">Timeline</a>") && home.contains(">People</a>") && home.contains(">Meetings</a>"))
        #expect(home.contains("5 articles"))
        for (path, html) in pages where path.hasSuffix(".html") {
            let own = chrome(html)
            for french in ["Accueil", "Chronologie", "Personnes", "Rencontres", "Aller au contenu", "date inconnue", " janvier ", " septembre ",
                           "Sources :", "Sources\u{A0}:", "article(s)"] {
                #expect(!own.contains(french), "\(path) shows the French '\(french)'")
            }
        }
        let json = try #require(pages["dossier.json"])
        #expect(json.contains("Coalition of the Willing summit — Paris, 6 January 2026"))
        #expect(!json.contains("Sommet de la coalition"))
        let timeline = try #require(pages["timeline/index.html"])
        #expect(timeline.contains("January 2026"))
        #expect(timeline.contains("<span>Sources:</span>"))
    }

    @Test func aFrenchDossierKeepsFrenchWordsPluralsAndSpacing() throws {
        let folder = try TemporaryFolder()
        let pages = try build("fr", in: folder)
        let home = try #require(pages["index.html"])
        #expect(home.contains("<html lang=\"fr\">"))
        #expect(home.contains(">Chronologie</a>"))
        let timeline = try #require(pages["timeline/index.html"])
        #expect(timeline.contains("<span>Sources\u{A0}:</span>"), "a no-break space before the colon")
        for (path, html) in pages where path.hasSuffix(".html") {
            #expect(!html.contains("(s)"), "\(path) writes a plural with (s)")
            #expect(!html.contains("·e "), "\(path) writes a gender with ·e")
        }
        let json = try #require(pages["dossier.json"])
        #expect(json.contains("Sommet de la coalition des volontaires — Paris, 6 janvier 2026"))
    }

    @Test func theSiteTitleIsTheFrontPagesHeadingOnly() throws {
        let folder = try TemporaryFolder()
        let home = try #require(try build("en", in: folder)["index.html"])
        let body = try #require(home.components(separatedBy: "<body>").last)
        #expect(body.components(separatedBy: "Security guarantees for Ukraine").count - 1 == 2, "the h1 and the footer")
        #expect(!home.contains("class=\"site-title\""))
    }
}

@Suite struct SiteStringsTests {
    @Test(arguments: SiteStrings.all.map(\.code)) func everyLanguageHasEveryText(_ code: String) throws {
        let strings = try #require(SiteStrings.forLanguage(code))
        for key in SiteText.allCases { #expect(strings.texts[key] != nil, "\(code) lacks '\(key.rawValue)'") }
        for noun in SitePlural.allCases { #expect(strings.plurals[noun] != nil, "\(code) lacks the plural '\(noun.rawValue)'") }
        #expect(strings.months.count == 12 && strings.shortMonths.count == 12)
    }

    @Test func pluralsFollowEachLanguagesRule() {
        #expect(SiteStrings.french.count(0, .articles) == "0 article")
        #expect(SiteStrings.french.count(1, .articles) == "1 article")
        #expect(SiteStrings.french.count(2, .articles) == "2 articles")
        #expect(SiteStrings.english.count(0, .articles) == "0 articles")
        #expect(SiteStrings.english.count(1, .people) == "1 person")
        #expect(SiteStrings.english.count(3, .people) == "3 people")
    }

    @Test func datesAreWrittenInTheLanguage() {
        #expect(SiteStrings.french.date(SimpleDate(year: 2026, month: 1, day: 1)) == "1er janvier 2026")
        #expect(SiteStrings.english.date(SimpleDate(year: 2026, month: 1, day: 6)) == "6 January 2026")
        #expect(SiteStrings.english.date(PartialDate(year: 2025, month: 12, approx: .mid)) == "mid-December 2025")
        #expect(SiteStrings.french.date(PartialDate(year: 2025, approx: .late)) == "fin 2025")
        #expect(SiteStrings.english.date(PartialDate(year: 2025, approx: .late)) == "late 2025")
    }

    @Test func frenchTextsGetNoBreakSpacesAndEnglishOnesDoNot() {
        #expect(SiteStrings.french[.sourcesLabel] == "Sources\u{A0}:")
        #expect(SiteStrings.french[.searchNone] == "Aucun résultat pour «\u{A0}{query}\u{A0}».")
        #expect(SiteStrings.english[.sourcesLabel] == "Sources:")
    }

    @Test func unknownLanguagesHaveNoTable() {
        #expect(SiteStrings.forLanguage("en-GB")?.code == "en")
        #expect(SiteStrings.forLanguage("de") == nil)
    }

    @Test(arguments: [("Emmanuel Macron", "Macron, Emmanuel"), ("Ursula von der Leyen", "von der Leyen, Ursula"),
                      ("Marine Le Pen", "Le Pen, Marine"), ("Zelensky", "Zelensky"), ("Yaël Braun-Pivet", "Braun-Pivet, Yaël")])
    func peopleAreListedSurnameFirst(_ name: String, _ listed: String) {
        #expect(SitePlanner.sortName(name) == listed)
    }
}
