/// Gives a meeting cue its date: a date written in its own words, before the first cue of the
/// sentence, the date of the meeting a back-reference points to ("cette réunion"), or the clip's
/// own day when the sentence tells of that day ("reçoit", "dans la foulée", "en fin de journée").
struct MeetingDateFinder: Sendable {
    /// A date of the sentence, with the token it starts at.
    struct PlacedDate: Sendable {
        var date: PartialDate
        var token: Int
    }

    private static let presentWords: Set<String> = [
        "aujourd'hui", "recoit", "accueille", "reunira", "reunit", "prevu", "prevue", "today", "tonight",
        "hosts", "gathers", "foulee",
    ]
    private static let presentPairs: Set<String> = [
        "ce matin", "ce soir", "cet apres-midi", "de journee", "se tient", "se tiendra", "this morning",
        "this afternoon", "later today", "is due", "are due", "est prevue", "est prevu", "will gather",
    ]

    /// Verbs of speech: a date right after one is when something was said ("her office said on Monday").
    private static let speech: Set<String> = [
        "said", "says", "told", "announced", "added", "confirmed", "dit", "declare", "indique", "annonce",
        "precise", "affirme", "explique", "confirme", "ajoute",
    ]
    /// Words that put the speech at the meeting ("a-t-il dit mercredi lors d'une conférence de presse").
    private static let occasions: Set<String> = ["lors", "cours", "during", "ouverture", "marge", "sidelines", "at"]

    /// The date written for `cue`, nearest first in its own words, then before the sentence's first cue.
    func writtenDate(for cue: MeetingCue, segmentEnd: Int, firstCueStart: Int, dates all: [PlacedDate],
                     tokens: [MeetingToken]) -> PartialDate? {
        let spokenAtTheMeeting = (max(0, cue.start - 3)..<cue.start).contains { Self.occasions.contains(tokens[$0].folded) }
        let dates = spokenAtTheMeeting ? all : all.filter { d in
            !(max(0, d.token - 2)..<min(d.token, tokens.count)).contains { Self.speech.contains(tokens[$0].folded) }
        }
        let own = dates.filter { $0.token >= cue.start && $0.token < segmentEnd }
        if let nearest = own.min(by: { abs($0.token - cue.start) < abs($1.token - cue.start) }) { return nearest.date }
        return dates.last { $0.token < firstCueStart }?.date
    }

    /// Whether a sentence with no written date tells of the clip's own day.
    func tellsOfTheDay(_ tokens: [MeetingToken], cue: MeetingCue) -> Bool {
        if cue.isPresent { return true }
        for (i, token) in tokens.enumerated() where Self.presentWords.contains(token.folded) {
            // "Dans la foulée, …" tells of the day; "dans la foulée de son sommet" of another event.
            if token.folded == "foulee", i + 1 < tokens.count, ["de", "du", "d'", "des"].contains(tokens[i + 1].folded) { continue }
            return true
        }
        return tokens.indices.dropLast().contains { Self.presentPairs.contains(tokens[$0].folded + " " + tokens[$0 + 1].folded) }
    }
}
