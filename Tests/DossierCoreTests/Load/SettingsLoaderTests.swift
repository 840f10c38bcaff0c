import Testing
@testable import DossierCore

@Suite struct SettingsLoaderTests {
    @Test func siteSettingsAndCorrectionsAreRead() throws {
        let yaml = """
        title: "Dossier Ukraine"
        description: Les garanties de sécurité
        language: fr
        base_url: https://example.org/dossiers/ukraine
        people:
          Volodymyr Zelensky: {aliases: [Zelenskyy], role: président ukrainien, wikidata: Q3881545}
        not_people: [Grand Palais]
        clips:
          003_x.txt: {date: 2026-01-06, title: Un titre}
        """
        let (settings, diagnostics) = try SettingsLoader().parse(yaml, path: "seeds/dossier.yml")
        #expect(diagnostics.isEmpty)
        #expect(settings.title == "Dossier Ukraine")
        #expect(settings.baseURL == "https://example.org/dossiers/ukraine/")
        #expect(settings.corrections.people["Volodymyr Zelensky"]?.wikidata == "Q3881545")
        #expect(settings.corrections.people["Volodymyr Zelensky"]?.aliases == ["Zelenskyy"])
        #expect(settings.corrections.notPeople == ["Grand Palais"])
        #expect(settings.corrections.clips["003_x.txt"]?.date == SimpleDate(year: 2026, month: 1, day: 6))
    }

    @Test func aLanguageWithoutStringsIsAWarningAndTheSiteStaysFrench() throws {
        let (settings, diagnostics) = try SettingsLoader().parse("title: x\nlanguage: de\n", path: "seeds/dossier.yml")
        #expect(settings.language == "de")
        #expect(diagnostics.map(\.description) == [
            "seeds/dossier.yml:2: warning: the site's interface has no words for language 'de' yet, so pages use French; write one of fr, en, or add a strings table for it (Sources/DossierCore/Plan/Strings)",
        ])
    }

    @Test func unknownKeysAreWarningsWithTheirLine() throws {
        let (_, diagnostics) = try SettingsLoader().parse("title: x\ncolour: red\n", path: "seeds/dossier.yml")
        #expect(diagnostics.map(\.description) == [
            "seeds/dossier.yml:2: warning: unknown setting 'colour' is ignored; known settings are base_url, clips, description, language, meetings, not_people, people, time_zone, title",
        ])
    }

    @Test(arguments: [
        ("title: [unclosed\n", "seeds/dossier.yml:1: error: this is not valid YAML"),
        ("language: french\n", "seeds/dossier.yml:1: error: language 'french' is not a two-letter ISO 639-1 code; write e.g. 'fr' or 'en'"),
        ("base_url: example.org\n", "seeds/dossier.yml:1: error: base_url 'example.org' is not an absolute URL; write the absolute http(s) URL the site is published at, e.g. 'https://example.org/dossier/'"),
        ("clips:\n  a.txt: {date: 2026-02-30}\n", "seeds/dossier.yml:2: error: date '2026-02-30' for clip 'a.txt' is not a real day; write it as YYYY-MM-DD, e.g. 2026-01-06"),
    ])
    func badSettingsAreErrorsWithFileAndLine(_ yaml: String, _ expected: String) {
        do {
            _ = try SettingsLoader().parse(yaml, path: "seeds/dossier.yml")
            Issue.record("expected an error for \(yaml)")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }
}
