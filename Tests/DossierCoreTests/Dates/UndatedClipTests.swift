import Testing
@testable import DossierCore

/// The day of a clip that carries no date of its own, as a careful reader bounds it.
@Suite struct UndatedClipTests {
    private static func article(_ paragraphs: [String], lang: String = "fr") -> Article {
        Article(source: "t.txt", lang: lang, blocks: paragraphs.enumerated().map { .paragraph($1, line: $0 + 1) })
    }

    private static func found(_ paragraphs: [String], lang: String = "fr") -> String? {
        DateTestSupport.eventExtractor.publicationDate(of: article(paragraphs, lang: lang)).map { "\($0.date.iso) \($0.basis.rawValue)" }
    }

    /// The day the pipeline infers for an undated clip from what it reports.
    private static func inferred(_ paragraphs: [String], lang: String = "fr") -> String? {
        let a = article(paragraphs, lang: lang)
        return DossierBuilder.inferredDay(a, events: DateTestSupport.eventExtractor.events(in: a))?.iso
    }

    @Test func aLedeOpeningOnAWeekdayAndADayDatesTheClip() {
        // 8 October is a Wednesday in 2025, the one year of the story where it is.
        #expect(Self.found(["Mercredi 8 octobre, les ministres se sont retrouvés à Rome.", "Ils ont parlé d'énergie."]) == "2025-10-08 weekday")
        #expect(Self.found(["On Friday, Oct. 10, ministers met in Rome.", "They spoke about energy."], lang: "en") == "2025-10-10 weekday")
        // A day still to come is not the clip's.
        #expect(Self.found(["Vendredi 10 octobre, les ministres se retrouveront à Rome."]) == nil)
    }

    @Test func aClipThatOnlyLooksBackIsOfNoKnownDay() {
        #expect(Self.inferred(["Depuis la rencontre de Rome du 8 octobre 2025, rien n'a bougé entre les deux camps."]) == nil)
        #expect(Self.inferred(["Ministers met in Rome on Oct. 8, 2025. Little has moved since."], lang: "en") == nil)
    }

    @Test func aDayToComeRightAfterBoundsTheClip() {
        #expect(Self.inferred(["Les ministres se sont retrouvés à Rome le 8 octobre 2025.", "Ils doivent se revoir le lendemain à Milan."])
            == "2025-10-08")
        #expect(Self.inferred(["Ministers met in Rome on Oct. 8, 2025.", "They will meet again the next day in Milan."], lang: "en")
            == "2025-10-08")
        // A day to come weeks later bounds nothing.
        #expect(Self.inferred(["Les ministres se sont retrouvés à Rome le 8 octobre 2025.", "Ils se reverront le 30 octobre 2025."]) == nil)
    }

    @Test func aClipThatCountsFromItsOwnDayIsOfTheDaysItTells() {
        #expect(Self.inferred(["Les ministres se sont retrouvés à Rome le 8 octobre 2025, a rappelé mercredi la ministre."]) == "2025-10-08")
        #expect(Self.inferred(["Ministers met in Rome on Oct. 8, 2025, the minister said on Wednesday."], lang: "en") == "2025-10-08")
    }
}

/// A day and month without a year that two years of the story fit equally stays open, with the
/// years it may be, and never becomes an event in a guessed year.
@Suite struct OpenYearTests {
    /// A story that runs over two Augusts and two Marches.
    static let calendar = StoryCalendar(span: SimpleDate(year: 2025, month: 1, day: 10)...SimpleDate(year: 2026, month: 12, day: 20))

    static func reading(_ text: String, lang: String = "fr") -> (events: [DatedEvent], open: [OpenDate]) {
        let article = Article(source: "t.txt", lang: lang, blocks: [.paragraph(text, line: 1)])
        let r = DateExtractor(calendar: calendar).reading(in: article)
        return (r.events, r.open)
    }

    @Test func twoYearsThatFitEquallyLeaveTheYearOpen() {
        for (text, lang, written) in [("Les ministres se sont retrouvés le 18 août à Rome.", "fr", "18 août"),
                                      ("Ministers met in Rome on Aug. 18.", "en", "Aug. 18")] {
            let r = Self.reading(text, lang: lang)
            #expect(r.events.isEmpty, "\(text)")
            #expect(r.open.map(\.years) == [[2025, 2026]], "\(text)")
            #expect(r.open.first?.expression.contains(written) == true, "\(text)")
        }
        let month = Self.reading("The ministers will meet again in March.", lang: "en")
        #expect(month.events.isEmpty)
        #expect(month.open.map(\.years) == [[2025, 2026]])
    }

    @Test func aWeekdayOrADatedClipClosesTheYear() {
        // 18 August is a Monday in 2025, a Tuesday in 2026.
        let r = Self.reading("Les ministres se sont retrouvés lundi 18 août à Rome.")
        #expect(r.events.map(\.date.iso) == ["2025-08-18"])
        #expect(r.open.isEmpty)
        let dated = Article(date: SimpleDate(year: 2026, month: 9, day: 1), source: "t.txt", blocks: [.paragraph("Les ministres se sont retrouvés le 18 août à Rome.", line: 1)])
        #expect(DateExtractor(calendar: Self.calendar).reading(in: dated).open.isEmpty)
    }

    @Test func theNoteSaysWhichYearsFit() {
        let french = SiteStrings.forLanguage("fr").map { $0.fill(.yearOpen, ["years": "2025 / 2026"]) } ?? ""
        let english = SiteStrings.forLanguage("en").map { $0.fill(.yearOpen, ["years": "2025 / 2026"]) } ?? ""
        #expect(french.contains("2025 / 2026"))
        #expect(english == "the text does not give the year, and 2025 / 2026 fit the story equally")
    }
}
