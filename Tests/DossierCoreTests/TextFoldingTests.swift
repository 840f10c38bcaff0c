import Testing
@testable import DossierCore

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Élysée", "elysee"), ("l’OTAN", "l'otan"), ("Œuvre", "oeuvre"), ("Zaporijjia", "zaporijjia"),
        ("Grabovské", "grabovske"), ("Straße", "strasse"), ("États‑Unis", "etats-unis"), ("ŁÓDŹ", "lodz"),
        ("Radosław", "radoslaw"), ("Støre", "store"), ("Đoković", "dokovic"), ("Kılıçdaroğlu", "kilicdaroglu"),
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
        #expect(slug.hasSuffix("securite") || slug.hasSuffix("garanties"))
    }

    @Test func aCutSlugEndsOnAWholeWordThatIsNotAnArticle() {
        let slug = TextFolding.slug("Réunion des alliés de l'Ukraine sur les garanties sécuritaires, doutes sur l'appui des USA")
        #expect(slug == "reunion-des-allies-de-l-ukraine-sur-les-garanties-securitaires-doutes")
        #expect(TextFolding.slug("Anticonstitutionnellement" + String(repeating: "x", count: 90)).count == 80)
    }

    @Test func searchWordsDropStopWordsAndFoldAccents() {
        #expect(SearchIndexer.words(in: "Le sommet de l’Élysée, à Paris") == ["sommet", "elysee", "paris"])
    }
}
