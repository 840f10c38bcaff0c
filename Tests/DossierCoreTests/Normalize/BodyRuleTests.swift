import Testing
@testable import DossierCore

@Suite struct BodyRuleTests {
    @Test func shortLineBetweenParagraphsIsHeading() {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\nDes garanties solides\n\(clipLedeFR)")
            == "\(clipLedeFR)\n\n## Des garanties solides\n\n\(clipLedeFR)")
    }

    @Test(arguments: [("CLARTÉ", "Clarté"), ("\"PAIX ILLUSOIRE\"", "«\u{00A0}Paix illusoire\u{00A0}»")])
    func allCapsHeadingsInSentenceCase(_ line: String, _ heading: String) {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\n\n\(line)\n\n\(clipLedeFR)") == "\(clipLedeFR)\n\n## \(heading)\n\n\(clipLedeFR)")
    }

    @Test func allCapsHeadingKeepsNamesSpelledInTheText() {
        #expect(HeadingCase.apply("MACRON ET L'OTAN À KIEV", known: HeadingCase.knownSpellings(in: ["Emmanuel Macron a vu l'OTAN à Kiev."])) ==
            "Macron et l'OTAN à Kiev")
    }

    @Test func guillemetQuotedShortLineIsHeading() {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\n«Secret militaire»\n\(clipLedeFR)")
            == "\(clipLedeFR)\n\n## «\u{00A0}Secret militaire\u{00A0}»\n\n\(clipLedeFR)")
    }

    @Test func wrappedFragmentIsJoinedNotAHeading() {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\nLe président a reçu\nses homologues à Paris.")
            == "\(clipLedeFR)\n\nLe président a reçu ses homologues à Paris.")
    }

    @Test func lineEndingOnAnOpenWordIsJoined() {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\nLe président a reçu le chef de\nVolodymyr Zelensky à Paris.")
            == "\(clipLedeFR)\n\nLe président a reçu le chef de Volodymyr Zelensky à Paris.")
    }

    @Test func longUnpunctuatedLineBetweenParagraphsIsARelatedLink() {
        let related = "Guerre en Ukraine: le Kremlin a indiqué que Vladimir Poutine et Donald Trump se reparleront au téléphone bientôt"
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\n\n\(related)\n\n\(clipLedeFR)") == "\(clipLedeFR)\n\n\(clipLedeFR)")
    }

    @Test func bulletsBecomeOneList() {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\n  • Coalition of the Willing : Groupe européen.\n– Plan Zelensky : 20 points.\n* Avancées russes\n\(clipLedeFR)")
            == "\(clipLedeFR)\n\n- Coalition of the Willing\u{00A0}: Groupe européen.\n- Plan Zelensky\u{00A0}: 20 points.\n- Avancées russes\n\n\(clipLedeFR)")
    }

    @Test func doubleDashInsideALineIsNotABullet() {
        #expect(BulletRule.item("-- gendre de Donald Trump --") == nil)
        #expect(BulletRule.item("- Un point") == "Un point")
    }

    @Test func tweetEmbedBecomesQuoteWithoutTeasers() {
        let text = """
        Titre du sommet
        \(clipLedeFR)
        📍Paris, avec mon homologue 🇬🇧 le général Knighton.

        Les garanties de sécurité en Ukraine et les modalités de…

        Les garanties de sécurité en Ukraine et les modalités de… pic.twitter.com/3Km54jSRan — Chef d'état-major des armées (@CEMA_FR) January 6, 2026
        \(clipLedeFR)
        """
        let blocks = normalizedClip(text).blocks
        #expect(blocks.count == 3)
        #expect(blocks[1] == .quote("📍Paris, avec mon homologue 🇬🇧 le général Knighton.\nLes garanties de sécurité en Ukraine et les modalités de…",
                                    attribution: "Chef d’état-major des armées (@CEMA_FR) January 6, 2026", line: 3))
    }

    @Test func junkLinesAreRemovedAccentsOrNot() {
        let text = "Titre du sommet\n\(clipLedeFR)\nLeave a Reply\nYour email address will not be published. Required fields are marked *\nVotre adresse e-mail ne sera pas publiee.\nLes champs obligatoires sont indiqués avec *\nPartager sur Facebook\nPublicité\nTous droits réservés"
        #expect(clipBodyMarkdown(text) == clipLedeFR)
    }

    @Test func junkGluedToTheLastParagraphIsCut() {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR) Leave a Reply Your email address will not be published.") == clipLedeFR)
    }

    @Test(arguments: ["Se connecter", "S'abonner", "Télécharger l'appli", "International > Europe", "Read more", "Sign in",
                      "Nous utilisons des cookies pour améliorer votre expérience.", "5 min de lecture", "Accueil Monde Europe Politique"])
    func chromeLines(_ line: String) {
        #expect(JunkFilter.isJunk(line))
    }

    @Test(arguments: ["Partager le fardeau est essentiel, a dit le ministre.", "Europe et Ukraine : la sécurité d'abord"])
    func sentencesAreNotChrome(_ line: String) {
        #expect(!JunkFilter.isJunk(line))
    }

    @Test func spacesAreCleaned() {
        #expect(clipBodyMarkdown("Titre\u{00A0}du  sommet\n\n\n\t\(clipLedeFR)\u{200B}  \n\n\n\n") == clipLedeFR)
    }

    @Test(arguments: [
        ("«Coalition» : selon lui; vraiment!", "«\u{00A0}Coalition\u{00A0}»\u{00A0}: selon lui\u{202F}; vraiment\u{202F}!"),
        ("À 13:00, voir https://example.org?x=1 ?", "À 13:00, voir https://example.org?x=1\u{202F}?"),
        ("« déjà espacé »", "«\u{00A0}déjà espacé\u{00A0}»"),
        ("l’Ukraine d'abord", "l’Ukraine d'abord"),
    ])
    func frenchTypography(_ text: String, _ expected: String) {
        #expect(FrenchTypography.apply(text) == expected)
    }

    @Test func englishTextKeepsItsSpacing() {
        let a = normalizedClip("Allies meet in Paris\n\(clipLedeEN) He said: \"We are ready!\"")
        #expect(a.lang == "en")
        #expect(a.blocks.first?.text == "\(clipLedeEN) He said: “We are ready!”")
    }

    @Test(arguments: [
        ("Cette réunion de la \"coalition des volontaires\" a lieu à Paris.", "fr",
         "Cette réunion de la «\u{00A0}coalition des volontaires\u{00A0}» a lieu à Paris."),
        ("Des plans \"techniques\" détaillés, l'appui des USA.", "fr", "Des plans «\u{00A0}techniques\u{00A0}» détaillés, l’appui des USA."),
        ("Jared Kushner -- gendre de Donald Trump -- était là.", "fr", "Jared Kushner — gendre de Donald Trump — était là."),
        ("Macron's aides said \"we are ready\" and 'real progress' followed.", "en",
         "Macron’s aides said “we are ready” and ‘real progress’ followed."),
        ("\"Nous sommes prêts\", a-t-il dit.", "fr", "«\u{00A0}Nous sommes prêts\u{00A0}», a-t-il dit."),
        ("Already typeset: « oui », l’Ukraine, “yes”.", "en", "Already typeset: « oui », l’Ukraine, “yes”."),
    ])
    func straightMarksBecomeTypographic(_ text: String, _ lang: String, _ expected: String) {
        let marked = QuoteMarks.apply(text, lang: lang)
        #expect((lang == "fr" ? FrenchTypography.apply(marked) : marked) == expected)
    }

    @Test(arguments: [(clipLedeFR, "fr"), (clipLedeEN, "en"), ("", "fr")])
    func language(_ text: String, _ lang: String) {
        #expect(ClipLanguage.language(of: text) == lang)
    }

    @Test func emptyBodyAfterJunkWarnsAndUsesFileName() {
        let (a, d) = ClipNormalizer().normalize(SourceFile(path: "seeds/007_menu.txt", text: "Menu\nLeave a Reply\nPublicité\n"))
        #expect(a.title == "007_menu")
        #expect(a.titleDerived)
        #expect(a.blocks.isEmpty)
        #expect(d.count == 1)
        #expect(d.first?.file == "seeds/007_menu.txt")
    }
}

@Suite struct RelatedLinkTests {
    @Test func relatedLabelDropsTheHeadlineUnderIt() {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\nA LIRE AUSSI\nUkraine : Poutine prêt à négocier ?\nLe Kremlin dément.") == "\(clipLedeFR)\n\nLe Kremlin dément.")
    }

    @Test func closingTopicListIsDropped() {
        #expect(clipBodyMarkdown("Allies meet in Paris\n\(clipLedeEN)\nRelated topics\nWar in Ukraine\nRussia") == clipLedeEN)
    }

    @Test func repeatedTeaserLineIsKeptOnce() {
        #expect(clipBodyMarkdown("Titre du sommet\n\(clipLedeFR)\n\(clipLedeFR)") == clipLedeFR)
    }

    @Test func shortAcronymsStayInCapitals() {
        #expect(HeadingCase.apply("16:45 GMT") == "16:45 GMT")
        #expect(HeadingCase.apply("L'UE ET LES USA") == "L'UE et les USA")
    }

    @Test func photoCreditAboveACaption() {
        let a = normalizedClip("Allies meet in Paris\nGetty Images\nFrench President Emmanuel Macron is hosting the talks\n\(clipLedeEN)")
        #expect(a.credits == ["Getty Images"])
        #expect(a.caption == "French President Emmanuel Macron is hosting the talks")
        #expect(a.blocks.map(\.text) == [clipLedeEN])
    }

    @Test func updateStampDatesAClipWithNoOtherDate() {
        #expect(normalizedClip("Allies meet in Paris\nUpdated 6 January 2026\n\(clipLedeEN)").date?.iso == "2026-01-06")
    }

    @Test func outletAfterTheNameInAByline() {
        #expect(BylineRule.byline("By Paul Kirby, BBC News") == .init(authors: ["Paul Kirby"], outlet: "BBC News"))
    }

    @Test func shoutedBylineWithItsAgencyGlued() {
        #expect(BylineRule.byline("By SAMYA KULLAB and JILL LAWLESS Associated Press")
            == .init(authors: ["Samya Kullab", "Jill Lawless"], outlet: "Associated Press"))
    }
}
