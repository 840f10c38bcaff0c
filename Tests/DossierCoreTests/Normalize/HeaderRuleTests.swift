import Testing
@testable import DossierCore

@Suite struct HeaderRuleTests {
    @Test func stampGivesDateAndTitle() {
        let a = normalizedClip(" date 2025-09-04 Réunion des alliés de l'Ukraine\n\n\(clipLedeFR)")
        #expect(a.date == SimpleDate(year: 2025, month: 9, day: 4))
        #expect(a.dateBasis == .header)
        // Headlines get the typography of the body: a typographic apostrophe.
        #expect(a.title == "Réunion des alliés de l’Ukraine")
        #expect(a.titleDerived == false)
    }

    @Test func stampWithImpossibleDateWarnsAndQuotesIt() {
        let (a, d) = ClipNormalizer().normalize(SourceFile(path: "seeds/x.txt", text: " date 2025-02-30 Sommet à Paris\n\(clipLedeFR)"))
        #expect(a.date == nil)
        #expect(a.title == "Sommet à Paris")
        #expect(d.count == 1)
        #expect(d.first?.line == 1)
        #expect(d.first?.message.contains("'date 2025-02-30'") == true)
    }

    @Test func stampCaptionWithCreditGivesCaptionAndCredit() {
        let text = " date 2026-01-06 Des soldats ukrainiens près de Kherson, le 5 janvier. AFP or licensors\n\nLes alliés de Kiev au sommet de Paris\n\nLes alliés de Kiev au sommet de Paris\n\n\(clipLedeFR)"
        let a = normalizedClip(text)
        #expect(a.caption == "Des soldats ukrainiens près de Kherson, le 5 janvier.")
        #expect(a.credits == ["AFP or licensors"])
        #expect(a.title == "Les alliés de Kiev au sommet de Paris")
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test(arguments: [
        ("Un photographe à Kiev. (AP Photo/Efrem Lukatsky)", "AP Photo/Efrem Lukatsky"),
        ("Le président ukrainien à Paris. © AFP", "AFP"),
        ("Le président ukrainien à Paris. Photo Reuters", "Reuters"),
        ("Zelensky in Kyiv on Monday. Jane Doe/Getty Images", "Jane Doe/Getty Images"),
    ])
    func captionCredits(_ line: String, _ credit: String) {
        #expect(CreditRule.caption(line)?.credit == credit)
    }

    @Test func repeatedHeadlineCollapsesToOneTitle() {
        let a = normalizedClip("Sommet de Paris sur l'Ukraine\n\nSommet de Paris sur l'Ukraine\n\(clipLedeFR)")
        #expect(a.title == "Sommet de Paris sur l’Ukraine")
        #expect(a.blocks.count == 1)
    }

    @Test func englishHeadlineUnderFrenchOneIsSubtitle() {
        let a = normalizedClip("Macron discute avec Rutte des garanties\n\nMacron Says He Discussed Ukraine With NATO Head\n\n\(clipLedeFR)")
        #expect(a.title == "Macron discute avec Rutte des garanties")
        #expect(a.subtitle == "Macron Says He Discussed Ukraine With NATO Head")
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test func ledeWithoutHeadlineGivesDerivedTitle() {
        let lede = "Le président français Emmanuel Macron a déclaré ce mardi 25 novembre qu’il existait enfin une chance de réaliser de vrais progrès vers une bonne paix, lors d’une visioconférence."
        let a = normalizedClip(lede)
        #expect(a.titleDerived)
        // Cut short, the headline says so with an ellipsis.
        #expect(a.title == "Le président français Emmanuel Macron a déclaré ce mardi 25 novembre qu’il existait enfin une chance…")
        #expect(a.blocks.count == 1)
    }

    @Test(arguments: [
        ("Britain and France said on Tuesday they were ready to lead a multinational force in Ukraine once a ceasefire is agreed.",
         "Britain and France said on Tuesday they were ready to lead a multinational force in Ukraine once a ceasefire is agreed"),
        ("Les Européens, réunis à Paris avec les émissaires américains, ont promis des garanties de sécurité à l'Ukraine pour la suite des négociations.",
         "Les Européens, réunis à Paris avec les émissaires américains, ont promis des garanties de sécurité…"),
        ("The leaders of thirty-five countries, meeting in Paris on Tuesday with the envoys of the United States, agreed on a declaration.",
         "The leaders of thirty-five countries, meeting in Paris on Tuesday with the envoys of the United States…"),
        ("Short lede.", "Short lede"),
    ])
    func derivedTitleIsAWholeSentenceOrEndsWithAnEllipsis(_ lede: String, _ title: String) {
        #expect(DerivedTitle.title(fromLede: lede) == title)
    }

    @Test func menuLabelsAboveHeadlineAreDropped() {
        let a = normalizedClip("Menu\nAccueil\nInternational > Europe\nEurope\nLes alliés de Kiev réunis à Paris\n\(clipLedeFR)")
        #expect(a.title == "Les alliés de Kiev réunis à Paris")
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test func dateLineAtTopDatesTheClip() {
        let a = normalizedClip("Les alliés de Kiev réunis à Paris\nPublié le 6 janvier 2026 à 14h32\nMis à jour le 7 janvier 2026 à 09h00\n\(clipLedeFR)")
        #expect(a.date == SimpleDate(year: 2026, month: 1, day: 6))
        #expect(a.dateBasis == .header)
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test(arguments: [
        ("6 janvier 2026", "2026-01-06"), ("mardi 1er juillet 2025", "2025-07-01"), ("January 6, 2026", "2026-01-06"),
        ("Updated Jan. 7, 2026 at 2:30 p.m. GMT", "2026-01-07"), ("2026-01-06", "2026-01-06"), ("05/01/2026 à 18h00", "2026-01-05"),
        ("January 6, 2026 11:42 AM GMT+1 Updated 2 hours ago", "2026-01-06"), ("6 janvier 2026 à 10h05, mis à jour il y a 3 heures", "2026-01-06"),
    ])
    func dateLines(_ line: String, _ iso: String) {
        #expect(PublishedLineRule.date(ofLine: line)?.iso == iso)
    }

    @Test func sentenceWithDateIsNotADateLine() {
        #expect(PublishedLineRule.date(ofLine: "Le sommet s'est tenu le 6 janvier 2026 à Paris.") == nil)
    }
}

@Suite struct PageTitleTests {
    @Test(arguments: [
        ("Les alliés de Kiev réunis à Paris - Le Monde", "Les alliés de Kiev réunis à Paris", "Le Monde" as String?),
        ("Allies meet in Paris | Reuters", "Allies meet in Paris", "Reuters"),
        ("Zelensky - Macron : le sommet de Paris", "Zelensky - Macron : le sommet de Paris", nil),
    ])
    func siteNameAfterTheHeadline(_ title: String, _ headline: String, _ site: String?) {
        let split = RawClipReader.splitSiteName(title)
        #expect(split.0 == headline)
        #expect(split.1 == site)
    }

    @Test func nameWithRoleUnderTheHeadlineIsTheByline() {
        let a = normalizedClip("Les alliés de Kiev réunis à Paris\nHélène Sallon, envoyée spéciale à Kiev\n\(clipLedeFR)")
        #expect(a.authors == ["Hélène Sallon"])
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test func longUnpunctuatedLineUnderTheHeadlineIsTheStandfirst() {
        let standfirst = "UK and France to lead multinational force as US pledges to back monitoring"
        let a = normalizedClip("Allies agree to deploy troops to Ukraine\n\(standfirst)\n\(clipLedeEN)")
        #expect(a.blocks == [.paragraph(standfirst, line: 2), .paragraph(clipLedeEN, line: 3)])
    }
}

@Suite struct TranslatedHeadlineTests {
    @Test func originalHeadlineAboveTheTranslationBecomesSubtitle() {
        let a = normalizedClip("France's Macron Says He Discussed Ukraine With NATO Head\nMacron discute avec Rutte des garanties\n\(clipLedeFR)")
        #expect(a.title == "Macron discute avec Rutte des garanties")
        #expect(a.subtitle == "France’s Macron Says He Discussed Ukraine With NATO Head")
    }
}
