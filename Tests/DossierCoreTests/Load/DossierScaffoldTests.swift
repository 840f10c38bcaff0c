import Testing
@testable import DossierCore

/// `dossier init` writes a dossier.yml that explains every setting and every correction.
@Suite struct DossierScaffoldTests {
    @Test(arguments: DossierScaffold.languages)
    func settingsParseAsWrittenAndWithEveryLineUncommented(_ language: String) throws {
        let files = DossierScaffold.files(language: language)
        let yaml = try #require(files.first { $0.path == "seeds/dossier.yml" }).text
        let (settings, warnings) = try SettingsLoader().parse(yaml, path: "seeds/dossier.yml")
        #expect(warnings.isEmpty)
        #expect(settings.language == language)
        // Uncommenting the examples gives a valid file that sets every key the loader knows.
        let uncommented = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let text = String(line)
            guard text.hasPrefix("# "), text.dropFirst(2).first.map({ $0 == " " || $0 == "-" || $0.isLetter && $0.isLowercase }) == true,
                  text.contains(":") || text.hasPrefix("#   -") else { return text }
            return String(text.dropFirst(2))
        }.joined(separator: "\n").replacingOccurrences(of: "<meeting-id>", with: "sommet-paris")
        let (full, fullWarnings) = try SettingsLoader().parse(uncommented, path: "seeds/dossier.yml")
        #expect(fullWarnings.isEmpty)
        #expect(full.baseURL != nil)
        #expect(full.timeZone == "Europe/Paris")
        #expect(full.corrections.people.count == 1)
        #expect(full.corrections.notPeople.count == 1)
        #expect(full.corrections.meetingTitles.count == 1)
        let clip = try #require(full.corrections.clips.values.first)
        #expect(clip.title != nil && clip.date != nil && clip.url != nil && clip.outlet != nil)
    }

    @Test(arguments: DossierScaffold.languages)
    func theExampleClipReadsAsAClipOfItsLanguage(_ language: String) throws {
        let clip = try #require(DossierScaffold.files(language: language).first { $0.path.hasSuffix(".txt") })
        let article = ClipNormalizer().normalize(SourceFile(path: clip.path, text: clip.text)).article
        #expect(article.lang == language)
        #expect(article.date?.iso == "2026-01-06")
        #expect(article.authors.count == 1)
        #expect(article.wire == "AFP")
        #expect(!article.titleDerived)
    }
}
