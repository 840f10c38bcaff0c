import Testing
@testable import DossierCore

/// Days told from another happening rather than from the clip: a meeting named with no article
/// after a preposition of time, "the previous evening", a paragraph that opens on "le lendemain".
@Suite struct RelativeToHappeningTests {
    static let calendar = StoryCalendar(
        span: SimpleDate(year: 2025, month: 9, day: 1)...SimpleDate(year: 2025, month: 11, day: 30),
        meetings: [
            Meeting(id: "rome", title: "", kind: .talks, date: PartialDate(year: 2025, month: 10, day: 8), place: "Rome"),
            Meeting(id: "oslo", title: "", kind: .summit, date: PartialDate(year: 2025, month: 11, day: 12), place: "Oslo"),
        ])

    static func events(_ paragraphs: [String], published: SimpleDate? = nil, lang: String = "fr") -> [String] {
        let article = Article(date: published, source: "t.txt", lang: lang, blocks: paragraphs.enumerated().map { .paragraph($1, line: $0 + 1) })
        return DateExtractor(calendar: calendar).events(in: article).map { $0.date.iso + "|" + $0.expression }
    }

    @Test func aMeetingNamedWithoutArticleAfterAPrepositionOfTime() {
        #expect(Self.events(["Le ministre avait promis une aide lors de discussions à Rome avec ses homologues."])
            == ["2025-10-08|discussions à Rome"])
        #expect(Self.events(["The minister pledged aid during talks in Rome with his counterparts."], lang: "en")
            == ["2025-10-08|talks in Rome"])
        #expect(Self.events(["Little moved after talks in Rome."], lang: "en") == ["2025-10-08|talks in Rome"])
        // A singular noun with no article is no named meeting ("après sommet" is not written).
        #expect(Self.events(["Rien n'a bougé après réunion à Rome."]).isEmpty)
    }

    @Test func aMeetingToldAsPastIsOneHeldBeforeTheClip() {
        let twice = StoryCalendar(
            span: SimpleDate(year: 2025, month: 9, day: 1)...SimpleDate(year: 2025, month: 11, day: 30),
            meetings: [
                Meeting(id: "rome-1", title: "", kind: .talks, date: PartialDate(year: 2025, month: 10, day: 8), place: "Rome"),
                Meeting(id: "rome-2", title: "", kind: .talks, date: PartialDate(year: 2025, month: 11, day: 20), place: "Rome"),
            ])
        func events(_ text: String, lang: String) -> [String] {
            let article = Article(date: SimpleDate(year: 2025, month: 10, day: 30), source: "t.txt", lang: lang, blocks: [.paragraph(text, line: 1)])
            return DateExtractor(calendar: twice).events(in: article).map { $0.date.iso + "|" + $0.expression }
        }
        #expect(events("Le ministre a promis une aide lors des discussions de Rome.", lang: "fr") == ["2025-10-08|des discussions de Rome"])
        #expect(events("The minister pledged aid at the Rome talks.", lang: "en") == ["2025-10-08|the Rome talks"])
        // Told neither as past nor as to come, the name fits both meetings: no day.
        #expect(events("Les discussions de Rome portent sur l'énergie.", lang: "fr").isEmpty)
    }

    @Test func theEveningBeforeAndAfterADay() {
        let thursday = SimpleDate(year: 2025, month: 10, day: 16)
        #expect(Self.events(["The minister spoke on Thursday, having dined with his counterpart the previous evening."], published: thursday, lang: "en")
            == ["2025-10-16|on Thursday", "2025-10-15|the previous evening"])
        #expect(Self.events(["The ministers met on Oct. 8. They flew home the following morning."], published: thursday, lang: "en")
            == ["2025-10-08|Oct. 8", "2025-10-09|the following morning"])
    }

    @Test func theNextDayOfAnUndatedClipCountsFromTheDayToldBefore() {
        #expect(Self.events(["Deux jours après le sommet d'Oslo, les ministres se sont réunis.", "Ils doivent se revoir le lendemain à Rome."])
            == ["2025-11-14|Deux jours après le sommet d'Oslo", "2025-11-12|Deux jours après le sommet d'Oslo", "2025-11-15|le lendemain"])
        #expect(Self.events(["Two days after the Oslo summit, the ministers met.", "They are due to meet again the next day."], lang: "en")
            == ["2025-11-14|Two days after the Oslo summit", "2025-11-12|Two days after the Oslo summit", "2025-11-15|the next day"])
    }

    @Test func aFutureMonthSaidLateInTheYearIsOfTheNextYear() {
        let eve = SimpleDate(year: 2025, month: 12, day: 24)
        #expect(Self.events(["Dès janvier, Paris accueillera les travaux."], published: eve) == ["2026-01|Dès janvier"])
        #expect(Self.events(["In January, Paris will host the talks."], published: eve, lang: "en") == ["2026-01|In January"])
        // The tense is the date's own clause's, not that of a relative clause after it.
        #expect(Self.events(["Dès janvier, Paris a lancé les travaux sur les garanties qui seront apportées."], published: eve)
            == ["2025-01|Dès janvier"])
    }
}
