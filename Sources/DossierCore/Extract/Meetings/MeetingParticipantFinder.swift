/// Finds who takes part in a meeting: the subject of "a reçu", "s'est entretenu avec", the objects
/// and the names after the meeting noun ("réunissant X et Y", "avec X", "dont X"), and the subject
/// of "participe à", "lors de" — not everyone the sentence names.
struct MeetingParticipantFinder: Sendable {
    /// A name found in a sentence, by token span.
    struct NameSpan: Sendable, Hashable {
        var name: String
        var start: Int
        var end: Int
    }

    /// Words before a meeting noun that make the sentence's subject one of its participants.
    private static let connectors: Set<String> = [
        "lors", "cours", "pendant", "ouverture", "participe", "participent", "participera", "participeront",
        "participait", "participer", "prend", "prennent", "joindre", "tenu", "tient", "tiendra", "tiendront",
        "organise", "organisera", "during", "at", "attend", "attends", "attended", "attending", "held", "holds",
        "hold", "joined", "joins", "join", "participated", "took", "take", "takes", "marge", "sidelines",
        "mene", "menent", "menees", "conduit", "offert", "offre", "offrira", "hosted", "attendu", "attendus",
    ]
    /// Connectors that place the whole sentence at the meeting ("lors de", "en marge de").
    private static let occasions: Set<String> = ["lors", "ouverture", "marge", "sidelines", "during"]
    /// Words before a name that make it something other than a participant ("gendre de X", "selon X").
    private static let relations: Set<String> = ["selon", "according", "gendre", "conseiller", "conseillere",
                                                 "entourage", "porte-parole", "spokesman", "spokeswoman",
                                                 "son-in-law", "beau-fils", "adviser", "advisor", "aide"]
    /// Words just before "de X" that keep X a participant ("aux côtés de X", "en présence de X").
    private static let companions: Set<String> = ["cote", "cotes", "presence", "compagnie", "behalf"]
    /// Words that report speech; a name right after one is the speaker, not a participant.
    private static let reporting: Set<String> = [
        "declare", "a-t-il", "a-t-elle", "estime", "ajoute", "precise", "affirme", "indique", "explique",
        "said", "says", "told", "added", "selon", "souligne", "assure",
    ]
    /// Words that open a reported clause: a name before one is not the subject of what follows.
    private static let clauseOpeners: Set<String> = ["que", "qu'", "that"]

    /// Names taking part in the meeting of `cue`, whose own words run up to `segmentEnd`.
    func participants(of cue: MeetingCue, segmentEnd: Int, previousCueEnd: Int, in tokens: [MeetingToken],
                      names: [NameSpan]) -> [String] {
        var found: [String] = []
        func add(_ name: String) { if !found.contains(name) { found.append(name) } }

        let before = names.filter { $0.start >= previousCueEnd && $0.end <= cue.start }
        let subjectCounts = cue.isVerb || hasConnector(before: cue.start, in: tokens)
        // "X a déclaré que …, lors de la réunion": the meeting is where X spoke.
        let atTheMeeting = (max(0, cue.start - 6)..<cue.start).contains { Self.occasions.contains(tokens[$0].folded) }
        if subjectCounts {
            for span in before where !isExcluded(span, in: tokens)
                && (atTheMeeting || !hasClauseOpener(span.end..<cue.start, in: tokens)) {
                add(span.name)
            }
        }
        for span in names where span.start >= cue.start && span.start < segmentEnd && !isExcluded(span, in: tokens) {
            add(span.name)
        }
        // A role written before the speaker's name ("Ukrainian President Volodymyr Zelensky said") is the speaker too.
        let speakers = Set(names.filter { $0.start >= cue.start && $0.start < segmentEnd && isSpeaker($0, in: tokens) }.map(\.name))
        return found.filter { !speakers.contains($0) }
    }

    private func hasConnector(before start: Int, in tokens: [MeetingToken]) -> Bool {
        (max(0, start - 10)..<start).contains { Self.connectors.contains(tokens[$0].folded) }
    }

    private func hasClauseOpener(_ range: Range<Int>, in tokens: [MeetingToken]) -> Bool {
        range.clamped(to: 0..<tokens.count).contains { Self.clauseOpeners.contains(tokens[$0].folded) }
    }

    private func isExcluded(_ span: NameSpan, in tokens: [MeetingToken]) -> Bool {
        let i = span.start
        guard i > 0, i - 1 < tokens.count else { return false }
        let previous = tokens[i - 1].folded
        if Self.reporting.contains(previous) || (i > 1 && Self.reporting.contains(tokens[i - 2].folded)) { return true }
        if Self.relations.contains(previous) { return true }
        if (max(0, i - 4)..<i).contains(where: { ["selon", "according"].contains(tokens[$0].folded) }) { return true }
        if ["de", "d'", "du", "of"].contains(previous) {
            let before = i > 1 ? tokens[i - 2].folded : ""
            if Self.companions.contains(before) { return false }
            return true
        }
        // "le gendre du président Trump", "the son-in-law of President Trump": a title may stand between.
        for k in 2...3 where i > k && ["de", "d'", "du", "of"].contains(tokens[i - k].folded)
            && Self.relations.contains(tokens[i - k - 1].folded) && (k == 2 || !tokens[i - 1].isCapitalized) {
            return true
        }
        return isSpeaker(span, in: tokens)
    }

    /// "…, Ukrainian President Volodymyr Zelensky said on Friday": the speaker, not a participant.
    private func isSpeaker(_ span: NameSpan, in tokens: [MeetingToken]) -> Bool {
        guard span.start > 0, span.start - 1 < tokens.count, !["et", "and"].contains(tokens[span.start - 1].folded) else { return false }
        guard let verb = (span.end..<min(span.end + 2, tokens.count)).first(where: { Self.reporting.contains(tokens[$0].folded) }) else {
            return false
        }
        // "Emmanuel Macron a déclaré que …" after "s'exprimant au côté de X": the main clause's
        // subject, who took part; only a speaker tagged on after the report ("…, Zelensky said") is left out.
        return !((verb + 1)..<min(verb + 3, tokens.count)).contains { Self.clauseOpeners.contains(tokens[$0].folded) }
    }
}
