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

    @Test func theStoryCalendarGivesTheYearOfAnUndatedClip() {
        #expect(DateTestSupport.events("Il a parlé ce mardi 25 novembre à Paris.") == ["2025-11-25|mardi 25 novembre"])
        // The story (June 2025 to January 2026) holds one 25 November.
        #expect(DateTestSupport.events("Il a parlé le 25 novembre à Paris.") == ["2025-11-25|25 novembre"])
        // Read alone, an undated clip's day and month have no year, whatever the clock says.
        let alone = Article(date: nil, source: "t.txt", blocks: [.paragraph("Il a parlé le 25 novembre à Paris.", line: 1)])
        #expect(DateExtractor().events(in: alone).isEmpty)
        let weekday = Article(date: nil, source: "t.txt", blocks: [.paragraph("Il a parlé ce mardi 25 novembre à Paris.", line: 1)])
        #expect(DateExtractor().events(in: weekday).isEmpty)
    }

    @Test func aWeekdayChoosesBetweenTheYearsOfTheStory() {
        let span = SimpleDate(year: 2025, month: 1, day: 10)...SimpleDate(year: 2026, month: 12, day: 20)
        // 18 August is a Monday in 2025, a Tuesday in 2026.
        #expect(StoryCalendar.year(day: 18, month: 8, weekday: 1, span: span) == 2025)
        #expect(StoryCalendar.year(day: 18, month: 8, weekday: 2, span: span) == 2026)
        // Without a weekday both years fit equally: the text does not say which.
        #expect(StoryCalendar.year(day: 18, month: 8, weekday: nil, span: span) == nil)
    }

    @Test func yearsAloneAndSpansAreNotEvents() {
        for text in ["La Russie a conquis moins de 1% du territoire en 2025.", "La guerre dure depuis 2022.",
                     "Les tractations se sont intensifiées depuis novembre.", "Un objectif d'ici à 2030.",
                     "La coalition a été lancée il y a environ un an."] {
            let article = Article(date: SimpleDate(year: 2026, month: 1, day: 6), source: "t.txt", blocks: [.paragraph(text, line: 1)])
            #expect(DateTestSupport.eventExtractor.events(in: article).isEmpty, "\(text)")
        }
    }

    @Test func yearCarriesToTheNextDateOfTheParagraph() {
        #expect(DateTestSupport.events("Lancée le 2 mars 2025 à Londres, puis réunie à Paris le 27 mars.", published: "2026-01-06")
            == ["2025-03-02|2 mars 2025", "2025-03-27|27 mars"])
    }
}

/// The second reading of a clip against the story calendar: meetings named instead of dated,
/// and days counted from them.
@Suite struct StoryCalendarTests {
    static let calendar = StoryCalendar(
        span: SimpleDate(year: 2025, month: 8, day: 18)...SimpleDate(year: 2026, month: 1, day: 6),
        meetings: [
            Meeting(id: "alaska", title: "", kind: .summit, date: PartialDate(year: 2025, month: 8, day: 15), place: "Alaska"),
            Meeting(id: "geneve", title: "", kind: .talks, date: PartialDate(year: 2025, month: 11, day: 23), place: "Genève"),
            Meeting(id: "paris-1", title: "", kind: .summit, date: PartialDate(year: 2025, month: 9, day: 4), place: "Paris"),
            Meeting(id: "paris-2", title: "", kind: .summit, date: PartialDate(year: 2026, month: 1, day: 6), place: "Élysée"),
        ])

    static func events(_ text: String, published: SimpleDate? = nil, lang: String = "fr") -> [String] {
        let article = Article(date: published, source: "t.txt", lang: lang, blocks: [.paragraph(text, line: 1)])
        return DateExtractor(calendar: calendar).events(in: article).map { $0.date.iso + "|" + $0.expression }
    }

    @Test func aMeetingNamedByItsPlaceTakesItsDay() {
        #expect(Self.events("Depuis le sommet d'Alaska, les Européens s'inquiètent.") == ["2025-08-15|le sommet d'Alaska"])
        #expect(Self.events("What changed after the Alaska summit?", lang: "en") == ["2025-08-15|the Alaska summit"])
        #expect(Self.events("The talks build on a meeting in Geneva last week.", published: SimpleDate(year: 2025, month: 11, day: 30), lang: "en")
            == ["2025-11-23|a meeting in Geneva"])
    }

    @Test func daysCountedFromAMeeting() {
        #expect(Self.events("À la veille de la réunion de Genève, Zelensky a nommé sa délégation.")
            == ["2025-11-22|la veille de la réunion de Genève", "2025-11-23|la veille de la réunion de Genève"])
        #expect(Self.events("Le lendemain du sommet d'Alaska, Trump a appelé Zelensky. Deux jours après le sommet, la coalition s'est réunie.")
            .map { $0.prefix(10) } == ["2025-08-16", "2025-08-15", "2025-08-17"])
        #expect(Self.events("The meeting came three days after Trump's summit with Putin in Alaska.", lang: "en").map { $0.prefix(10) }
            == ["2025-08-18", "2025-08-15"])
    }

    @Test func aMeetingNamedWithAnIndefiniteArticleIsARecentOne() {
        // "a meeting in Geneva" six weeks after the Geneva talks is another meeting.
        #expect(Self.events("The talks build on a meeting in Geneva.", published: SimpleDate(year: 2026, month: 1, day: 6), lang: "en").isEmpty)
        #expect(Self.events("The talks build on the meeting in Geneva.", published: SimpleDate(year: 2026, month: 1, day: 6), lang: "en")
            == ["2025-11-23|the meeting in Geneva"])
    }

    @Test func aPlaceWithTwoMeetingsFarApartIsNoDate() {
        // Paris held the coalition twice; "le sommet de Paris" alone says neither.
        #expect(Self.events("Le sommet de Paris a déçu Kiev.").isEmpty)
        // A clip's day picks the one near it.
        #expect(Self.events("Le sommet de Paris a déçu Kiev.", published: SimpleDate(year: 2026, month: 1, day: 7)).map { $0.prefix(10) }
            == ["2026-01-06"])
    }
}
