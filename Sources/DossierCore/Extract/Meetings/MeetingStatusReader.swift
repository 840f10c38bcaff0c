/// Tells whether a meeting, as one clip reports it, took place, is still to come, or was called
/// off: "a accueilli" and "met" tell of a meeting held; "recevra", "est prévue", "will host", a
/// day after the clip's own, of one to come; "annulé", "called off" of one that will not be.
struct MeetingStatusReader: Sendable {
    var lexicon: MeetingLexicon
    /// The clip's publication day, when known.
    var clipDate: SimpleDate?

    /// How many words around the cue may tell its tense ("will travel to Brussels later today for talks").
    private static let reach = 8

    /// The status of the meeting of `cue`, whose clause spans `clause` in `tokens`.
    func status(of cue: MeetingCue, date: PartialDate?, within clause: Range<Int>, in tokens: [MeetingToken]) -> MeetingStatus {
        let lower = max(clause.lowerBound, cue.start - Self.reach, 0)
        let upper = min(clause.upperBound, cue.end + Self.reach, tokens.count)
        let window = lower..<max(lower, upper)
        // "Le sommet prévu à Budapest … a été annulé": called off anywhere in the meeting's clause.
        let whole = clause.clamped(to: 0..<tokens.count)
        if whole.contains(where: { lexicon.cancelledWords.contains(tokens[$0].folded) })
            || lexicon.cancelledPairs.occurs(in: tokens, whole) {
            return .cancelled
        }
        // A day before the clip's is past, a day after it still to come, whatever the verbs say.
        if let date, let order = compare(date) {
            if order < 0 { return .held }
            if order > 0 { return .planned }
        }
        if cue.isFuture { return .planned }
        // "a accueilli", "met": a verb in the past tells of a meeting held.
        if cue.isVerb, !cue.isPresent, !cue.isInfinitive { return .held }
        for i in window where !(cue.start..<cue.end).contains(i) || cue.isInfinitive {
            let token = tokens[i]
            if lexicon.plannedWords.contains(token.folded) || lexicon.isFutureForm(token) { return .planned }
        }
        return lexicon.plannedPairs.occurs(in: tokens, window) ? .planned : .held
    }

    /// The order of `date` against the clip's day at the coarser precision of the two, or nil
    /// when the clip has no date or the two fall together.
    private func compare(_ date: PartialDate) -> Int? {
        guard let clip = clipDate else { return nil }
        if date.year != clip.year { return date.year < clip.year ? -1 : 1 }
        guard let month = date.month else { return nil }
        if month != clip.month { return month < clip.month ? -1 : 1 }
        guard let day = date.day, date.approx == nil else { return nil }
        return day == clip.day ? nil : (day < clip.day ? -1 : 1)
    }
}
