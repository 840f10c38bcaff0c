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

    var lexicon: MeetingLexicon

    /// Names taking part in the meeting of `cue`, whose own words run up to `segmentEnd`.
    func participants(of cue: MeetingCue, segmentEnd: Int, previousCueEnd: Int, in tokens: [MeetingToken],
                      names: [NameSpan]) -> [String] {
        var found: [String] = []
        func add(_ name: String) { if !found.contains(name) { found.append(name) } }

        let before = names.filter { $0.start >= previousCueEnd && $0.end <= cue.start }
        let subjectCounts = cue.isVerb || (hasConnector(before: cue.start, in: tokens) && !isComplement(cue, in: tokens))
        // "X a déclaré que …, lors de la réunion": the meeting is where X spoke.
        let atTheMeeting = (max(0, cue.start - 6)..<cue.start).contains { lexicon.occasions.contains(tokens[$0].folded) }
        if subjectCounts {
            for span in before where !isExcluded(span, in: tokens)
                && (atTheMeeting || !hasClauseOpener(span.end..<cue.start, in: tokens)) {
                add(span.name)
            }
        }
        // "…, a indiqué l'entourage du chef de l'Etat, qui précise que Donald Trump serait appelé": a
        // report after the meeting's words opens another clause; who it names did not take part.
        let reportEnd = (cue.end..<min(segmentEnd, tokens.count)).first { lexicon.reporting.contains(tokens[$0].folded) }
            ?? segmentEnd
        for span in names where span.start >= cue.start && span.start < segmentEnd && !isExcluded(span, in: tokens) {
            if span.start > reportEnd, !isSpeaker(span, in: tokens) { continue }
            add(span.name)
        }
        // A role written before the speaker's name ("Ukrainian President Volodymyr Zelensky said") is the speaker too.
        let speakers = Set(names.filter { $0.start >= cue.start && $0.start < segmentEnd && isSpeaker($0, in: tokens) }.map(\.name))
        return found.filter { !speakers.contains($0) }
    }

    /// "présenter le résultat des discussions menées à Genève": a meeting noun that completes
    /// another noun is not what the sentence's subject takes part in.
    private func isComplement(_ cue: MeetingCue, in tokens: [MeetingToken]) -> Bool {
        guard !cue.isVerb else { return false }
        var j = cue.start - 1
        if j >= 0, lexicon.articles.contains(tokens[j].folded) { j -= 1 }
        guard j >= 1, lexicon.ofWords.contains(tokens[j].folded) else { return false }
        let head = tokens[j - 1].folded
        return !lexicon.connectors.contains(head) && !lexicon.occasions.contains(head) && !lexicon.placePrepositions.contains(head)
            && !lexicon.companions.contains(head) && !tokens[j - 1].isCapitalized
    }

    private func hasConnector(before start: Int, in tokens: [MeetingToken]) -> Bool {
        (max(0, start - 10)..<start).contains { lexicon.connectors.contains(tokens[$0].folded) }
    }

    private func hasClauseOpener(_ range: Range<Int>, in tokens: [MeetingToken]) -> Bool {
        range.clamped(to: 0..<tokens.count).contains { lexicon.clauseOpeners.contains(tokens[$0].folded) }
    }

    private func isExcluded(_ span: NameSpan, in tokens: [MeetingToken]) -> Bool {
        let i = span.start
        guard i > 0, i - 1 < tokens.count else { return false }
        let previous = tokens[i - 1].folded
        if lexicon.reporting.contains(previous) || (i > 1 && lexicon.reporting.contains(tokens[i - 2].folded)) { return true }
        if lexicon.relations.contains(previous) { return true }
        if (max(0, i - 4)..<i).contains(where: { lexicon.sources.contains(tokens[$0].folded) }) { return true }
        if lexicon.ofWords.contains(previous) {
            let before = i > 1 ? tokens[i - 2].folded : ""
            if lexicon.companions.contains(before) { return false }
            return true
        }
        // "le gendre du président Trump", "the son-in-law of President Trump": a title may stand between.
        for k in 2...3 where i > k && lexicon.ofWords.contains(tokens[i - k].folded)
            && lexicon.relations.contains(tokens[i - k - 1].folded) && (k == 2 || !tokens[i - 1].isCapitalized) {
            return true
        }
        return isSpeaker(span, in: tokens)
    }

    /// "…, Ukrainian President Volodymyr Zelensky said on Friday": the speaker, not a participant.
    private func isSpeaker(_ span: NameSpan, in tokens: [MeetingToken]) -> Bool {
        guard span.start > 0, span.start - 1 < tokens.count, !lexicon.andWords.contains(tokens[span.start - 1].folded) else { return false }
        // "…, Andriï Iermak, selon une source diplomatique": a source named after a person does not make them the speaker.
        guard let verb = (span.end..<min(span.end + 2, tokens.count)).first(where: {
            lexicon.reporting.contains(tokens[$0].folded) && !lexicon.sources.contains(tokens[$0].folded)
        }) else {
            return false
        }
        // "Emmanuel Macron a déclaré que …" after "s'exprimant au côté de X": the main clause's
        // subject, who took part; only a speaker tagged on after the report ("…, Zelensky said") is left out.
        return !((verb + 1)..<min(verb + 3, tokens.count)).contains { lexicon.clauseOpeners.contains(tokens[$0].folded) }
    }
}
