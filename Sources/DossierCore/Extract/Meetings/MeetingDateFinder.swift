/// Gives a meeting cue its date: a date written in its own words, before the first cue of the
/// sentence, the date of the meeting a back-reference points to ("cette réunion"), or the clip's
/// own day when the sentence tells of that day ("reçoit", "dans la foulée", "en fin de journée").
struct MeetingDateFinder: Sendable {
    /// A date of the sentence, with the token it starts at.
    struct PlacedDate: Sendable {
        var date: PartialDate
        var token: Int
    }

    var lexicon: MeetingLexicon

    /// The date written for `cue`, nearest first in its own words, then before the sentence's first cue.
    func writtenDate(for cue: MeetingCue, segmentEnd: Int, firstCueStart: Int, dates all: [PlacedDate],
                     tokens: [MeetingToken]) -> PartialDate? {
        let spokenAtTheMeeting = (max(0, cue.start - 3)..<cue.start).contains { lexicon.speechOccasions.contains(tokens[$0].folded) }
        let dates = spokenAtTheMeeting ? all : all.filter { d in
            !(max(0, d.token - 2)..<min(d.token, tokens.count)).contains { lexicon.speechVerbs.contains(tokens[$0].folded) }
        }
        let own = dates.filter { $0.token >= cue.start && $0.token < segmentEnd }
        if let nearest = own.min(by: { abs($0.token - cue.start) < abs($1.token - cue.start) }) { return nearest.date }
        return dates.last { $0.token < firstCueStart }?.date
    }

    /// Whether a sentence with no written date tells of the clip's own day.
    func tellsOfTheDay(_ tokens: [MeetingToken], cue: MeetingCue) -> Bool {
        if cue.isPresent { return true }
        for (i, token) in tokens.enumerated() where lexicon.presentWords.contains(token.folded) {
            // "Dans la foulée, …" tells of the day; "dans la foulée de son sommet" of another event.
            if lexicon.dayLinks.contains(token.folded), i + 1 < tokens.count, lexicon.genitives.contains(tokens[i + 1].folded) { continue }
            return true
        }
        return lexicon.presentPairs.occurs(in: tokens, 0..<tokens.count)
    }
}
