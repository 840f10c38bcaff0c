import Testing
@testable import DossierCore

/// Clustering meeting mentions across clips, titles and ids, and dating a clip from its meeting.
@Suite struct MeetingLinkerTests {
    static let jan6 = PartialDate(year: 2026, month: 1, day: 6)

    static func article(_ id: String, date: SimpleDate? = nil, _ mentions: [MeetingMention]) -> DossierArticle {
        DossierArticle(id: id, article: Article(date: date, source: id), mentions: ArticleMentions(meetings: mentions))
    }

    static func mention(_ kind: MeetingMention.Kind, _ date: PartialDate?, _ place: String?, _ people: [String] = [],
                        forum: String? = nil, sentence: String = "s", block: Int = 0) -> MeetingMention {
        MeetingMention(kind: kind, cue: "\(kind)", date: date, place: place, participants: people, forum: forum,
                       sentence: sentence, blockIndex: block)
    }

    static let ids: [String: String] = [
        "Macron": "emmanuel-macron", "Emmanuel Macron": "emmanuel-macron", "Zelensky": "volodymyr-zelensky",
        "Meloni": "giorgia-meloni", "Witkoff": "steve-witkoff", "Rutte": "mark-rutte", "Trump": "donald-trump",
    ]

    @Test func sameSummitFromTwoClipsIsOneMeeting() {
        let a = Self.article("a", [Self.mention(.summit, Self.jan6, "Paris", ["Meloni"], forum: "Coalition des volontaires")])
        let b = Self.article("b", [Self.mention(.meeting, Self.jan6, nil, ["Macron"], forum: "Coalition des volontaires")])
        let (meetings, perArticle) = MeetingLinker().link([a, b], personIDs: [Self.ids, Self.ids])
        #expect(meetings.count == 1)
        #expect(meetings.first?.title == "Sommet de la coalition des volontaires — Paris, 6 janvier 2026")
        #expect(meetings.first?.id == "sommet-de-la-coalition-des-volontaires-paris-6-janvier-2026")
        #expect(meetings.first?.kind == .summit)
        #expect(meetings.first?.participants == ["giorgia-meloni", "emmanuel-macron"])
        #expect(meetings.first?.articles == ["a", "b"])
        #expect(meetings.first?.mentions.count == 2)
        #expect(perArticle == [[meetings[0].id], [meetings[0].id]])
    }

    @Test func lunchAndPressConferenceOnTheSummitDayArePartOfTheSummit() {
        let a = Self.article("a", [
            Self.mention(.lunch, Self.jan6, "Élysée", ["Macron", "Zelensky", "Witkoff"], block: 1),
            Self.mention(.summit, Self.jan6, "Paris", ["Meloni"], block: 2),
            Self.mention(.pressConference, Self.jan6, "Paris", ["Macron", "Zelensky", "Starmer"], block: 3),
        ])
        let meetings = MeetingLinker().link([a], personIDs: [Self.ids]).meetings
        #expect(meetings.map(\.kind) == [.summit])
        #expect(Set(meetings.first?.participants ?? []) == Set(["Macron", "Zelensky", "Witkoff", "Meloni", "Starmer"].compactMap { Self.ids[$0] }))
    }

    @Test func aSideEventStaysApartWhenTwoGatheringsShareItsDay() {
        let a = Self.article("a", [
            Self.mention(.meeting, Self.jan6, "Paris", ["Macron", "Zelensky"], block: 1),
            Self.mention(.meeting, Self.jan6, "Paris", ["Meloni", "Starmer"], block: 2),
            Self.mention(.lunch, Self.jan6, "Paris", ["Witkoff"], block: 3),
        ])
        #expect(MeetingLinker().link([a], personIDs: [Self.ids]).meetings.contains { $0.kind == .lunch })
    }

    @Test func twoPressConferencesWithOtherPeopleStayTwo() {
        let d = PartialDate(year: 2025, month: 9, day: 3)
        let a = Self.article("a", [Self.mention(.pressConference, d, "Paris", ["Macron", "Zelensky"]),
                                   Self.mention(.pressConference, d, nil, ["Rutte"])])
        #expect(MeetingLinker().link([a], personIDs: [Self.ids]).meetings.count == 2)
    }

    @Test func undatedMentionJoinsTheDatedOneOfItsClipAtThatPlace() {
        let a = Self.article("a", [Self.mention(.summit, PartialDate(year: 2025, month: 8, day: 15), "Alaska", ["Trump"]),
                                   Self.mention(.summit, nil, "Alaska", ["Poutine"])])
        let meetings = MeetingLinker().link([a], personIDs: [Self.ids]).meetings
        #expect(meetings.count == 1)
        #expect(meetings.first?.date == PartialDate(year: 2025, month: 8, day: 15))
    }

    @Test func undatedMeetingJoinsAnotherClipsMeetingWithTheSamePlaceAndPeople() {
        let a = Self.article("a", [Self.mention(.lunch, Self.jan6, "Élysée", ["Macron", "Zelensky", "Witkoff"])])
        let b = Self.article("b", [Self.mention(.meeting, nil, "Paris", ["Macron", "Zelensky"])])
        let (meetings, perArticle) = MeetingLinker().link([a, b], personIDs: [Self.ids, Self.ids])
        #expect(meetings.count == 1)
        #expect(perArticle[1] == [meetings[0].id])
    }

    @Test func monthDateJoinsTheDayWithTheSamePeople() {
        let a = Self.article("a", [Self.mention(.meeting, PartialDate(year: 2025, month: 12, day: 28), "Mar-a-Lago", ["Zelensky", "Trump"])])
        let b = Self.article("b", [Self.mention(.meeting, PartialDate(year: 2025, month: 12, approx: .late), nil, ["Zelensky", "Trump"])])
        let meetings = MeetingLinker().link([a, b], personIDs: [Self.ids, Self.ids]).meetings
        #expect(meetings.count == 1)
        #expect(meetings.first?.date == PartialDate(year: 2025, month: 12, day: 28))
    }

    @Test func meetingsAreChronologicalUndatedLastAndIdsUnique() {
        let a = Self.article("a", [Self.mention(.talks, nil, "Genève"),
                                   Self.mention(.talks, PartialDate(year: 2025, month: 11, day: 23), "Genève"),
                                   Self.mention(.talks, PartialDate(year: 2025, month: 12, approx: .late), "Genève")])
        let meetings = MeetingLinker().link([a], personIDs: [[:]]).meetings
        #expect(meetings.map(\.title) == ["Discussions — Genève, 23 novembre 2025", "Discussions — Genève, fin décembre 2025"])
        #expect(Set(meetings.map(\.id)).count == meetings.count)
    }

    @Test func sameTitleGetsANumberedId() {
        let d = PartialDate(year: 2025, month: 11, day: 30)
        let a = Self.article("a", [Self.mention(.call, d, nil, ["Macron"]), Self.mention(.call, d, nil, ["Rutte"])])
        let b = Self.article("b", [Self.mention(.call, d, nil, ["Macron"])])
        let meetings = MeetingLinker().link([a, b], personIDs: [["Macron": "m", "Rutte": "r"], ["Macron": "m"]]).meetings
        #expect(meetings.map(\.id) == ["entretien-telephonique-macron-30-novembre-2025", "entretien-telephonique-rutte-30-novembre-2025"])
        let namesakes = Self.article("c", [Self.mention(.call, d, nil, ["Jean Dupont"]), Self.mention(.call, d, nil, ["Marie Dupont"])])
        let twins = MeetingLinker().link([namesakes], personIDs: [["Jean Dupont": "jean-dupont", "Marie Dupont": "marie-dupont"]])
        #expect(twins.meetings.map(\.id) == ["entretien-telephonique-dupont-30-novembre-2025", "entretien-telephonique-dupont-30-novembre-2025-2"])
    }

    @Test func correctionGivesTheTitle() {
        let id = "sommet-paris-6-janvier-2026"
        let linker = MeetingLinker(corrections: Corrections(meetingTitles: [id: "Sommet de Paris"]))
        let meetings = linker.link([Self.article("a", [Self.mention(.summit, Self.jan6, "Paris")])], personIDs: [[:]]).meetings
        #expect(meetings.first?.id == id)
        #expect(meetings.first?.title == "Sommet de Paris")
    }

    @Test func meetingBesideTheSummitIsNotTheSummit() {
        let a = Self.article("a", [Self.mention(.summit, Self.jan6, "La Haye"),
                                   Self.mention(.meeting, Self.jan6, "La Haye", ["Trump", "Zelensky"],
                                                sentence: "On the sidelines of the summit, Trump met Zelensky.")])
        #expect(MeetingLinker().link([a], personIDs: [Self.ids]).meetings.count == 2)
    }

    @Test func undatedClipIsDatedByTheMeetingOfItsWeekday() {
        let dated = Self.article("a", date: SimpleDate(year: 2026, month: 1, day: 6), [
            Self.mention(.summit, Self.jan6, "Paris", ["Meloni"], forum: "Coalition des volontaires"),
        ])
        let visio = Self.article("b", date: SimpleDate(year: 2025, month: 11, day: 25), [
            Self.mention(.videoConference, PartialDate(year: 2025, month: 11, day: 25), "visioconférence", ["Macron"],
                         forum: "Coalition des volontaires"),
        ])
        let meetings = MeetingLinker().link([dated, visio], personIDs: [Self.ids, Self.ids]).meetings
        let text = "Le sommet de ce mardi à Paris de la Coalition des volontaires rassemblera Meloni et Macron."
        let undated = Article(source: "c", blocks: [.paragraph(text, line: 1)])
        let people = [PersonMention(name: "Meloni", blockIndex: 0, sentence: text), PersonMention(name: "Macron", blockIndex: 0, sentence: text)]
        let redated = MeetingDater().redated(undated, people: people, personIDs: Self.ids, meetings: meetings)
        #expect(redated?.date == SimpleDate(year: 2026, month: 1, day: 6))
        #expect(redated?.dateBasis == .meeting)
        let wednesday = Article(source: "d", blocks: [.paragraph("Le sommet de ce mercredi à Paris.", line: 1)])
        #expect(MeetingDater().date(for: wednesday, people: [], personIDs: [:], meetings: meetings) == nil)
    }
}
