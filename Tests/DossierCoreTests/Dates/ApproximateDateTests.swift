import Testing
@testable import DossierCore

@Suite struct ApproximateDateTests {
    @Test(arguments: [
        ("À Berlin mi-décembre, les pays avaient formalisé leur proposition.", "2025-12 mid|mi-décembre"),
        ("Une rencontre fin décembre n'a pas permis d'avancer.", "2025-12 late|fin décembre"),
        ("La coalition mise en place en mars par la France.", "2025-03|en mars"),
        ("Les tractations se sont intensifiées depuis novembre.", "2025-11|depuis novembre"),
        ("Un sommet se tiendra début février à Paris.", "2026-02 early|début février"),
        ("A summit is due in early February.", "2026-02 early|early February"),
        ("Talks stalled in late December.", "2025-12 late|late December"),
    ])
    func monthsKeepTheirPrecision(_ text: String, _ expected: String) {
        let lang = text.hasPrefix("A ") || text.hasPrefix("Talks") ? "en" : "fr"
        #expect(DateTestSupport.events(text, published: "2026-01-06", lang: lang) == [expected])
    }

    @Test(arguments: [
        ("La Russie a conquis moins de 1% du territoire en 2025.", "2025|en 2025"),
        ("La guerre dure depuis 2022.", "2022|depuis 2022"),
        ("Paris pilotera les travaux dès 2026.", "2026|dès 2026"),
        ("Un accord est possible fin 2026.", "2026 late|fin 2026"),
        ("Les travaux reprendront au début de 2026.", "2026 early|début de 2026"),
        ("Russia gained little ground in 2025.", "2025|in 2025"),
        ("Un sommet est prévu en janvier 2026.", "2026-01|en janvier 2026"),
    ])
    func yearsInADateContext(_ text: String, _ expected: String) {
        #expect(DateTestSupport.events(text, published: "2025-12-20", lang: text.hasPrefix("Russia") ? "en" : "fr") == [expected])
    }

    @Test func monthWithoutYearNeedsAPublicationDateOrTheStory() {
        // Alone, an undated clip's month has no year.
        let alone = Article(date: nil, source: "t.txt", blocks: [.paragraph("Les travaux reprendront dès janvier à Paris.", line: 1)])
        #expect(DateExtractor().events(in: alone).isEmpty)
        // The story (June 2025 to January 2026) holds one January.
        #expect(DateTestSupport.events("Les travaux reprendront dès janvier à Paris.") == ["2026-01|dès janvier"])
    }
}
