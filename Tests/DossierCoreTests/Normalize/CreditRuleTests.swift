import Testing
@testable import DossierCore

@Suite struct CreditRuleTests {
    @Test(arguments: [
        ("par John Irish", ["John Irish"], nil as String?),
        ("Par Jean Dupont et Marie Martin", ["Jean Dupont", "Marie Martin"], nil),
        ("By Jane Smith", ["Jane Smith"], nil),
        ("By Jane Smith and John Doe, Reuters", ["Jane Smith", "John Doe"], "Reuters"),
        ("Par Hélène Sallon, envoyée spéciale à Kiev", ["Hélène Sallon"], nil),
    ])
    func bylines(_ line: String, _ authors: [String], _ outlet: String?) {
        let byline = BylineRule.byline(line)
        #expect(byline?.authors == authors)
        #expect(byline?.outlet == outlet)
    }

    @Test(arguments: ["By the end of the week, Russia had not answered.", "Par ailleurs, le Kremlin dément.", "Par la suite"])
    func sentencesAreNotBylines(_ line: String) {
        #expect(BylineRule.byline(line) == nil)
    }

    @Test func bylineWithDate() {
        #expect(BylineRule.byline("By Jane Smith | January 6, 2026") == .init(authors: ["Jane Smith"], date: SimpleDate(year: 2026, month: 1, day: 6)))
    }

    @Test(arguments: [
        ("(John Irish, avec la contribution d'Andrew Gray à Bruxelles et Tom Balmforth à Londres; version française Jean Terzian)",
         ["John Irish", "Andrew Gray", "Tom Balmforth"]),
        ("(Reporting by Pavel Polityuk in Kyiv; Additional reporting by Andrew Gray; Editing by Alison Williams and Mark Heinrich)",
         ["Pavel Polityuk", "Andrew Gray"]),
        ("(Rédigé par Camille Martin, édité par Paul Durand)", ["Camille Martin"]),
        ("(Reportage Elizabeth Pineau; version française Jean Terzian et Zhifan Liu, avec la contribution de Michel Rose)",
         ["Elizabeth Pineau", "Michel Rose"]),
    ])
    func contributorParagraphs(_ line: String, _ names: [String]) {
        // Translators and editors did not report the story.
        #expect(ContributorRule.contributors(line) == names)
    }

    @Test(arguments: [
        ("(John Irish, avec la contribution d'Andrew Gray à Bruxelles; version française Jean Terzian)", ["John Irish"]),
        ("(Reporting by Pavel Polityuk in Kyiv; Additional reporting by Andrew Gray; Editing by Alison Williams)", ["Pavel Polityuk"]),
        ("Associated Press writer Lorne Cook in Brussels contributed to this report.", []),
    ])
    func leadReportersWroteTheStory(_ line: String, _ names: [String]) {
        #expect(ContributorRule.leadReporters(line) == names)
    }

    @Test func contributorsLeaveOutAuthors() {
        let a = normalizedClip("Sommet de Paris\npar John Irish\n\(clipLedeFR)\n(John Irish, avec la contribution d'Andrew Gray à Bruxelles)")
        #expect(a.authors == ["John Irish"])
        #expect(a.contributors == ["Andrew Gray"])
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test(arguments: [("(AFP)", "AFP"), ("Avec AFP", "AFP"), ("— Reuters", "Reuters"), ("© AFP", "AFP")])
    func standaloneCredits(_ line: String, _ credit: String) {
        #expect(CreditRule.standaloneCredit(line) == credit)
    }

    @Test func wireCreditLineGivesOutlet() {
        let a = normalizedClip("Sommet de Paris\n\(clipLedeFR)\n(AFP)")
        #expect(a.credits == ["AFP"])
        #expect(a.outlet == "AFP")
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test(arguments: [
        ("PARIS, 6 janvier 2026 (Reuters) - Les alliés se réunissent.", "Reuters", "2026-01-06" as String?, "Les alliés se réunissent."),
        ("KYIV, Jan 6 (Reuters) - Allies meet.", "Reuters", nil, "Allies meet."),
        ("Paris (AFP) - Les alliés se réunissent.", "AFP", nil, "Les alliés se réunissent."),
        ("WASHINGTON (AP) — Allies meet.", "Associated Press", nil, "Allies meet."),
    ])
    func datelines(_ line: String, _ outlet: String, _ iso: String?, _ body: String) {
        let d = WireDatelineRule.dateline(line)
        #expect(d?.outlet == outlet)
        #expect(d?.date?.iso == iso)
        #expect(d?.body == body)
    }

    @Test func datelineWithFullDateDatesTheClipAndLeavesTheBody() {
        let a = normalizedClip("Sommet de Paris\nPARIS, 6 janvier 2026 (Reuters) - \(clipLedeFR)")
        #expect(a.date?.iso == "2026-01-06")
        #expect(a.dateBasis == .dateline)
        #expect(a.outlet == "Reuters")
        #expect(a.blocks.map(\.text) == [clipLedeFR])
    }

    @Test func datelineWithoutYearStaysInTheBody() {
        let a = normalizedClip("Allies meet in Paris\nKYIV, Jan 6 (Reuters) - \(clipLedeEN)")
        #expect(a.date == nil)
        #expect(a.outlet == "Reuters")
        #expect(a.blocks.map(\.text) == ["KYIV, Jan 6 (Reuters) - \(clipLedeEN)"])
    }
}

@Suite struct SiteBylineTests {
    @Test func bareNameUnderTheHeadlineIsTheByline() {
        let a = normalizedClip("Allies agree to deploy troops\nPippa Crerar\n\(clipLedeEN)")
        #expect(a.authors == ["Pippa Crerar"])
        #expect(a.blocks.map(\.text) == [clipLedeEN])
    }

    @Test func publisherBeforeWireCreditIsTheOutlet() {
        let a = normalizedClip("Sommet de Paris\n\(clipLedeFR)\nLe Monde avec AFP")
        #expect(a.outlet == "Le Monde")
        #expect(a.credits == ["AFP"])
    }

    @Test func apContributorLine() {
        #expect(ContributorRule.contributors("Associated Press writers Jill Lawless in London and Sam McNeil in Brussels contributed to this report.")
            == ["Jill Lawless", "Sam McNeil"])
    }

    @Test func publishedAndUpdatedOnOneLine() {
        #expect(PublishedLineRule.date(ofLine: "Publié le 06 janv. 2026 à 20h15, modifié le 07 janv. 2026 à 21h30")?.iso == "2026-01-06")
        #expect(PublishedLineRule.date(ofLine: "Tue 6 Jan 2026 19.42 GMT")?.iso == "2026-01-06")
    }
}
