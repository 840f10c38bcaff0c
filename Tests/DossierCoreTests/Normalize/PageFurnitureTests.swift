import Testing
@testable import DossierCore

/// Page furniture of news sites, French and English: notes about the page, appeals, stamps
/// relative to the moment of reading, and the date under the headline of another article.
/// Each rule is also checked on real sentences that use the same words.
@Suite struct PageFurnitureTests {
    @Test(arguments: [
        "Editor's note: This story has been updated with comments from the Finnish president.",
        "Editor’s Note: An earlier version of this story misstated the venue.",
        "NDLR : cet article a été mis à jour avec la réaction du Kremlin.",
        "Note de la rédaction : cet article a été modifié le 6 janvier.",
        "This article was amended on 7 January 2026 to correct the name of the Irish premier.",
        "Support independent journalism. Our reporting is free for everyone. Become a member today.",
        "Become a member of our newsroom for £5 a month.",
        "Donate now to keep our journalism free.",
        "Soutenez une rédaction indépendante : abonnez-vous pour 1 € le premier mois.",
        "Faites un don pour soutenir notre journalisme.",
        "Inscrivez-vous à notre newsletter quotidienne",
        "Newsletter Recevez chaque matin l'essentiel de l'actualité Inscription",
        "By continuing to browse this site you accept the use of cookies.",
        "Write to Jane Holloway at jane.holloway@example.com",
        "This article first appeared in our weekly Europe newsletter.",
        "Cet article est paru dans notre édition du 7 janvier.",
    ])
    func pageNotesAreNotText(_ line: String) {
        #expect(JunkFilter.isJunk(line))
    }

    @Test(arguments: [
        "Updated 2 hours ago", "Published 35 mins ago", "2 hours ago", "Posted 1h ago", "Updated a few hours ago",
        "Mis à jour il y a 3 heures", "il y a 20 min", "Publié il y a 2h", "Updated 14:32 GMT", "Mis à jour à 9h12",
    ])
    func relativeStampsAreNotText(_ line: String) {
        #expect(JunkFilter.isJunk(line))
    }

    @Test(arguments: [
        "“Support us, do not forget us,” a Ukrainian soldier said.",
        "« Soutenez-nous, faites un don à l’armée », a lancé un député ukrainien.",
        "Il y a trois heures, le Kremlin a jugé ces discussions « inutiles ».",
        "Mis à jour il y a trois semaines, le plan européen prévoit une force de réassurance.",
        "Updated figures published on Monday show more drone incursions, officials said.",
        "The editor's note was signed by the newspaper's board.",
        "Mis à jour le 06/01/2026 à 18:45",
        "Updated 6 January 2026",
    ])
    func sentencesAndDateLinesStay(_ line: String) {
        #expect(!JunkFilter.isJunk(line))
    }

    @Test func theDateUnderARelatedHeadlineGoesWithIt() {
        let en = normalizedClip("Allies meet in Paris\n\(clipLedeEN)\nRead more\nKremlin rejects European peacekeeping plan\n12 December 2025\nThe talks go on.")
        #expect(en.blocks.map(\.text) == [clipLedeEN, "The talks go on."])
        #expect(en.date == nil)
        let fr = normalizedClip("Titre du sommet\n\(clipLedeFR)\nÀ lire aussi\nPoutine rejette toute présence européenne\nPublié le 10 décembre 2025\nLe Kremlin dément.")
        #expect(fr.blocks.map(\.text) == [clipLedeFR, "Le Kremlin dément."])
        #expect(fr.date == nil)
    }

    @Test func theDateAfterAnInlineRelatedLinkGoesWithIt() {
        let a = normalizedClip("Titre du sommet\n\(clipLedeFR)\nLire aussi : Donald Tusk appelle à renforcer les sanctions\nPublié le 9 décembre 2025 à 18h12\nLe Kremlin dément.")
        #expect(a.blocks.map(\.text) == [clipLedeFR, "Le Kremlin dément."])
        #expect(a.date == nil)
    }

    @Test func aDateLineThatIsNotUnderARelatedHeadlineStays() {
        let body = (1...9).map { "Paragraph \($0) of the live page says what the leaders agreed on in Paris." }.joined(separator: "\n")
        let a = normalizedClip("Allies meet in Paris\n\(body)\n12 December 2025\nThe talks go on.")
        #expect(a.blocks.map(\.text).contains("12 December 2025"))
        #expect(a.blocks.last?.text == "The talks go on.")
    }

    @Test func aPublicationStampFarDownIsDroppedAndDatesNothing() {
        let body = (1...9).map { "Paragraph \($0) of the story says what the leaders agreed on in Paris." }.joined(separator: "\n")
        let a = normalizedClip("Allies meet in Paris\n\(body)\nPublished 3 December 2025\nThe talks go on.")
        #expect(a.date == nil)
        #expect(!a.blocks.map(\.text).contains("Published 3 December 2025"))
        #expect(a.blocks.last?.text == "The talks go on.")
    }

    @Test func aPhotoCreditWithAnAgencyIsNotTheOutlet() {
        let a = normalizedClip("Titre du sommet\n\(clipLedeFR)\nPhoto : John MacDougall / AFP\nLe Kremlin dément.")
        #expect(a.outlet == nil)
        #expect(a.credits == ["John MacDougall / AFP"])
        #expect(a.blocks.map(\.text) == [clipLedeFR, "Le Kremlin dément."])
    }

    @Test func aLongLineOpeningWithANoteIsText() {
        let long = "Editor's note: " + String(repeating: "Leaders met in Paris on Tuesday and agreed on guarantees. ", count: 14)
        #expect(!JunkFilter.isJunk(long))
    }

    @Test(arguments: ["Read Next", "Recommended", "You might also like", "Most popular", "Dans la même rubrique", "Vous aimerez aussi", "Pour aller plus loin"])
    func moreLabelsAnnounceLinksToOtherArticles(_ label: String) {
        let a = normalizedClip("Allies meet in Paris\n\(clipLedeEN)\n\(label)\nSikorski says Poland will not send troops\n2 days ago\nThe talks go on, officials said.")
        #expect(a.blocks.map(\.text) == [clipLedeEN, "The talks go on, officials said."])
    }

    @Test func linksToAVideoAreNotText() {
        #expect(JunkFilter.isJunk("Watch: Meloni arrives at the Elysee"))
        #expect(JunkFilter.isJunk("Podcast : Giorgia Meloni et l'Europe"))
        #expect(!JunkFilter.isJunk("Watch: the leaders arrived at the Elysee on Tuesday, and talks began at noon."))
    }

    @Test func labelledPhotoCreditAndCaption() {
        let a = normalizedClip("Allies meet in Paris\n\(clipLedeEN)\nImage source, Getty Images\nImage caption, Emmanuel Macron and Volodymyr Zelensky at the Elysee Palace\nThe talks go on.")
        #expect(a.credits == ["Getty Images"])
        #expect(a.caption == "Emmanuel Macron and Volodymyr Zelensky at the Elysee Palace")
        #expect(a.blocks.map(\.text) == [clipLedeEN, "The talks go on."])
        let fr = normalizedClip("Titre du sommet\n\(clipLedeFR)\nSource de l'image, AFP\nLégende image, Emmanuel Macron à l'Élysée\nLe Kremlin dément.")
        #expect(fr.credits == ["AFP"])
        #expect(fr.caption == "Emmanuel Macron à l’Élysée")
    }

    @Test func aSecondCreditUnderAPhotoCreditIsNotItsCaption() {
        let a = normalizedClip("Allies meet in Paris\n\(clipLedeEN)\nREUTERS/Evelyn Hockstein\nLudovic Marin/Pool via REUTERS\nThe talks go on.")
        #expect(a.caption == nil)
        #expect(a.credits == ["REUTERS/Evelyn Hockstein", "Ludovic Marin/Pool via REUTERS"])
    }

    @Test func photographersOfTheCreditsAreNotPeopleOfTheStory() {
        var article = normalizedClip("Allies meet in Paris\n\(clipLedeEN)\nLudovic Marin/Pool via REUTERS\nPhotographer Ludovic Marin said the light was poor. Emmanuel Macron said the talks went well.")
        #expect(PersonExtractor().extract(from: article).people.map(\.name) == ["Emmanuel Macron"])
        article.credits = []
        #expect(PersonExtractor().extract(from: article).people.map(\.name) == ["Ludovic Marin", "Emmanuel Macron"])
    }
}
