import Testing
@testable import DossierCore

/// A clip that tells of a meeting the story calendar dates, without dating it itself, joins that
/// meeting, as a reader of the whole dossier links it.
@Suite struct CalendarMentionTests {
    /// The dossier of `clips` (file name, text) built together: each clip's meetings as
    /// "YYYY-MM-DD place", and how many meetings the dossier has.
    private func build(_ clips: [(String, String)]) -> (byClip: [String: [String]], count: Int) {
        var timings = StageTimings()
        let files = clips.map { SourceFile(path: "seeds/\($0.0)", text: $0.1) }
        let dossier = DossierBuilder(settings: DossierSettings()).build(files, timings: &timings).dossier
        let meetings = Dictionary(dossier.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byClip: [String: [String]] = [:]
        for entry in dossier.articles {
            let name = entry.article.source.split(separator: "/").last.map(String.init) ?? entry.article.source
            byClip[name] = entry.meetings.compactMap { meetings[$0] }.map { "\($0.date?.iso ?? "none") \($0.place ?? "none")" }.sorted()
        }
        return (byClip, dossier.meetings.count)
    }

    private static let maraLago = ("a.txt", """
     date 2025-12-29 Trump hosts Zelensky

    Donald Trump hosted Volodymyr Zelensky at Mar-a-Lago on Sunday, Dec. 28, 2025, for talks on the peace plan.

    """)

    @Test func aVenueAndItsPeopleNameTheCalendarMeeting() {
        let later = ("b.txt", """
         date 2026-01-05 A month of diplomacy

        The day before the call, Donald Trump had stood beside Volodymyr Zelensky at Mar-a-Lago and declared the two sides closer than ever.

        """)
        let result = build([Self.maraLago, later])
        #expect(result.byClip["b.txt"] == ["2025-12-28 Palm Beach"])
    }

    @Test func aDayCountedFromTheMeetingDoesNotMakeAnotherOne() {
        let french = ("c.txt", """
         date 2026-01-06 Déclaration de Paris

        Neuf jours après sa rencontre avec Donald Trump à Mar-a-Lago, Volodymyr Zelensky a salué un document concret.

        """)
        let result = build([Self.maraLago, french])
        #expect(result.byClip["c.txt"] == ["2025-12-28 Palm Beach"])
        #expect(result.count == 1)
    }

    @Test func twoOfItsPeopleAtItsPlaceNameIt() {
        let berlin = ("a.txt", """
         date 2025-12-15 Berlin talks

        Volodymyr Zelensky met Steve Witkoff and Jared Kushner in Berlin on Sunday, Dec. 14, 2025, for talks on security guarantees.

        """)
        let analysis = ("b.txt", """
         date 2025-12-30 Analysis

        In mid-December, Volodymyr Zelensky spent two days in Berlin with Steve Witkoff and Jared Kushner.

        """)
        let result = build([berlin, analysis])
        #expect(result.byClip["b.txt"] == ["2025-12-14 Berlin"])
    }

    @Test func otherPeopleAtThePlaceAreAnotherMeeting() {
        let geneva = ("a.txt", """
         date 2025-11-24 Geneva talks

        Marco Rubio met Andriy Yermak in Geneva on Sunday, Nov. 23, 2025, for talks on the US peace plan.

        """)
        let other = ("b.txt", """
         date 2026-02-10 Ministers

        Keir Starmer met Friedrich Merz in Geneva on Monday to talk about energy. Andriy Yermak was in Geneva too, on holiday.

        """)
        let result = build([geneva, other])
        #expect(result.byClip["b.txt"] == ["2026-02-09 Genève"])
    }

    @Test func twoMeetingsThatFitEquallyLeaveTheClipAlone() {
        let first = ("a.txt", """
         date 2025-12-03 Berlin

        Volodymyr Zelensky met Steve Witkoff in Berlin on Tuesday, Dec. 2, 2025, for talks.

        """)
        let second = ("b.txt", """
         date 2025-12-21 Berlin again

        Volodymyr Zelensky met Steve Witkoff in Berlin on Saturday, Dec. 20, 2025, for talks.

        """)
        let vague = ("c.txt", """
         date 2026-01-05 Analysis

        Volodymyr Zelensky spent a day in Berlin with Steve Witkoff.

        """)
        let result = build([first, second, vague])
        #expect(result.byClip["c.txt"]?.contains { $0.hasPrefix("2025-12-02") || $0.hasPrefix("2025-12-20") } != true)
    }

    @Test func aCapitalNamedForItsGovernmentIsNoPlace() {
        let moscow = ("a.txt", """
         date 2025-12-03 Kremlin

        Vladimir Putin received Steve Witkoff in Moscow on Tuesday, Dec. 2, 2025, for talks on the peace plan.

        """)
        let french = ("b.txt", """
         date 2025-12-20 Concessions

        Une rencontre entre Vladimir Poutine et Steve Witkoff n'a pas permis d'avancer sur les concessions exigées par Moscou.

        """)
        let result = build([moscow, french])
        #expect(result.byClip["b.txt"]?.contains("2025-12-02 Moscou") != true)
    }

    @Test func aClipBeforeTheMeetingAnnouncesItAndAPastOneAfterItDoesNotLinkForwards() {
        let announce = ("b.txt", """
         date 2025-12-26 Zelensky en Floride

        Le président Volodymyr Zelensky rencontrera Donald Trump à Mar-a-Lago, selon son entourage.

        """)
        let result = build([Self.maraLago, announce])
        #expect(result.byClip["b.txt"] == ["2025-12-28 Palm Beach"])
        // A clip of before the meeting that tells of a past visit there is not about it.
        let past = ("c.txt", """
         date 2025-12-10 Souvenirs

        Volodymyr Zelensky avait rencontré Donald Trump à Mar-a-Lago en 2024.

        """)
        let before = build([Self.maraLago, past])
        #expect(before.byClip["c.txt"]?.contains("2025-12-28 Palm Beach") != true)
    }
}
