import Testing
@testable import DossierCore

/// One rule of the meeting extractor per test: text in, exact mention out.
@Suite struct MeetingExtractorTests {
    /// Extracts from one paragraph per string, with dates (expression, ISO date) and names found everywhere.
    static func extract(_ paragraphs: [String], lang: String = "fr", date: SimpleDate? = nil, title: String = "",
                        events: [(String, PartialDate)] = [], names: [String] = []) -> [MeetingMention] {
        let article = Article(title: title, date: date, source: "t.txt", lang: lang,
                              blocks: paragraphs.enumerated().map { .paragraph($0.element, line: $0.offset + 1) })
        var dated: [DatedEvent] = []
        var people: [PersonMention] = []
        for (b, p) in paragraphs.enumerated() {
            for s in SentenceSplitter.sentences(in: p) {
                for (e, d) in events where s.contains(e) { dated.append(DatedEvent(date: d, expression: e, sentence: s, blockIndex: b)) }
                for n in names where s.contains(n) { people.append(PersonMention(name: n, blockIndex: b, sentence: s)) }
            }
        }
        return MeetingExtractor().extract(from: article, events: dated, people: people)
    }

    static let jan6 = PartialDate(year: 2026, month: 1, day: 6)
    static let jan8 = PartialDate(year: 2026, month: 1, day: 8)

    @Test func summitWithDateAndPlace() {
        let m = Self.extract(["Le sommet réunira mardi à Genève 35 pays."], events: [("mardi", Self.jan6)])
        #expect(m.count == 1)
        #expect(m.first?.kind == .summit)
        #expect(m.first?.date == Self.jan6)
        #expect(m.first?.place == "Genève")
    }

    @Test func mentionWithNeitherDateNorPlaceIsDropped() {
        #expect(Self.extract(["La rencontre avec Macron a été cordiale."], names: ["Macron"]).isEmpty)
    }

    @Test func talksInGeneralAreNotAMeeting() {
        let m = Self.extract(["Les négociations de paix se poursuivent à Genève depuis plusieurs mois."])
        #expect(m.isEmpty)
    }

    @Test func backReferenceTakesTheParagraphDate() {
        let m = Self.extract(["Macron ouvre mardi une visioconférence de la Coalition des volontaires. Rubio doit se joindre à cette réunion."],
                             events: [("mardi", Self.jan6)], names: ["Macron", "Rubio"])
        #expect(m.map(\.date) == [Self.jan6, Self.jan6])
        #expect(m.last?.participants == ["Rubio"])
        #expect(m.first?.kind == .videoConference)
        #expect(m.first?.place == "visioconférence")
        #expect(m.first?.forum == "Coalition des volontaires")
    }

    @Test func verbAndNounMakeOneMeetingOfTheNounsKind() {
        let m = Self.extract(["Emmanuel Macron reçoit Volodymyr Zelensky et Steve Witkoff pour un déjeuner au palais présidentiel de l'Elysée."],
                             date: SimpleDate(year: 2026, month: 1, day: 6), names: ["Emmanuel Macron", "Volodymyr Zelensky", "Steve Witkoff"])
        #expect(m.count == 1)
        #expect(m.first?.kind == .lunch)
        #expect(m.first?.place == "Paris")
        #expect(m.first?.venue == "Élysée")
        #expect(m.first?.date == Self.jan6)
        #expect(m.first?.participants == ["Emmanuel Macron", "Volodymyr Zelensky", "Steve Witkoff"])
    }

    @Test func relativesAndSourcesAreNotParticipants() {
        let m = Self.extract(["Jeudi, Macron recevra Jared Kushner, gendre de Donald Trump, selon le conseiller Iouri Ouchakov."],
                             events: [("Jeudi", Self.jan8)], names: ["Macron", "Jared Kushner", "Donald Trump", "Iouri Ouchakov"])
        #expect(m.first?.participants == ["Macron", "Jared Kushner"])
    }

    @Test func capitalNamedForItsGovernmentIsNotAPlace() {
        let m = Self.extract(["Cette réunion jeudi vise à fournir des garanties de sécurité solides à Kiev."], events: [("jeudi", Self.jan8)])
        #expect(m.first?.place == nil)
    }

    @Test func videoLinkIsAModeNotASecondMeeting() {
        let m = Self.extract(["Cette réunion, qui se tient jeudi en visioconférence et en présentiel à Paris, rassemble 30 pays."],
                             events: [("jeudi", Self.jan8)])
        #expect(m.count == 1)
        #expect(m.first?.place == "Paris")
    }

    @Test func meetingHeldByVideoIsAVideoConference() {
        let m = Self.extract(["La coalition des volontaires se reunira mardi en visioconference."], events: [("mardi", Self.jan6)])
        #expect(m.first?.kind == .videoConference)
        #expect(m.first?.place == "visioconférence")
    }

    @Test func dateOfSpeechIsNotTheMeetingDate() {
        let m = Self.extract(["Meloni attended the summit in Paris, her office said on Monday."], lang: "en",
                             events: [("on Monday", PartialDate(year: 2026, month: 1, day: 5))], names: ["Meloni"])
        #expect(m.first?.date == nil)
        #expect(m.first?.place == "Paris")
    }

    @Test func speechAtThePressConferenceDatesIt() {
        let m = Self.extract(["Mark Rutte a parlé. « Nous verrons », a-t-il dit mercredi lors d'une conférence de presse."],
                             events: [("mercredi", PartialDate(year: 2025, month: 9, day: 3))], names: ["Mark Rutte"])
        #expect(m.first?.kind == .pressConference)
        #expect(m.first?.date == PartialDate(year: 2025, month: 9, day: 3))
        #expect(m.first?.participants == ["Mark Rutte"])
    }

    @Test func meetingOfTheDayInADatedClipGetsItsDateAndHeadlinePlace() {
        let m = Self.extract(["Une conférence de presse est prévue en fin de journée, réunissant Macron et Merz."],
                             date: SimpleDate(year: 2026, month: 1, day: 6), title: "Les garanties sur la table à Paris",
                             names: ["Macron", "Merz"])
        #expect(m.first?.date == Self.jan6)
        #expect(m.first?.place == "Paris")
        #expect(m.first?.participants == ["Macron", "Merz"])
    }

    @Test func callLinkedToTheSummitShareItsDay() {
        let m = Self.extract(["Un appel téléphonique est organisé jeudi à la suite du sommet de la coalition des volontaires."],
                             events: [("jeudi", Self.jan8)])
        #expect(m.map(\.kind) == [.call, .summit])
        #expect(m.map(\.date) == [Self.jan8, Self.jan8])
        #expect(m.last?.forum == "Coalition des volontaires")
    }

    @Test func reciprocalMetWithNamesBefore() {
        let m = Self.extract(["Donald Trump and Vladimir Putin met at a base in Anchorage on Friday."], lang: "en",
                             events: [("on Friday", PartialDate(year: 2025, month: 8, day: 15))], names: ["Donald Trump", "Vladimir Putin"])
        #expect(m.first?.kind == .meeting)
        #expect(m.first?.place == "Anchorage")
        #expect(m.first?.participants == ["Donald Trump", "Vladimir Putin"])
    }

    @Test func forumBeforeTheEnglishNoun() {
        let m = Self.extract(["NATO summit in The Hague opens on Tuesday."], lang: "en",
                             events: [("on Tuesday", PartialDate(year: 2025, month: 6, day: 24))])
        #expect(m.first?.forum == "Otan")
        #expect(m.first?.place == "La Haye")
    }

    @Test func talksOfAMonthWithNoPlaceAreNotAMeeting() {
        let m = Self.extract(["Zelensky said talks with Washington had made progress last month."], lang: "en",
                             events: [("last month", PartialDate(year: 2025, month: 12))], names: ["Zelensky"])
        #expect(m.isEmpty)
    }

    @Test(arguments: ["", "Le sommet", "…", "« »", "à l'", "Rencontre à"])
    func oddTextNeverCrashes(_ text: String) {
        _ = Self.extract([text, text], date: SimpleDate(year: 2026, month: 1, day: 6), title: text,
                         events: [(text, Self.jan6)], names: [text])
    }
}

/// The fast folding of the meeting stages agrees with the shared one on French and English text.
@Suite struct MeetingFoldingTests {
    @Test(arguments: ["Élysée", "l’Élysée", "Volodymyr Zelensky", "ŒUVRE à Genève", "conférence de presse — jeudi",
                      "Yaël Braun-Pivet", "RÉUNION", "s’est entretenu", "Straße", "Ça"])
    func agreesWithTextFolding(_ text: String) {
        #expect(MeetingFolding.fold(text) == TextFolding.fold(text))
    }
}
