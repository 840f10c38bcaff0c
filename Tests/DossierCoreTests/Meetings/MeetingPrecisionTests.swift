import Testing
@testable import DossierCore

/// Rules that keep a large dossier's meetings precise: what ties a clip to another clip's
/// meeting, which meetings are too vague to keep, and when a meeting may date a clip.
@Suite struct MeetingPrecisionTests {
    typealias T = MeetingLinkerTests
    static let sep15 = PartialDate(year: 2026, month: 9, day: 15)
    static let coalition = "Coalition des volontaires"

    @Test func placelessMentionWithNothingSharedStaysApart() {
        let a = T.article("a", [T.mention(.summit, Self.sep15, "Turin", ["Macron"], forum: Self.coalition)])
        let b = T.article("b", [T.mention(.meeting, Self.sep15, nil, ["Rutte"], sentence: "Les réunions du 15 septembre ont aidé.")])
        let (meetings, perArticle) = MeetingLinker().link([a, b], personIDs: [T.ids, T.ids])
        #expect(meetings.count == 2)
        #expect(perArticle[0] != perArticle[1])
    }

    @Test func placelessMentionOfTheSameGroupJoins() {
        let a = T.article("a", [T.mention(.summit, Self.sep15, "Turin", ["Macron"], forum: Self.coalition)])
        let b = T.article("b", [T.mention(.summit, Self.sep15, nil, [], forum: Self.coalition, sentence: "Le sommet du 15 septembre.")])
        let (meetings, perArticle) = MeetingLinker().link([b, a], personIDs: [T.ids, T.ids])
        #expect(meetings.map(\.title) == ["Sommet de la coalition des volontaires — Turin, 15 septembre 2026"])
        #expect(perArticle == [[meetings[0].id], [meetings[0].id]])
    }

    @Test func placelessMentionNamingAnotherCityDoesNotJoin() {
        let a = T.article("a", [T.mention(.summit, Self.sep15, "Turin", ["Macron"], forum: Self.coalition)])
        let b = T.article("b", [T.mention(.summit, Self.sep15, nil, ["Macron"], forum: Self.coalition,
                                          sentence: "Il a évoqué Milan, où le sommet du 15 septembre a eu lieu.")])
        #expect(MeetingLinker().link([a, b], personIDs: [T.ids, T.ids]).meetings.count == 2)
    }

    @Test func yearOnlyMentionJoinsOnlyTheSingleClusterOfSameGroupAndPlace() {
        let y = PartialDate(year: 2025)
        let a = T.article("a", [T.mention(.summit, y, "Séville", ["Macron"], forum: Self.coalition)])
        let b = T.article("b", [T.mention(.summit, y, "Tallinn", ["Rutte"], forum: Self.coalition)])
        let c = T.article("c", [T.mention(.summit, y, "Séville", ["Meloni"], forum: Self.coalition)])
        let d = T.article("d", [T.mention(.summit, y, nil, ["Trump"], forum: Self.coalition)])
        let (meetings, perArticle) = MeetingLinker().link([a, b, c, d], personIDs: [T.ids, T.ids, T.ids, T.ids])
        #expect(meetings.map(\.title) == ["Sommet de la coalition des volontaires — Séville, 2025",
                                          "Sommet de la coalition des volontaires — Tallinn, 2025"])
        #expect(perArticle[0] == perArticle[2])
        #expect(perArticle[3] == [])
    }

    @Test func vagueMeetingsAreLeftOut() {
        let d14 = PartialDate(year: 2026, month: 12, day: 14)
        let a = T.article("a", [
            T.mention(.pressConference, d14, nil, sentence: "Une conférence de presse a suivi."),
            T.mention(.summit, PartialDate(year: 2025), "Séville", sentence: "Le sommet de Séville en 2025."),
            T.mention(.talks, nil, "Genève", sentence: "Des discussions à Genève."),
            T.mention(.call, d14, nil, ["Macron"], sentence: "Macron a eu un entretien téléphonique."),
            T.mention(.meeting, PartialDate(year: 2025), "Doha", ["Rutte"], sentence: "Rutte s'est rendu à Doha."),
        ])
        #expect(MeetingLinker().link([a], personIDs: [T.ids]).meetings.map(\.title) == [
            "Rencontre Rutte — Doha, 2025", "Entretien téléphonique Macron — 14 décembre 2026",
        ])
    }

    static let summits: [Meeting] = {
        let a = T.article("a", date: SimpleDate(year: 2026, month: 1, day: 6), [
            T.mention(.summit, T.jan6, "Paris", ["Meloni"], forum: coalition),
        ])
        let b = T.article("b", date: SimpleDate(year: 2025, month: 12, day: 16), [
            T.mention(.summit, PartialDate(year: 2025, month: 12, day: 16), "Berlin", ["Macron"], forum: coalition),
        ])
        return MeetingLinker().link([a, b], personIDs: [T.ids, T.ids]).meetings
    }()

    static func undated(_ text: String) -> Article {
        Article(source: "u", blocks: [.paragraph(text, line: 1)])
    }

    @Test(arguments: [
        ("Le sommet de ce mardi à Paris de la Coalition des volontaires.", SimpleDate(year: 2026, month: 1, day: 6)),
        // No place: several Tuesdays of the coalition would do.
        ("Le sommet de ce mardi de la Coalition des volontaires.", nil),
        // The place, but neither the group nor a participant.
        ("Le sommet de ce mardi à Paris.", nil),
        // A full date far from the meeting's.
        ("Le sommet de ce mardi à Paris de la Coalition des volontaires, après l'accord du 3 mars 2025.", nil),
    ] as [(String, SimpleDate?)])
    func meetingDatesAClipOnlyWhenOneFitsWell(text: String, expected: SimpleDate?) {
        #expect(MeetingDater().date(for: Self.undated(text), people: [], personIDs: [:], meetings: Self.summits) == expected)
    }
}
