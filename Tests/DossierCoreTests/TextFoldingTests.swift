import Testing
@testable import DossierCore

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Élysée", "elysee"), ("l’OTAN", "l'otan"), ("Œuvre", "oeuvre"), ("Zaporijjia", "zaporijjia"),
        ("Grabovské", "grabovske"), ("Straße", "strasse"), ("États‑Unis", "etats-unis"), ("ŁÓDŹ", "łodz"),
    ])
    func foldRemovesAccentsAndCase(_ text: String, _ folded: String) {
        #expect(TextFolding.fold(text) == folded)
    }

    @Test(arguments: [
        ("« Coalition des volontaires » : les garanties", "coalition-des-volontaires-les-garanties"),
        ("L'Ukraine accueille", "l-ukraine-accueille"),
        ("", ""),
    ])
    func slugsAreFoldedAndHyphenated(_ text: String, _ slug: String) {
        #expect(TextFolding.slug(text) == slug)
    }

    @Test func slugsAreCutAtAHyphenWithinEightyCharacters() {
        let slug = TextFolding.slug(String(repeating: "garanties de sécurité ", count: 10))
        #expect(slug.count <= 80)
        #expect(!slug.hasSuffix("-"))
        #expect(slug.hasSuffix("securite") || slug.hasSuffix("garanties") || slug.hasSuffix("de"))
    }

    @Test func searchWordsDropStopWordsAndFoldAccents() {
        #expect(SearchIndexer.words(in: "Le sommet de l’Élysée, à Paris") == ["sommet", "elysee", "paris"])
    }
}
