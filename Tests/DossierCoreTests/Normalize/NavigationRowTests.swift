import Testing
@testable import DossierCore

/// Rows of a page's menus and toolbars, copied with the gaps between their cells.
@Suite struct NavigationRowTests {
    @Test(arguments: [
        "Home   News   Sport   Business   Innovation   Culture   Arts   Travel   Earth   Audio",
        "World\tEurope\tUS\tAmericas\tAsia",
        "World   U.S.   Politics   Sports   Entertainment   Fact Check",
        "SIGN IN   Donate",
        "My News   Sign In   Register",
        "Menu   Rechercher   Se connecter   S'abonner 1€ par mois",
        "UA   EN   DE   FR   ES",
        "Register   Sign In",
        "Share   Save",
        "Partager   Enregistrer   Imprimer",
        "Accueil   International   Europe   Politique",
        "Ukraine   Russia   Vladimir Putin   Donald Trump   Analysis",
    ])
    func navigationRows(_ row: String) {
        #expect(NavigationRow.matches(Substring(row)))
    }

    @Test(arguments: [
        "Tom Ashworth   BBC News",                         // a byline with its outlet
        "Tom Ashworth   Share",
        "Tom Ashworth   BBC News   Moscow",
        "Tue 30 Dec 2025   17.40 GMT",                      // a date line
        "14h32   Emmanuel Macron arrive à l'Élysée",        // a live blog's time stamp
        "European leaders met in Paris on Tuesday.  They agreed on guarantees.", // two spaces after a sentence
        "Home News Sport Business",                        // no gaps: left to the menu words
        "Le sommet de Paris   Les alliés de Kiev réunis",  // two headlines, not labels
    ])
    func notNavigationRows(_ row: String) {
        #expect(!NavigationRow.matches(Substring(row)))
    }

    @Test func menuAndToolbarRowsNeitherTitleNorByline() {
        let clip = """
            Home   News   Sport   Business   Innovation   Culture   Arts   Travel   Earth
            Register   Sign In

            No compromise yet after talks in Moscow, Kremlin aide says
            3 December 2025
            Share   Save
            Tom Ashworth
            BBC News

            \(clipLedeEN)
            """
        let a = normalizedClip(clip)
        #expect(a.title == "No compromise yet after talks in Moscow, Kremlin aide says")
        #expect(a.authors == ["Tom Ashworth"])
        #expect(a.blocks.map(\.text) == [clipLedeEN])
    }

    @Test func frenchToolbarRowLeavesTheBody() {
        let clip = "Accueil   International   Europe   Politique\n\nLes alliés de Kiev réunis à Paris\n\nPartager   Enregistrer\n\n\(clipLedeFR)"
        let a = normalizedClip(clip)
        #expect(a.title == "Les alliés de Kiev réunis à Paris")
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test func cookieBannerOpeningWithTheSiteNameLeaves() {
        let clip = "Le Monde\nLe Monde et ses partenaires utilisent des cookies pour mesurer l'audience et vous proposer des publicités personnalisées. Accepter et fermer | Paramétrer |\n\nEN DIRECT\nLes alliés de Kiev réunis à Paris autour d'Emmanuel Macron\n\n\(clipLedeFR)"
        let a = normalizedClip(clip)
        #expect(a.title == "Les alliés de Kiev réunis à Paris autour d’Emmanuel Macron")
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test func sentenceAboutCookiesStaysText() {
        let text = "La Commission a jugé que les internautes doivent pouvoir refuser les cookies aussi facilement que les accepter."
        #expect(clipBodyMarkdown("Amende record pour une plateforme\n\n\(text)").contains("refuser les cookies"))
    }
}
