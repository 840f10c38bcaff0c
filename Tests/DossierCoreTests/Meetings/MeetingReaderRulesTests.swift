import Testing
@testable import DossierCore

/// Meetings as a reader understands them, one rule per test, in French and in English: calls and
/// visits told by their verbs, groups gathered, who "he", "his" and "the two leaders" are, and
/// which date of the sentence is the meeting's.
@Suite struct MeetingReaderRulesTests {
    static func extract(_ paragraphs: [String], lang: String, events: [(String, PartialDate)] = [],
                        names: [String] = []) -> [MeetingMention] {
        MeetingExtractorTests.extract(paragraphs, lang: lang, date: SimpleDate(year: 2025, month: 8, day: 20),
                                      events: events, names: names)
    }

    static let friday = PartialDate(year: 2025, month: 8, day: 15)
    static let monday = PartialDate(year: 2025, month: 8, day: 18)
    static let nextMonday = PartialDate(year: 2025, month: 8, day: 25)

    // MARK: A date of another noun's relative clause is not the meeting's

    @Test func aDateInARelativeClauseAboutAnotherNounIsNotTheMeetingsEnglish() {
        let m = Self.extract(["The talks followed a summit with Putin in Anchorage, which ended without a deal on the conflict that began in March 2014."],
                             lang: "en", events: [("March 2014", PartialDate(year: 2014, month: 3))], names: ["Putin"])
        let summit = m.first { $0.kind == .summit }
        #expect(summit?.date == nil)
        #expect(summit?.place == "Anchorage")
    }

    @Test func aDateInARelativeClauseAboutAnotherNounIsNotTheMeetingsFrench() {
        let m = Self.extract(["Ces échanges suivent le sommet avec Poutine à Anchorage, achevé sans accord sur le conflit qui a commencé en mars 2014."],
                             lang: "fr", events: [("mars 2014", PartialDate(year: 2014, month: 3))], names: ["Poutine"])
        let summit = m.first { $0.kind == .summit }
        #expect(summit?.date == nil)
        #expect(summit?.place == "Anchorage")
    }

    @Test func aRelativeClauseAboutTheMeetingKeepsItsDate() {
        let m = Self.extract(["Trump held a summit with Putin in Anchorage that took place on Friday."], lang: "en",
                             events: [("Friday", Self.friday)], names: ["Trump", "Putin"])
        #expect(m.first { $0.kind == .summit }?.date == Self.friday)
    }

    // MARK: "a meeting between X and Y" is another meeting, not more people of the last one

    @Test func anIndefiniteMeetingDoesNotLendItsPeopleToTheLastOneEnglish() {
        let m = Self.extract(["Trump welcomed Zelensky to the White House on Monday, hoping to arrange a meeting between Putin and Zelensky."],
                             lang: "en", events: [("Monday", Self.monday)], names: ["Trump", "Zelensky", "Putin"])
        #expect(m.count == 1)
        #expect(m.first?.participants.contains("Putin") == false)
    }

    @Test func anIndefiniteMeetingDoesNotLendItsPeopleToTheLastOneFrench() {
        let m = Self.extract(["Macron a reçu Zelensky lundi à l'Élysée, dans l'espoir d'organiser une rencontre entre Poutine et Zelensky."],
                             lang: "fr", events: [("lundi", Self.monday)], names: ["Macron", "Zelensky", "Poutine"])
        #expect(m.count == 1)
        #expect(m.first?.participants.contains("Poutine") == false)
    }

    // MARK: "After the meeting" after a summit: the summit's day

    @Test func aCallAfterTheMeetingTakesTheDayOfTheSummitToldBeforeEnglish() {
        let m = Self.extract(["The summit brought leaders to Paris on Monday.", "After the meeting, the leaders held a phone call with Donald Trump."],
                             lang: "en", events: [("Monday", Self.monday)], names: ["Donald Trump"])
        let call = m.first { $0.kind == .call }
        #expect(call?.date == Self.monday)
        #expect(call?.participants == ["Donald Trump"])
    }

    @Test func aCallAfterTheMeetingTakesTheDayOfTheSummitToldBeforeFrench() {
        let m = Self.extract(["Le sommet a rassemblé lundi les dirigeants à Paris.", "Après la réunion, les dirigeants se sont entretenus par téléphone avec Donald Trump."],
                             lang: "fr", events: [("lundi", Self.monday)], names: ["Donald Trump"])
        let call = m.first { $0.kind == .call }
        #expect(call?.date == Self.monday)
        #expect(call?.participants == ["Donald Trump"])
    }

    // MARK: Calls told by "called X" / "a appelé X"

    @Test func calledAPersonIsACallEnglish() {
        let m = Self.extract(["Donald Trump called Volodymyr Zelensky on Monday from Air Force One."], lang: "en",
                             events: [("Monday", Self.monday)], names: ["Donald Trump", "Volodymyr Zelensky"])
        #expect(m.map(\.kind) == [.call])
        #expect(m.first?.participants == ["Donald Trump", "Volodymyr Zelensky"])
    }

    @Test func calledAPersonSomethingOrCalledOnIsNoCallEnglish() {
        #expect(Self.extract(["Donald Trump called Zelensky a dictator on Monday."], lang: "en",
                             events: [("Monday", Self.monday)], names: ["Donald Trump", "Zelensky"]).isEmpty)
        #expect(Self.extract(["Donald Trump called on Zelensky to hold elections on Monday."], lang: "en",
                             events: [("Monday", Self.monday)], names: ["Donald Trump", "Zelensky"]).isEmpty)
    }

    @Test func aAppeleUnePersonneEstUnAppelFrench() {
        let m = Self.extract(["Donald Trump a appelé Volodymyr Zelensky lundi depuis Air Force One."], lang: "fr",
                             events: [("lundi", Self.monday)], names: ["Donald Trump", "Volodymyr Zelensky"])
        #expect(m.map(\.kind) == [.call])
        #expect(m.first?.participants == ["Donald Trump", "Volodymyr Zelensky"])
    }

    @Test func appelerQuelquUnALaRetenueNEstPasUnAppelFrench() {
        #expect(Self.extract(["Donald Trump a appelé Zelensky à la retenue lundi."], lang: "fr",
                             events: [("lundi", Self.monday)], names: ["Donald Trump", "Zelensky"]).isEmpty)
        #expect(Self.extract(["Donald Trump a appelé à un cessez-le-feu lundi."], lang: "fr",
                             events: [("lundi", Self.monday)], names: ["Donald Trump"]).isEmpty)
    }

    // MARK: Visits told in the passive

    @Test func receivedByIsAMeetingWithTheHostEnglish() {
        let m = Self.extract(["Zelensky was received by Ursula von der Leyen in Brussels on Monday."], lang: "en",
                             events: [("Monday", Self.monday)], names: ["Zelensky", "Ursula von der Leyen"])
        #expect(m.count == 1)
        #expect(m.first?.place == "Bruxelles")
        #expect(Set(m.first?.participants ?? []) == ["Zelensky", "Ursula von der Leyen"])
    }

    @Test func recuParEstUneRencontreAvecLHoteFrench() {
        let m = Self.extract(["Zelensky a été reçu par Ursula von der Leyen lundi à Bruxelles."], lang: "fr",
                             events: [("lundi", Self.monday)], names: ["Zelensky", "Ursula von der Leyen"])
        #expect(m.count == 1)
        #expect(m.first?.place == "Bruxelles")
        #expect(Set(m.first?.participants ?? []) == ["Zelensky", "Ursula von der Leyen"])
    }

    // MARK: A group gathered

    @Test func gatheredLeadersAreAMeetingEnglish() {
        let m = Self.extract(["Gathered in Brussels on Monday, EU leaders approved a loan for Kyiv."], lang: "en",
                             events: [("Monday", Self.monday)])
        #expect(m.count == 1)
        #expect(m.first?.place == "Bruxelles")
        #expect(m.first?.date == Self.monday)
        #expect(Self.extract(["Evidence gathered in Brussels on Monday points to fraud."], lang: "en",
                             events: [("Monday", Self.monday)]).isEmpty)
    }

    @Test func reunisAvecUnGroupeEstUneReunionFrench() {
        let m = Self.extract(["Réunis lundi à Bruxelles, les dirigeants européens ont approuvé un prêt à Kiev."], lang: "fr",
                             events: [("lundi", Self.monday)])
        #expect(m.count == 1)
        #expect(m.first?.place == "Bruxelles")
        #expect(m.first?.date == Self.monday)
        #expect(Self.extract(["Des documents réunis lundi à Bruxelles montrent une fraude."], lang: "fr",
                             events: [("lundi", Self.monday)]).isEmpty)
    }

    // MARK: "he", "his", "the two leaders"

    @Test func hisMeetingIsTheSubjectsEnglish() {
        let m = Self.extract(["Donald Trump said on Monday he had called off his planned summit with Vladimir Putin in Budapest."], lang: "en",
                             events: [("Monday", Self.monday)], names: ["Donald Trump", "Vladimir Putin"])
        let summit = m.first { $0.kind == .summit }
        #expect(Set(summit?.participants ?? []) == ["Donald Trump", "Vladimir Putin"])
    }

    @Test func sonSommetEstCeluiDuSujetFrench() {
        let m = Self.extract(["Donald Trump a annoncé lundi l'annulation de son sommet prévu avec Vladimir Poutine à Budapest."], lang: "fr",
                             events: [("lundi", Self.monday)], names: ["Donald Trump", "Vladimir Poutine"])
        let summit = m.first { $0.kind == .summit }
        #expect(Set(summit?.participants ?? []) == ["Donald Trump", "Vladimir Poutine"])
    }

    @Test func theTwoLeadersAreThePeopleOfTheMeetingJustToldEnglish() {
        let m = Self.extract(["Trump met Putin in Anchorage on Friday.", "The two leaders had agreed in a phone call on Monday to meet."],
                             lang: "en", events: [("Friday", Self.friday), ("Monday", Self.monday)], names: ["Trump", "Putin"])
        let call = m.first { $0.kind == .call }
        #expect(Set(call?.participants ?? []) == ["Trump", "Putin"])
    }

    @Test func lesDeuxPresidentsSontLesGensDeLaRencontreQuiPrecedeFrench() {
        let m = Self.extract(["Trump a rencontré Poutine vendredi à Anchorage.", "Les deux présidents avaient convenu lundi, lors d'un appel téléphonique, de se voir."],
                             lang: "fr", events: [("vendredi", Self.friday), ("lundi", Self.monday)], names: ["Trump", "Poutine"])
        let call = m.first { $0.kind == .call }
        #expect(Set(call?.participants ?? []) == ["Trump", "Poutine"])
    }

    // MARK: A host receives a group

    @Test func hostingCountriesIsAMeetingEnglish() {
        let m = Self.extract(["Emmanuel Macron hosted some 35 countries at the Elysee on Monday."], lang: "en",
                             events: [("Monday", Self.monday)], names: ["Emmanuel Macron"])
        #expect(m.count == 1)
        #expect(m.first?.place == "Paris")
        #expect(m.first?.participants == ["Emmanuel Macron"])
    }

    @Test func recevoirDesPaysEstUneReunionFrench() {
        let m = Self.extract(["Emmanuel Macron a reçu lundi une trentaine de pays à l'Élysée."], lang: "fr",
                             events: [("lundi", Self.monday)], names: ["Emmanuel Macron"])
        #expect(m.count == 1)
        #expect(m.first?.place == "Paris")
        #expect(m.first?.participants == ["Emmanuel Macron"])
    }

    // MARK: Tenses the cues had missed

    @Test func pluperfectDinnerAndConditionalGatheringFrench() {
        let dinner = Self.extract(["Zelensky avait dîné lundi avec Emmanuel Macron à l'Élysée."], lang: "fr",
                                  events: [("lundi", Self.monday)], names: ["Zelensky", "Emmanuel Macron"])
        #expect(dinner.map(\.kind) == [.lunch])
        let later = Self.extract(["Macron a annoncé que les dirigeants se retrouveraient à Paris lundi."], lang: "fr",
                                 events: [("lundi", Self.nextMonday)], names: ["Macron"])
        #expect(later.count == 1)
        #expect(later.first?.status == .planned)
    }

    @Test func conditionalMeetingEnglish() {
        let later = Self.extract(["Macron said the leaders would meet Zelensky in Paris on Monday."], lang: "en",
                                 events: [("Monday", Self.nextMonday)], names: ["Macron", "Zelensky"])
        #expect(later.count == 1)
        #expect(later.first?.status == .planned)
    }
}

/// An undated meeting named by its place is found in the dossier's calendar, as a reader finds it.
@Suite struct MeetingCalendarIdentificationTests {
    static let sep4 = PartialDate(year: 2025, month: 9, day: 4)
    static let jan6 = PartialDate(year: 2026, month: 1, day: 6)
    static let ids = MeetingLinkerTests.ids

    static func dated() -> DossierArticle {
        MeetingLinkerTests.article("a", date: SimpleDate(year: 2026, month: 1, day: 6), [
            MeetingLinkerTests.mention(.summit, sep4, "Paris", ["Macron", "Zelensky"]),
            MeetingLinkerTests.mention(.summit, jan6, "Paris", ["Meloni"], block: 1),
        ])
    }

    @Test func aHeldMeetingIsTheLatestOneThereJustBeforeTheClip() {
        let b = MeetingLinkerTests.article("b", date: SimpleDate(year: 2026, month: 1, day: 7),
                                           [MeetingLinkerTests.mention(.summit, nil, "Paris", ["Macron", "Zelensky"])])
        let (meetings, perArticle) = MeetingLinker().link([Self.dated(), b], personIDs: [Self.ids, Self.ids])
        #expect(perArticle[1].count == 1)
        #expect(meetings.first { $0.id == perArticle[1].first }?.date == Self.jan6)
    }

    @Test func aHeldMeetingIsNeverOneAfterTheClip() {
        let b = MeetingLinkerTests.article("b", date: SimpleDate(year: 2025, month: 9, day: 10),
                                           [MeetingLinkerTests.mention(.summit, nil, "Paris", ["Meloni"])])
        let (meetings, perArticle) = MeetingLinker().link([Self.dated(), b], personIDs: [Self.ids, Self.ids])
        #expect(meetings.first { $0.id == perArticle[1].first }?.date == Self.sep4)
    }

    @Test func aMeetingToComeIsNeverOneBeforeTheClip() {
        var planned = MeetingLinkerTests.mention(.summit, nil, "Paris", ["Macron"])
        planned.status = .planned
        let b = MeetingLinkerTests.article("b", date: SimpleDate(year: 2025, month: 10, day: 1), [planned])
        let (meetings, perArticle) = MeetingLinker().link([Self.dated(), b], personIDs: [Self.ids, Self.ids])
        #expect(meetings.first { $0.id == perArticle[1].first }?.date != Self.sep4)
    }

    @Test func twoMeetingsFarApartAndNoneRecentNameNoMeeting() {
        let b = MeetingLinkerTests.article("b", date: SimpleDate(year: 2026, month: 2, day: 1),
                                           [MeetingLinkerTests.mention(.summit, nil, "Paris", ["Trump", "Rutte"])])
        let (meetings, perArticle) = MeetingLinker().link([Self.dated(), b], personIDs: [Self.ids, Self.ids])
        #expect(meetings.first { $0.id == perArticle[1].first }?.date == nil)
    }
}

/// A date written just before a meeting noun, and a nationality that is no place.
@Suite struct MeetingDateBeforeNounTests {
    static let oct16 = PartialDate(year: 2025, month: 10, day: 16)

    @Test func aDateJustBeforeTheNounIsItsDateEnglish() {
        let m = MeetingReaderRulesTests.extract(["Trump and Putin agreed in an Oct. 16 phone call to meet in the Hungarian capital."],
                                                lang: "en", events: [("Oct. 16", Self.oct16)], names: ["Trump", "Putin"])
        let call = m.first { $0.kind == .call }
        #expect(call?.date == Self.oct16)
        #expect(call?.place == nil)
    }

    @Test func uneNationaliteNEstPasUnLieuFrench() {
        let m = MeetingReaderRulesTests.extract(["Trump a rencontré Poutine le 16 octobre dans la capitale Hongroise."],
                                                lang: "fr", events: [("le 16 octobre", Self.oct16)], names: ["Trump", "Poutine"])
        #expect(m.first?.date == Self.oct16)
        #expect(m.first?.place == nil)
    }
}

/// A day counted from a meeting: the counted day is the sentence's, the meeting's own day its name's.
@Suite struct MeetingCountedDayTests {
    static let aug15 = PartialDate(year: 2025, month: 8, day: 15)
    static let aug16 = PartialDate(year: 2025, month: 8, day: 16)

    @Test func theDayAfterTheSummitIsTheCallsDayFrench() {
        let s = "Le lendemain du sommet d'Anchorage, Donald Trump a appelé Volodymyr Zelensky."
        let events = [DatedEvent(date: Self.aug16, expression: "Le lendemain du sommet d'Anchorage", sentence: s, blockIndex: 0),
                      DatedEvent(date: Self.aug15, expression: "Le lendemain du sommet d'Anchorage", sentence: s, blockIndex: 0)]
        let m = Self.extract(s, lang: "fr", events: events, names: ["Donald Trump", "Volodymyr Zelensky"])
        #expect(m.first { $0.kind == .call }?.date == Self.aug16)
        #expect(m.first { $0.kind == .summit }?.date == Self.aug15)
    }

    @Test func theDayAfterTheSummitIsTheCallsDayEnglish() {
        let s = "The day after the Anchorage summit, Donald Trump called Volodymyr Zelensky."
        let events = [DatedEvent(date: Self.aug15, expression: "The day after the Anchorage summit", sentence: s, blockIndex: 0),
                      DatedEvent(date: Self.aug16, expression: "The day after the Anchorage summit", sentence: s, blockIndex: 0)]
        let m = Self.extract(s, lang: "en", events: events, names: ["Donald Trump", "Volodymyr Zelensky"])
        #expect(m.first { $0.kind == .call }?.date == Self.aug16)
    }

    static func extract(_ s: String, lang: String, events: [DatedEvent], names: [String]) -> [MeetingMention] {
        let article = Article(title: "", date: SimpleDate(year: 2025, month: 8, day: 20), source: "t.txt", lang: lang,
                              blocks: [.paragraph(s, line: 1)])
        return MeetingExtractor().extract(from: article, events: events,
                                          people: names.map { PersonMention(name: $0, blockIndex: 0, sentence: s) })
    }
}

/// Adverbs inside verb cues, sources after a name, series of meetings, "in the wake of" another
/// meeting, speech participles, and bilateral meetings on a summit's day.
@Suite struct MeetingClauseTests {
    static let aug15 = PartialDate(year: 2025, month: 8, day: 15)
    static let monday = MeetingReaderRulesTests.monday

    @Test func anAdverbInsideTheVerbKeepsTheCueFrench() {
        let m = MeetingReaderRulesTests.extract(["La veille, Zelensky avait longuement discuté avec Steve Witkoff."], lang: "fr",
                                                events: [("La veille", Self.monday)], names: ["Zelensky", "Steve Witkoff"])
        #expect(m.count == 1)
        #expect(m.first?.date == Self.monday)
        #expect(Set(m.first?.participants ?? []) == ["Zelensky", "Steve Witkoff"])
    }

    @Test func anAdverbInsideTheVerbKeepsTheCueEnglish() {
        let m = MeetingReaderRulesTests.extract(["Zelensky had briefly spoken with Steve Witkoff on Monday."], lang: "en",
                                                events: [("Monday", Self.monday)], names: ["Zelensky", "Steve Witkoff"])
        #expect(m.count == 1)
        #expect(Set(m.first?.participants ?? []) == ["Zelensky", "Steve Witkoff"])
    }

    @Test func aSourceAfterANameDoesNotMakeItTheSpeakerFrench() {
        let m = MeetingReaderRulesTests.extract(["Witkoff a rencontré lundi à Paris le conseiller ukrainien Andriï Iermak, selon une source diplomatique."],
                                                lang: "fr", events: [("lundi", Self.monday)], names: ["Witkoff", "Andriï Iermak"])
        #expect(m.first?.participants == ["Witkoff", "Andriï Iermak"])
    }

    @Test func aSourceAfterANameDoesNotMakeItTheSpeakerEnglish() {
        let m = MeetingReaderRulesTests.extract(["Witkoff met Ukrainian chief of staff Andriy Yermak in Paris on Monday, according to a diplomatic source."],
                                                lang: "en", events: [("Monday", Self.monday)], names: ["Witkoff", "Andriy Yermak"])
        #expect(m.first?.participants == ["Witkoff", "Andriy Yermak"])
    }

    @Test func severalLeadersAtTalksIsNoSeriesOfTalksFrench() {
        let m = MeetingReaderRulesTests.extract(["Trump a reçu lundi Zelensky et plusieurs dirigeants européens pour des discussions à Washington."],
                                                lang: "fr", events: [("lundi", Self.monday)], names: ["Trump", "Zelensky"])
        #expect(m.count == 1)
        #expect(MeetingReaderRulesTests.extract(["Macron a tenu plusieurs réunions à Paris lundi."], lang: "fr",
                                                events: [("lundi", Self.monday)], names: ["Macron"]).isEmpty)
    }

    @Test func severalLeadersAtTalksIsNoSeriesOfTalksEnglish() {
        let m = MeetingReaderRulesTests.extract(["Trump held talks in Washington with Zelensky and several European leaders on Monday."],
                                                lang: "en", events: [("Monday", Self.monday)], names: ["Trump", "Zelensky"])
        #expect(m.count == 1)
        #expect(MeetingReaderRulesTests.extract(["Macron has held several meetings in Paris on Monday."], lang: "en",
                                                events: [("Monday", Self.monday)], names: ["Macron"]).isEmpty)
    }

    @Test func talksInTheWakeOfASummitElsewhereAreNotOnItsDayFrench() {
        let m = MeetingReaderRulesTests.extract(["Trump l'a promis lors de discussions à la Maison Blanche avec Zelensky dans la foulée de son sommet en Alaska avec Poutine."],
                                                lang: "fr", events: [("son sommet en Alaska", Self.aug15)], names: ["Trump", "Zelensky", "Poutine"])
        #expect(m.first { $0.kind == .talks }?.date == nil)
        #expect(m.first { $0.kind == .summit }?.date == Self.aug15)
    }

    @Test func talksAfterASummitElsewhereAreNotOnItsDayEnglish() {
        let m = MeetingReaderRulesTests.extract(["Trump promised it during talks at the White House with Zelensky after his summit in Alaska with Putin."],
                                                lang: "en", events: [("his summit in Alaska", Self.aug15)], names: ["Trump", "Zelensky", "Putin"])
        #expect(m.first { $0.kind == .talks }?.date == nil)
        #expect(m.first { $0.kind == .summit }?.date == Self.aug15)
    }

    @Test func aCallToldWhileSpeakingIsOfThatDayEnglish() {
        let m = MeetingReaderRulesTests.extract(["Trump welcomed Zelensky to the White House on Monday, saying he had called Putin."], lang: "en",
                                                events: [("Monday", Self.monday)], names: ["Trump", "Zelensky", "Putin"])
        let call = m.first { $0.kind == .call }
        #expect(call?.date == Self.monday)
        #expect(Set(call?.participants ?? []) == ["Trump", "Putin"])
    }

    @Test func aCallToldWhileSpeakingIsOfThatDayFrench() {
        let m = MeetingReaderRulesTests.extract(["Macron a reçu Zelensky lundi à l'Élysée, indiquant qu'il avait appelé Poutine."], lang: "fr",
                                                events: [("lundi", Self.monday)], names: ["Macron", "Zelensky", "Poutine"])
        let call = m.first { $0.kind == .call }
        #expect(call?.date == Self.monday)
        #expect(Set(call?.participants ?? []) == ["Macron", "Poutine"])
    }

    @Test func twoOthersMeetingOnTheSummitsDayIsAMeetingOfItsOwn() {
        let day = PartialDate(year: 2025, month: 9, day: 4)
        let a = MeetingLinkerTests.article("a", [MeetingLinkerTests.mention(.summit, day, "Paris", ["Macron", "Zelensky"])])
        let b = MeetingLinkerTests.article("b", [MeetingLinkerTests.mention(.meeting, day, "Paris", ["Trump", "Rutte"])])
        let meetings = MeetingLinker().link([a, b], personIDs: [MeetingLinkerTests.ids, MeetingLinkerTests.ids]).meetings
        #expect(meetings.count == 2)
    }
}

/// A visit told while taking part in a video call, where it took place, and the call kept apart.
@Suite struct MeetingVisitDuringCallTests {
    static let sunday = PartialDate(year: 2025, month: 8, day: 17)

    @Test func aVisitToldWhileJoiningACallIsOnItsDayWhereItHappenedFrench() {
        let m = MeetingReaderRulesTests.extract(["Dimanche, la coalition s'est réunie en visioconférence avec Macron.",
                                                 "Zelensky y a participé depuis Bruxelles, où il a été reçu par Ursula von der Leyen."],
                                                lang: "fr", events: [("Dimanche", Self.sunday)], names: ["Macron", "Zelensky", "Ursula von der Leyen"])
        let visit = m.last
        #expect(visit?.date == Self.sunday)
        #expect(visit?.place == "Bruxelles")
        #expect(Set(visit?.participants ?? []) == ["Zelensky", "Ursula von der Leyen"])
    }

    @Test func aVisitToldWhileJoiningACallIsOnItsDayWhereItHappenedEnglish() {
        let m = MeetingReaderRulesTests.extract(["On Sunday, the coalition met by video conference with Macron.",
                                                 "Zelensky joined from Brussels, where he was received by Ursula von der Leyen."],
                                                lang: "en", events: [("On Sunday", Self.sunday)], names: ["Macron", "Zelensky", "Ursula von der Leyen"])
        let visit = m.last
        #expect(visit?.date == Self.sunday)
        #expect(visit?.place == "Bruxelles")
        #expect(Set(visit?.participants ?? []) == ["Zelensky", "Ursula von der Leyen"])
    }

    @Test func withAFewWordsOnGivesTheVerbItsPersonFrench() {
        let m = MeetingReaderRulesTests.extract(["Zelensky avait dîné la veille avec le président français à l'Élysée."], lang: "fr",
                                                events: [("la veille", Self.sunday)], names: ["Zelensky"])
        #expect(m.map(\.kind) == [.lunch])
        #expect(m.first?.place == "Paris")
    }

    @Test func theCallAndAVisitOfThatDayAreTwoMeetings() {
        var video = MeetingLinkerTests.mention(.videoConference, Self.sunday, MeetingPlaces.videoConference, ["Macron"],
                                               forum: "Coalition des volontaires")
        video.status = .held
        let visit = MeetingLinkerTests.mention(.meeting, Self.sunday, "Bruxelles", ["Zelensky", "Rutte"], block: 1)
        let meetings = MeetingLinker().link([MeetingLinkerTests.article("a", [video, visit])], personIDs: [MeetingLinkerTests.ids]).meetings
        #expect(meetings.count == 2)
    }
}

/// A meeting named by its group only is the group's latest meeting before the clip.
@Suite struct MeetingForumIdentificationTests {
    static let coalition = "Coalition des volontaires"

    @Test func theGroupsMeetingIsItsLatestInTheFortnightBeforeTheClip() {
        let sep4 = PartialDate(year: 2025, month: 9, day: 4), nov25 = PartialDate(year: 2025, month: 11, day: 25)
        let a = MeetingLinkerTests.article("a", [
            MeetingLinkerTests.mention(.summit, sep4, "Paris", ["Macron"], forum: Self.coalition),
            MeetingLinkerTests.mention(.videoConference, nov25, MeetingPlaces.videoConference, ["Macron"], forum: Self.coalition, block: 1),
        ])
        let b = MeetingLinkerTests.article("b", date: SimpleDate(year: 2025, month: 11, day: 26), [
            MeetingLinkerTests.mention(.videoConference, nil, MeetingPlaces.videoConference, ["Zelensky"], forum: Self.coalition),
        ])
        let (meetings, perArticle) = MeetingLinker().link([a, b], personIDs: [MeetingLinkerTests.ids, MeetingLinkerTests.ids])
        #expect(meetings.first { $0.id == perArticle[1].first }?.date == nov25)
    }

    @Test func noMeetingOfTheGroupInTheFortnightNamesNone() {
        let sep4 = PartialDate(year: 2025, month: 9, day: 4), oct24 = PartialDate(year: 2025, month: 10, day: 24)
        let a = MeetingLinkerTests.article("a", [
            MeetingLinkerTests.mention(.summit, sep4, "Paris", ["Macron"], forum: Self.coalition),
            MeetingLinkerTests.mention(.videoConference, oct24, MeetingPlaces.videoConference, ["Macron"], forum: Self.coalition, block: 1),
        ])
        let b = MeetingLinkerTests.article("b", date: SimpleDate(year: 2025, month: 12, day: 20), [
            MeetingLinkerTests.mention(.videoConference, nil, MeetingPlaces.videoConference, ["Zelensky"], forum: Self.coalition),
        ])
        let (meetings, perArticle) = MeetingLinker().link([a, b], personIDs: [MeetingLinkerTests.ids, MeetingLinkerTests.ids])
        #expect(meetings.first { $0.id == perArticle[1].first }?.date == nil)
    }
}

/// On a second reading, a meeting named by its place takes its day from the story calendar,
/// and so does what the clip ties to it.
@Suite struct MeetingSecondReadingTests {
    static let sep4 = PartialDate(year: 2025, month: 9, day: 4)
    static let calendar = StoryCalendar(span: SimpleDate(year: 2025, month: 8, day: 1)...SimpleDate(year: 2025, month: 9, day: 30), meetings: [
        Meeting(id: "s", title: "s", kind: .summit, date: sep4, place: "Paris"),
    ])

    static func read(_ paragraphs: [String], lang: String, calendar: StoryCalendar?) -> [MeetingMention] {
        let article = Article(title: "", date: SimpleDate(year: 2025, month: 9, day: 5), source: "t.txt", lang: lang,
                              blocks: paragraphs.enumerated().map { .paragraph($0.element, line: $0.offset + 1) })
        let names = ["Donald Trump", "Macron"]
        var people: [PersonMention] = []
        for (b, p) in paragraphs.enumerated() {
            for s in SentenceSplitter.sentences(in: p) { for n in names where s.contains(n) { people.append(PersonMention(name: n, blockIndex: b, sentence: s)) } }
        }
        return MeetingExtractor().extract(from: article, events: [], people: people, calendar: calendar)
    }

    @Test func aSummitNamedByItsPlaceAndTheCallAfterItTakeTheCalendarsDayEnglish() {
        let text = ["Macron spoke after the coalition summit at the Elysee.", "After the summit the leaders held a call with Donald Trump."]
        let m = Self.read(text, lang: "en", calendar: Self.calendar)
        #expect(m.first { $0.kind == .summit }?.date == Self.sep4)
        #expect(m.first { $0.kind == .call }?.date == Self.sep4)
        #expect(Self.read(text, lang: "en", calendar: nil).allSatisfy { $0.date == nil })
    }

    @Test func aSummitNamedByItsPlaceAndTheCallAfterItTakeTheCalendarsDayFrench() {
        let text = ["Macron s'est exprimé après le sommet de la coalition à l'Élysée.",
                    "Après le sommet, les dirigeants se sont entretenus par téléphone avec Donald Trump."]
        let m = Self.read(text, lang: "fr", calendar: Self.calendar)
        #expect(m.first { $0.kind == .summit }?.date == Self.sep4)
        #expect(m.first { $0.kind == .call }?.date == Self.sep4)
    }

    @Test func aMeetingToldAsPastIsNeverOneAfterTheClip() {
        let later = StoryCalendar(span: Self.calendar.span, meetings: [
            Meeting(id: "s", title: "s", kind: .summit, date: PartialDate(year: 2025, month: 9, day: 20), place: "Paris"),
        ])
        let m = Self.read(["Macron spoke after the coalition summit at the Elysee."], lang: "en", calendar: later)
        #expect(m.allSatisfy { $0.date == nil })
    }
}

extension MeetingSecondReadingTests {
    @Test func separateTalksOrTalksToComeAreNotTheCalendarsMeeting() {
        #expect(Self.read(["Kremlin envoy Kirill Dmitriev is also expected in Paris for separate talks."], lang: "en",
                          calendar: Self.calendar).allSatisfy { $0.date == nil })
        #expect(Self.read(["Une nouvelle rencontre aura lieu à Paris."], lang: "fr", calendar: Self.calendar).allSatisfy { $0.date == nil })
    }
}
