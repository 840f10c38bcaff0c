import Foundation
import Testing
@testable import DossierCore

/// Meetings as a reader understands them: who took part, whether it happened, where.
@Suite struct MeetingReadingTests {
    typealias X = MeetingExtractorTests
    static let sep3 = PartialDate(year: 2025, month: 9, day: 3)
    static let dec2 = PartialDate(year: 2025, month: 12, day: 2)
    static let aug17 = PartialDate(year: 2025, month: 8, day: 17)
    static let oct22 = PartialDate(year: 2025, month: 10, day: 22)

    @Test func theHostAndTheGuestBothTookPart() {
        let m = X.extract(["Emmanuel Macron a accueilli mercredi Volodymyr Zelensky à l'Élysée pour un dîner de travail."],
                          date: SimpleDate(year: 2025, month: 9, day: 3), events: [("mercredi", Self.sep3)],
                          names: ["Emmanuel Macron", "Volodymyr Zelensky"])
        #expect(m.count == 1)
        #expect(m.first?.kind == .lunch)
        #expect(m.first?.participants == ["Emmanuel Macron", "Volodymyr Zelensky"])
        #expect(m.first?.status == .held)
    }

    @Test func aVenueNamesItsCityAndIsKept() {
        let m = X.extract(["Vladimir Poutine a recu mardi au Kremlin l'emissaire Steve Witkoff."],
                          date: SimpleDate(year: 2025, month: 12, day: 2), events: [("mardi", Self.dec2)],
                          names: ["Vladimir Poutine", "Steve Witkoff"])
        #expect(m.first?.place == "Moscou")
        #expect(m.first?.venue == "Kremlin")
        let en = X.extract(["Donald Trump welcomed Volodymyr Zelenskyy to Mar-a-Lago on Sunday."], lang: "en",
                           events: [("Sunday", PartialDate(year: 2025, month: 12, day: 28))],
                           names: ["Donald Trump", "Volodymyr Zelenskyy"])
        #expect(en.first?.place == "Palm Beach")
        #expect(en.first?.venue == "Mar-a-Lago")
    }

    @Test func aFutureVerbOrALaterDayIsPlanned() {
        let fr = X.extract(["Jeudi, Emmanuel Macron recevra à l'Élysée le président du Sénat Gérard Larcher."],
                           date: SimpleDate(year: 2026, month: 1, day: 6), events: [("Jeudi", X.jan8)],
                           names: ["Emmanuel Macron", "Gérard Larcher"])
        #expect(fr.first?.status == .planned)
        let noun = X.extract(["Le sommet de la coalition rassemblera 35 pays à Paris."], date: SimpleDate(year: 2026, month: 1, day: 6))
        #expect(noun.first?.status == .planned)
        let en = X.extract(["Zelenskyy will travel on to Brussels later today for talks with Nato secretary general Mark Rutte."],
                           lang: "en", date: SimpleDate(year: 2025, month: 12, day: 8), names: ["Mark Rutte"])
        #expect(en.first?.status == .planned)
    }

    @Test func aCalledOffSummitIsCancelled() {
        let m = X.extract(["President Donald Trump said on Wednesday he had called off his planned summit with Vladimir Putin in Budapest."],
                          lang: "en", date: SimpleDate(year: 2025, month: 10, day: 22), events: [("on Wednesday", Self.oct22)],
                          names: ["Donald Trump", "Vladimir Putin"])
        #expect(m.first?.status == .cancelled)
        #expect(m.first?.place == "Budapest")
        let fr = X.extract(["Le sommet prévu à Budapest entre Donald Trump et Vladimir Poutine a été annulé."],
                           names: ["Donald Trump", "Vladimir Poutine"])
        #expect(fr.first?.status == .cancelled)
    }

    @Test func aVideoMeetingOfTheCoalitionAndTheSummitTwoDaysBefore() {
        let m = X.extract(["La coalition des volontaires s'est réunie en visioconférence dimanche 17 août, deux jours après le sommet d'Alaska entre Donald Trump et Vladimir Poutine."],
                          events: [("dimanche 17 août", Self.aug17)], names: ["Donald Trump", "Vladimir Poutine"])
        let video = m.first { $0.kind == .videoConference }
        #expect(video?.date == Self.aug17)
        let summit = m.first { $0.kind == .summit }
        #expect(summit?.date == nil)
        #expect(summit?.place == "Alaska")
        #expect(summit?.participants == ["Donald Trump", "Vladimir Poutine"])
    }

    @Test func aVideoCallAndASummitTwoDaysBeforeNeverShareAPage() {
        let names = ["Donald Trump", "Vladimir Poutine", "Emmanuel Macron"]
        let m = X.extract(["La coalition des volontaires s'est réunie en visioconférence dimanche 17 août, deux jours après le sommet d'Alaska entre Donald Trump et Vladimir Poutine.",
                           "La réunion était coprésidée par Emmanuel Macron."],
                          events: [("dimanche 17 août", Self.aug17)], names: names)
        let article = DossierArticle(id: "a", article: Article(source: "a.txt"), mentions: ArticleMentions(meetings: m))
        let ids = Dictionary(uniqueKeysWithValues: names.map { ($0, surname($0)) })
        let meetings = MeetingLinker().link([article], personIDs: [ids]).meetings
        let video = meetings.first { $0.date == Self.aug17 }
        #expect(video?.place != "Alaska")
        #expect(video.map { !$0.participants.contains("trump") && $0.participants.contains("macron") } ?? false)
        #expect(meetings.contains { $0.place == "Alaska" && $0.date == nil })
    }

    @Test func peopleWhoJoinedInTheNextSentenceTookPart() {
        let m = X.extract(["La coalition s'est réunie en visioconférence dimanche 17 août. La réunion était coprésidée par Emmanuel Macron et Keir Starmer. Volodymyr Zelensky y a participé depuis Bruxelles."],
                          events: [("dimanche 17 août", Self.aug17)], names: ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"])
        #expect(m.count == 1)
        #expect(Set(m.first?.participants ?? []) == ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"])
    }

    @Test func aSpeakerAtTheMeetingsPlaceAndThoseBesideHimTookPart() {
        let m = X.extract(["Marco Rubio told reporters in Geneva that Sunday's talks had been productive. He was flanked by Dan Driscoll and Steve Witkoff."],
                          lang: "en", events: [("Sunday's", PartialDate(year: 2025, month: 11, day: 23))],
                          names: ["Marco Rubio", "Dan Driscoll", "Steve Witkoff"])
        #expect(m.first?.participants == ["Marco Rubio", "Dan Driscoll", "Steve Witkoff"])
        let elsewhere = X.extract(["Dmitry Peskov said Moscow had not been told of the Berlin talks held on Sunday."], lang: "en",
                                  events: [("on Sunday", PartialDate(year: 2025, month: 12, day: 14))], names: ["Dmitry Peskov"])
        #expect(elsewhere.allSatisfy { $0.participants.isEmpty })
    }

    @Test func someoneToBeCalledLaterDidNotTakePart() {
        let m = X.extract(["Les deux dirigeants se sont entretenus mercredi à Paris, a indiqué l'entourage du chef de l'Etat, qui précise que Donald Trump serait appelé."],
                          events: [("mercredi", Self.sep3)], names: ["Donald Trump"])
        #expect(m.first.map { !$0.participants.contains("Donald Trump") } ?? false)
    }

    @Test func aStateOrAWeekdayIsNoPlace() {
        let m = X.extract(["La réunion des chefs d'Etat se tiendra a Etat major mercredi.", "Le sommet aura lieu à Lundi."],
                          events: [("mercredi", Self.sep3)])
        #expect(m.allSatisfy { $0.place != "Etat" && $0.place != "Lundi" })
    }

    @Test func lunchCuesInBothLanguages() {
        let fr = X.extract(["Friedrich Merz et Volodymyr Zelensky déjeunent à la chancellerie fédérale."],
                           date: SimpleDate(year: 2025, month: 12, day: 15), names: ["Friedrich Merz", "Volodymyr Zelensky"])
        #expect(fr.first?.kind == .lunch)
        #expect(fr.first?.participants == ["Friedrich Merz", "Volodymyr Zelensky"])
        #expect(fr.first?.place == "Berlin")
        let en = X.extract(["Zelenskyy had spoken with Steve Witkoff by phone on Saturday."], lang: "en",
                           events: [("on Saturday", PartialDate(year: 2025, month: 12, day: 6))], names: ["Zelenskyy", "Steve Witkoff"])
        #expect(en.first?.kind == .call)
        #expect(en.first?.participants == ["Zelenskyy", "Steve Witkoff"])
    }

    @Test func theLexiconsHoldEachLanguageApart() {
        #expect(MeetingLexicon.french.cues.contains { $0.words == ["s'", "est", "reunie"] })
        #expect(!MeetingLexicon.french.cues.contains { $0.words == ["met"] })
        #expect(MeetingLexicon.english.cues.contains { $0.words == ["had", "spoken", "with"] })
        #expect(MeetingLexicon.all.cues.count == MeetingLexicon.french.cues.count + MeetingLexicon.english.cues.count)
        // Every word of a table is folded, as the rules compare them.
        for lexicon in [MeetingLexicon.french, MeetingLexicon.english] {
            for word in lexicon.connectors.union(lexicon.relations).union(lexicon.notPlaces).union(lexicon.plannedWords) {
                #expect(MeetingFolding.fold(word) == word)
            }
        }
    }
}
