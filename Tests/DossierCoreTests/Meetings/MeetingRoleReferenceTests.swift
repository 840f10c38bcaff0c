import Testing
@testable import DossierCore

@Suite struct MeetingRoleReferenceTests {
    private func meetings(_ text: String) -> [MeetingMention] {
        DossierBuilder(settings: DossierSettings()).article(from: SourceFile(path: "seeds/a.txt", text: text)).mentions.meetings
    }

    @Test func aPluperfectPhoneCallIsACall() {
        let found = meetings(" date 2026-01-06 Appels de la semaine\n\nLundi soir, Volodymyr Zelensky s'était entretenu par téléphone avec Donald Trump.\n")
        #expect(found.map(\.kind) == [.call])
        #expect(found.first?.date == PartialDate(year: 2026, month: 1, day: 5))
    }

    @Test func aRoleTheClipGaveOnePersonStandsForThatPerson() {
        let found = meetings("""
        Zelensky à Paris

        Le président ukrainien Volodymyr Zelensky est arrivé mardi 6 janvier 2026 à Paris.

        Lundi soir, le président ukrainien s'était entretenu par téléphone avec Donald Trump.

        """)
        #expect(found.first(where: { $0.kind == .call })?.participants == ["Volodymyr Zelensky", "Donald Trump"])
    }
}

@Suite struct MeetingSpeakerTests {
    @Test func theSubjectWhoSpeaksAlongsideTakesPart() {
        let text = """
         date 2025-09-04 Réunion des alliés

        S'exprimant au côté de Volodimir Zelensky mercredi à Paris, le président français Emmanuel Macron a déclaré que la coalition approuverait jeudi les projets.

        """
        let meetings = DossierBuilder(settings: DossierSettings()).article(from: SourceFile(path: "seeds/a.txt", text: text)).mentions.meetings
        #expect(meetings.first(where: { $0.kind == .pressConference })?.participants == ["Volodimir Zelensky", "Emmanuel Macron"])
    }
}
