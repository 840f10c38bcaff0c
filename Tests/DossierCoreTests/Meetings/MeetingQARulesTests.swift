import Testing
@testable import DossierCore

/// Meeting rules found on clips of the genre never seen before: text in, exact mention out.
@Suite struct MeetingQARulesTests {
    static let nov23 = PartialDate(year: 2025, month: 11, day: 23)

    @Test func delegationsThatMetEachOtherSomewhereMet() {
        let m = MeetingExtractorTests.extract(["Les délégations américaine et ukrainienne se sont retrouvées dimanche à Genève."],
                                              events: [("dimanche", Self.nov23)])
        #expect(m.count == 1)
        #expect(m.first?.kind == .meeting)
        #expect(m.first?.date == Self.nov23)
        #expect(m.first?.place == "Genève")
    }

    @Test func englishArticleIsNotTheFrenchPreposition() {
        let m = MeetingExtractorTests.extract(["US army secretary Dan Driscoll met a Russian delegation in Abu Dhabi on Monday."],
                                              lang: "en", events: [("on Monday", Self.nov23)], names: ["Dan Driscoll"])
        #expect(m.first?.place == "Abou Dhabi")
    }

    @Test func accentlessFrenchPrepositionStillLeadsToThePlace() {
        let m = MeetingExtractorTests.extract(["Le sommet se tiendra dimanche a Berlin."], events: [("dimanche", Self.nov23)])
        #expect(m.first?.place == "Berlin")
    }

    @Test func liveEntryUnderATimeStampTellsOfTheClipsDay() {
        let article = Article(title: "EN DIRECT - Guerre en Ukraine", date: SimpleDate(year: 2026, month: 1, day: 6),
                              source: "t.txt", lang: "fr",
                              blocks: [.heading("16:05", line: 1),
                                       .paragraph("Le sommet de la coalition des volontaires s'est ouvert à l'Elysée.", line: 2)])
        let m = MeetingExtractor().extract(from: article, events: [], people: [])
        #expect(m.count == 1)
        #expect(m.first?.date == PartialDate(year: 2026, month: 1, day: 6))
        #expect(m.first?.place == "Paris")
        #expect(m.first?.venue == "Élysée")
        #expect(m.first?.forum == "Coalition des volontaires")
    }

    @Test func sameSentenceWithoutALiveStampHasNoDate() {
        let article = Article(title: "Guerre en Ukraine", date: SimpleDate(year: 2026, month: 1, day: 6), source: "t.txt", lang: "fr",
                              blocks: [.paragraph("Le sommet de la coalition des volontaires s'est ouvert à l'Elysée.", line: 1)])
        #expect(MeetingExtractor().extract(from: article, events: [], people: []).first?.date == nil)
    }

    @Test(arguments: [("16:05", true), ("14.40 GMT", true), ("9h30", true), ("Updated", false), ("25:10", false),
                      ("12.15 billion", false), ("2026", false), ("", false)])
    func timeStamps(_ text: String, _ expected: Bool) {
        #expect(LiveEntryStamp.isStamp(text) == expected)
    }
}

/// Video calls and places in English live copy.
@Suite struct MeetingQAVideoCallTests {
    static let nov25 = SimpleDate(year: 2025, month: 11, day: 25)

    static func liveClip(_ paragraphs: [String], title: String = "Ukraine war live") -> [MeetingMention] {
        let article = Article(title: title, date: nov25, source: "t.txt", lang: "en",
                              blocks: [.heading("14.40 GMT", line: 1)]
                                + paragraphs.enumerated().map { .paragraph($0.element, line: $0.offset + 2) })
        var people: [PersonMention] = []
        for (b, p) in paragraphs.enumerated() {
            for n in ["Keir Starmer", "Emmanuel Macron", "Marco Rubio"] where p.contains(n) {
                people.append(PersonMention(name: n, blockIndex: b + 1, sentence: p))
            }
        }
        return MeetingExtractor().extract(from: article, events: [], people: people)
    }

    @Test func theCallAfterAVideoCallIsThatVideoCall() {
        let m = Self.liveClip(["Keir Starmer opened the coalition of the willing video call from Downing Street.",
                               "The call was co-chaired by Emmanuel Macron."])
        #expect(m.map(\.kind) == [.videoConference, .videoConference])
        #expect(m.map(\.place) == ["Londres", "Londres"])
        #expect(m.first?.venue == "Downing Street")
        #expect(m.last?.participants == ["Emmanuel Macron"])
    }

    @Test func cityInWhatWasSaidIsNotWhereTheCallWasHeld() {
        let m = Self.liveClip(["Keir Starmer opened the video call, telling leaders that progress had been made in Geneva."])
        #expect(m.first?.place == MeetingPlaces.videoConference)
    }

    @Test func liveKickerOfTheHeadlineIsNotAPlace() {
        let m = Self.liveClip(["Leaders will gather for lunch before the summit."], title: "EN DIRECT - Guerre en Ukraine")
        #expect(!m.isEmpty)
        #expect(m.allSatisfy { $0.place == nil })
    }
}

/// Who is not a participant, and calls told with "spoke to".
@Suite struct MeetingQAParticipantTests {
    static let dec2 = PartialDate(year: 2025, month: 12, day: 2)

    @Test func speakerAfterTheMeetingIsNotAParticipant() {
        let m = MeetingExtractorTests.extract(
            ["Rustem Umerov will meet Steve Witkoff in Miami on Saturday, President Volodymyr Zelensky said on Friday."],
            lang: "en", events: [("on Saturday", Self.dec2)], names: ["Rustem Umerov", "Steve Witkoff", "Volodymyr Zelensky"])
        #expect(m.first?.participants == ["Rustem Umerov", "Steve Witkoff"])
    }

    @Test func speakerNamedAlsoByRoleIsNotAParticipant() {
        let article = Article(title: "", date: nil, source: "t.txt", lang: "en", blocks: [
            .paragraph("Ukrainian President Volodymyr Zelensky spoke in Kyiv.", line: 1),
            .paragraph("Rustem Umerov will meet Steve Witkoff in Miami on Saturday, Ukrainian President Volodymyr Zelensky said.", line: 2),
        ])
        let s = "Rustem Umerov will meet Steve Witkoff in Miami on Saturday, Ukrainian President Volodymyr Zelensky said."
        let people = [PersonMention(name: "Volodymyr Zelensky", role: "Ukrainian President", blockIndex: 0, sentence: ""),
                      PersonMention(name: "Rustem Umerov", blockIndex: 1, sentence: s),
                      PersonMention(name: "Steve Witkoff", blockIndex: 1, sentence: s),
                      PersonMention(name: "Volodymyr Zelensky", role: "Ukrainian President", blockIndex: 1, sentence: s)]
        let m = MeetingExtractor().extract(from: article, events: [DatedEvent(date: Self.dec2, expression: "on Saturday", sentence: s, blockIndex: 1)],
                                           people: people)
        #expect(m.first?.participants == ["Rustem Umerov", "Steve Witkoff"])
    }

    @Test func relativeOfATitledPersonIsNotThatPerson() {
        let m = MeetingExtractorTests.extract(
            ["Vladimir Putin received on Tuesday in the Kremlin Steve Witkoff and the son-in-law of President Trump, Jared Kushner."],
            lang: "en", events: [("on Tuesday", Self.dec2)], names: ["Vladimir Putin", "Steve Witkoff", "Trump", "Jared Kushner"])
        #expect(m.first?.participants == ["Vladimir Putin", "Steve Witkoff", "Jared Kushner"])
    }

    @Test func spokeToSomeoneIsACall() {
        let m = MeetingExtractorTests.extract(["Friedrich Merz said he spoke to Donald Trump by phone on Monday."],
                                              lang: "en", events: [("on Monday", Self.dec2)], names: ["Friedrich Merz", "Donald Trump"])
        #expect(m.first?.kind == .call)
        #expect(m.first?.date == Self.dec2)
        #expect(m.first?.participants == ["Friedrich Merz", "Donald Trump"])
    }
}

