import Foundation
import Testing
@testable import DossierCore

/// Bad settings, bad dates and a bad base URL: each is refused with the file, the line, the
/// bad value quoted and what to write instead; none is taken quietly.
@Suite struct HostileSettingsTests {
    private func parse(_ yaml: String) -> String {
        do throws(DiagnosticError) {
            return try SettingsLoader().parse(yaml, path: "seeds/dossier.yml").diagnostics.map(\.description).joined(separator: "\n")
        } catch {
            return error.description
        }
    }

    @Test func anUnknownTimeZoneIsRefused() {
        #expect(parse("title: x\ntime_zone: Mars/Olympus\n")
            == "seeds/dossier.yml:2: error: time_zone 'Mars/Olympus' is not a known time zone; write an IANA name such as 'Europe/Paris', 'America/New_York' or 'UTC'")
        #expect(parse("time_zone: Europe/Paris\n") == "")
    }

    @Test(arguments: ["X12", "Q", "Q0123", "Q12a", "12"])
    func aWikidataIdThatIsNotQAndDigitsIsRefused(id: String) {
        #expect(parse("people:\n  Jean Dupont: {wikidata: \(id)}\n")
            == "seeds/dossier.yml:2: error: wikidata '\(id)' for 'Jean Dupont' is not a Wikidata id; write 'Q' and the item's number, e.g. 'Q3881545' (the end of the item's wikidata.org address)")
    }

    @Test func aGoodWikidataIdIsKept() throws {
        let (settings, _) = try SettingsLoader().parse("people:\n  Jean Dupont: {wikidata: Q3881545}\n", path: "d.yml")
        #expect(settings.corrections.people["Jean Dupont"]?.wikidata == "Q3881545")
    }

    @Test(arguments: ["-0001-01-01", "2026-13-01", "2026-02-31", "2025-02-29", "0000-01-01", "2026--01-06", "26-01-06", "2026-1-6"])
    func anImpossibleDateInACorrectionIsRefused(date: String) {
        #expect(parse("title: x\nclips:\n  001_a.txt:\n    date: \"\(date)\"\n")
            == "seeds/dossier.yml:4: error: date '\(date)' for clip '001_a.txt' is not a real day; write it as YYYY-MM-DD, e.g. 2026-01-06")
    }

    @Test(arguments: ["-0001-01-01", "2026-13-01", "2026-02-31"])
    func anImpossibleDateInFrontMatterIsRefused(date: String) throws {
        let file = SourceFile(path: "seeds/a.md", text: "---\ntitle: \"Un titre\"\ndate: \(date)\n---\n\nUn texte.\n", isMarkdown: true)
        let (article, diagnostics) = try #require(FrontMatterReader.read(file))
        #expect(article.date == nil)
        #expect(diagnostics.map(\.description).contains("seeds/a.md:3: warning: `date: \(date)` is not a real day; write it as YYYY-MM-DD (e.g. 2026-01-06) or null"))
    }

    @Test func leapDaysAreRealDays() {
        #expect(SimpleDate(iso: "2024-02-29") == SimpleDate(year: 2024, month: 2, day: 29))
        #expect(SimpleDate(iso: "2000-02-29") != nil)
        #expect(SimpleDate(iso: "1900-02-29") == nil)
    }

    @Test func aYAMLErrorIsReportedWhereItStarts() {
        #expect(parse("title: \"Coalition\ndescription: x\nlanguage: fr\n\n")
            == "seeds/dossier.yml:1: error: this is not valid YAML (while scanning a quoted scalar: found unexpected end of stream); fix the line or remove it")
        #expect(parse("title: x\nlanguage: [fr\n").hasPrefix("seeds/dossier.yml:2: error: this is not valid YAML (while parsing a flow sequence"))
    }

    @Test func anAliasBombIsRefusedBeforeItExpands() {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for level in 0..<9 {
            yaml += "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = "l\(level)"
        }
        yaml += "title: *l8\n"
        let start = Date()
        #expect(parse(yaml) == "seeds/dossier.yml: error: this file's aliases (*name) expand to more than 100000 values; settings need far fewer. Write the values out instead of repeating aliases")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func aFewAliasesAreFine() throws {
        let (settings, _) = try SettingsLoader().parse("base: &fr fr\nlanguage: *fr\n", path: "d.yml")
        #expect(settings.language == "fr")
    }

    @Test func deepNestingIsRefusedBeforeParsing() {
        #expect(parse("title: " + String(repeating: "[", count: 10_000) + "\n")
            == "seeds/dossier.yml:1: error: this line nests values 10000 levels deep; settings need a few levels at most (at most 64). Flatten it")
        #expect(parse(String(repeating: "- ", count: 5_000) + "x\n").hasPrefix("seeds/dossier.yml:1: error: this line nests values"))
    }

    @Test func anOversizedSettingsFileIsRefused() throws {
        let project = try HostileProject()
        try project.write("seeds/dossier.yml", "title: x\n# " + String(repeating: "padding ", count: 200_000) + "\n")
        let result = project.build()
        #expect(result.errorText.hasSuffix("dossier.yml: error: dossier.yml is 1562 KB; a settings file is at most 1024 KB. Keep only settings and corrections in it"))
    }

    @Test func aCorrectionForAClipThatIsNotThereSuggestsTheClosestName() throws {
        let project = try HostileProject(settings: "title: x\nbase_url: https://example.org/\nclips:\n  001_pariss.txt: {title: Un titre corrigé}\n  002_london.txt: {title: Fine}\n")
        let result = project.build()
        let seeds = SiteBuilder.displayPath(project.seeds)
        #expect(project.messages(result).contains("\(seeds)/dossier.yml:4: warning: the correction for clip '001_pariss.txt' names no clip of the source folder; it is ignored. did you mean '001_paris.txt'? Write the clip's file name as it is in the folder, or remove the correction"))
        #expect(!project.messages(result).contains { $0.contains("'002_london.txt'") })
    }

    @Test(arguments: [
        ("javascript:alert(1)", "is not an http(s) URL"),
        ("file:///etc/", "is not an http(s) URL"),
        ("example.org/dossier", "is not an absolute URL"),
        ("https://", "names no host"),
        ("https://example.org/\"><script>", "holds spaces, quotes or control characters"),
        ("https://example.org/?q=1", "has a query (?) or a fragment (#)"),
    ])
    func aBadBaseURLIsRefused(url: String, problem: String) throws {
        let project = try HostileProject()
        #expect(project.build(baseURL: url).errorText
            == "error: --base-url '\(url)' \(problem); pass the absolute http(s) URL the site is published at, e.g. --base-url https://example.org/dossier/")
        #expect(!project.exists("public"))
        #expect(parse("base_url: '\(url)'\n")
            == "seeds/dossier.yml:1: error: base_url '\(url)' \(problem); write the absolute http(s) URL the site is published at, e.g. 'https://example.org/dossier/'")
    }

    @Test func aGoodBaseURLIsTaken() throws {
        let project = try HostileProject()
        #expect(project.build(baseURL: "HTTPS://example.org/dossier").report != nil)
        #expect(project.folder.read("public/sitemap.xml")?.contains("HTTPS://example.org/dossier/") == true)
    }

    @Test func jsonInAScriptElementCannotEndOrChangeIt() throws {
        let project = try HostileProject()
        try project.write("seeds/003_evil.md", "---\ntitle: \"<!--<script> & </script><b>x</b>\"\ndate: 2026-01-07\n---\n\nUn texte.\n")
        #expect(project.build().report != nil)
        let pages = project.folder.files(under: "public").filter { $0.hasSuffix(".html") }.compactMap { project.folder.read("public/" + $0) }
        let page = try #require(pages.first { $0.contains("\\u003c!--\\u003cscript\\u003e") })
        #expect(page.contains("\"headline\":\"\\u003c!--\\u003cscript\\u003e \\u0026 \\u003c/script\\u003e\\u003cb\\u003ex\\u003c/b\\u003e\""))
        for page in pages {
            for script in page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst() {
                let body = try #require(script.components(separatedBy: "</script>").first)
                #expect(!body.contains("<") && !body.contains(">") && !body.contains("&"))
                #expect((try? JSONSerialization.jsonObject(with: Data(body.utf8))) != nil, "the JSON-LD still parses")
            }
        }
        #expect(JSONText.string("a\u{2028}b\u{2029}c") == "\"a\\u2028b\\u2029c\"")
    }
}
