import Testing
@testable import DossierCore

@Suite struct AbsoluteDateTests {
    @Test(arguments: [
        ("Le sommet a eu lieu le 25 novembre 2025 à Genève.", "2025-11-25|25 novembre 2025"),
        ("Le traité entre en vigueur le 1er janvier 2026.", "2026-01-01|1er janvier 2026"),
        ("Document daté du 25/11/2025.", "2025-11-25|25/11/2025"),
        ("Version du 2025-11-25.", "2025-11-25|2025-11-25"),
        ("Signé le 25.11.2025 à Paris.", "2025-11-25|25.11.2025"),
        ("They met on November 25, 2025 in Geneva.", "2025-11-25|November 25, 2025"),
        ("They met on 25 Nov. 2025 in Geneva.", "2025-11-25|25 Nov. 2025"),
        ("Talks resumed on 6th January 2026.", "2026-01-06|6th January 2026"),
        ("Talks resumed on January 6th, 2026.", "2026-01-06|January 6th, 2026"),
        ("Le texte du 1er fevrier 2025 reste en vigueur.", "2025-02-01|1er fevrier 2025"),
        ("Accord signé le 7 sept. 2025.", "2025-09-07|7 sept. 2025"),
        ("La réunion du mardi 25 novembre 2025 à Paris.", "2025-11-25|mardi 25 novembre 2025"),
    ])
    func fullDates(_ text: String, _ expected: String) {
        #expect(DateTestSupport.events(text) == [expected])
    }

    @Test func monthFirstNumericDateWhenDayFirstIsImpossible() {
        #expect(DateTestSupport.events("Filed on 11/25/2025 in court.", lang: "en") == ["2025-11-25|11/25/2025"])
    }

    @Test func dayAndMonthTakeTheNearestYearOfThePublication() {
        #expect(DateTestSupport.events("Le sommet du 15 août en Alaska.", published: "2025-09-04") == ["2025-08-15|15 août"])
        #expect(DateTestSupport.events("Talks on Jan. 6 in Paris.", published: "2025-12-20", lang: "en") == ["2026-01-06|Jan. 6"])
    }

    @Test func tenseChoosesTheYearOfADayAndMonth() {
        #expect(DateTestSupport.events("Le sommet aura lieu le 20 janvier.", published: "2025-06-01") == ["2026-01-20|20 janvier"])
        #expect(DateTestSupport.events("Il a signé le 20 juillet.", published: "2025-06-01") == ["2024-07-20|20 juillet"])
    }

    @Test func aVerblessClauseTakesThePastOfItsSentenceButNotItsFuture() {
        #expect(DateTestSupport.events("Lancée à Londres le 2 mars, elle a tenu sa première réunion.", published: "2025-12-19")
            == ["2025-03-02|2 mars"])
        #expect(DateTestSupport.events("Trump doit rencontrer Poutine, après leur sommet du 15 août.", published: "2025-09-04")
            == ["2025-08-15|15 août"])
        #expect(DateTestSupport.events("Prochain sommet : le 20 janvier à Rome, a indiqué l'Elysée.", published: "2026-01-10")
            == ["2026-01-20|20 janvier"])
    }

    @Test func namedDaysAreNotDates() {
        #expect(DateTestSupport.events("Depuis les attentats du 11-Septembre.", published: "2025-09-04") == [])
        #expect(DateTestSupport.events("Un objectif d'ici à 2030.", published: "2025-09-04") == ["2030|ici à 2030"])
    }

    @Test func weekdayPinsTheYearOfAnUndatedClip() {
        #expect(DateTestSupport.events("Il a parlé ce mardi 25 novembre à Paris.") == ["2025-11-25|mardi 25 novembre"])
        #expect(DateTestSupport.events("Il a parlé le 25 novembre à Paris.") == [])
    }

    @Test func yearCarriesToTheNextDateOfTheParagraph() {
        #expect(DateTestSupport.events("Lancée le 2 mars 2025 à Londres, puis réunie à Paris le 27 mars.", published: "2026-01-06")
            == ["2025-03-02|2 mars 2025", "2025-03-27|27 mars"])
    }
}
