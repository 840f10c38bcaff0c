import Testing
@testable import DossierCore

@Suite struct NotDateTests {
    @Test(arguments: [
        "Un accord pour mettre fin à près de quatre ans de guerre.",
        "Des discussions depuis plusieurs mois.",
        "Jusqu'à 1,1 million de pertes russes.",
        "Le sommet réunira 35 pays.",
        "Le plan de paix en 20 points.",
        "Moins de 1% du territoire.",
        "Des garanties comparables à l'article 5 de l'OTAN.",
        "La reprise est prévue à 13H00 GMT.",
        "Le budget 2025 de la défense.",
        "Sept pays ont répondu.",
        "Temps de lecture 4 min.",
        "You may march on, said the August body.",
    ])
    func figuresAndDurationsAreNotDates(_ text: String) {
        #expect(DateTestSupport.events(text, published: "2025-09-04") == [])
    }

    @Test func publicationLinesAndPostSignaturesAreNotEvents() {
        #expect(DateTestSupport.events("Publié le 04/09/2025 à 18h12, mis à jour le 04/09/2025 à 20h45") == [])
        #expect(DateTestSupport.events("Updated 25 Nov 2025 14.32 GMT", lang: "en") == [])
        #expect(DateTestSupport.events("Les garanties… pic.twitter.com/x — Chef d'état-major (@CEMA_FR) January 6, 2026") == [])
        #expect(DateTestSupport.events("PARIS, Jan 6 (Reuters) - Leaders met.", published: "2026-01-06", lang: "en") == [])
    }

    @Test func accentStrippedTextIsRead() {
        #expect(DateTestSupport.events("Le 15 fevrier 2025 et le 3 aout 2025, puis le 1er decembre 2025.")
            == ["2025-02-15|15 fevrier 2025", "2025-08-03|3 aout 2025", "2025-12-01|1er decembre 2025"])
    }
}
