/// Gives a meeting cue its date: a date written in its own words, before the first cue of the
/// sentence, the date of the meeting a back-reference points to ("cette réunion"), or the clip's
/// own day when the sentence tells of that day ("reçoit", "dans la foulée", "en fin de journée").
struct MeetingDateFinder: Sendable {
    /// A date of the sentence, with the token it starts at.
    struct PlacedDate: Sendable {
        var date: PartialDate
        var token: Int
        /// The last token of the date's words ("son sommet en Alaska" runs over the meeting noun).
        var last: Int? = nil
    }

    var lexicon: MeetingLexicon

    /// The date written for `cue`, nearest first in its own words, then before the sentence's first cue.
    func writtenDate(for cue: MeetingCue, segmentEnd: Int, firstCueStart: Int, dates all: [PlacedDate],
                     tokens: [MeetingToken]) -> PartialDate? {
        let spokenAtTheMeeting = (max(0, cue.start - 3)..<cue.start).contains { lexicon.speechOccasions.contains(tokens[$0].folded) }
        let dates = spokenAtTheMeeting ? all : all.filter { d in
            !(max(0, d.token - 2)..<min(d.token, tokens.count)).contains { lexicon.speechVerbs.contains(tokens[$0].folded) }
        }
        // A date whose words run into the next cue ("des discussions … dans la foulée de son sommet
        // en Alaska") is that cue's; one whose words start just before this cue and run over it
        // ("son sommet en Alaska") is this one's.
        let own = dates.filter { d in
            let last = d.last ?? d.token
            if d.token < cue.start { return d.token >= cue.start - 2 && last >= cue.end && last < segmentEnd }
            return d.token < segmentEnd && last < max(segmentEnd, cue.end) && !isInOtherRelative(d.token, after: cue, tokens)
        }
        if let nearest = own.min(by: { abs($0.token - cue.start) < abs($1.token - cue.start) }) { return nearest.date }
        // "in an Oct. 16 phone call", "lors du 16 octobre entretien": a date written just before the noun.
        if !cue.isVerb, let just = dates.last(where: { $0.token < cue.start && $0.token >= cue.start - 3 && $0.token > firstCueStart }) {
            return just.date
        }
        return dates.last { $0.token < firstCueStart }?.date
    }

    /// Whether the date at `token` is written in a relative clause about another noun than the
    /// meeting ("the summit …, which ended without a deal to end the war that began in February
    /// 2022", "le sommet sur la guerre qui a commencé en 2022"): the clause opens after a
    /// lower-case word that is neither the meeting's own word nor a group of people.
    private func isInOtherRelative(_ token: Int, after cue: MeetingCue, _ tokens: [MeetingToken]) -> Bool {
        guard token > cue.end + 1 else { return false }
        for j in (cue.end + 1)..<min(token, tokens.count) where lexicon.relativeOpeners.contains(tokens[j].folded) {
            let antecedent = tokens[j - 1]
            if !antecedent.isCapitalized, !lexicon.collectives.contains(antecedent.folded),
               !lexicon.relativeAntecedents.contains(antecedent.folded) { return true }
        }
        return false
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
