/// Finds the meeting nouns and verbs of a sentence.
struct MeetingCueFinder: Sendable {
    var lang: String

    /// The cues of a sentence, in order; `personStarts` are the token indices where names start.
    func cues(in tokens: [MeetingToken], personStarts: Set<Int>) -> [MeetingCue] {
        let index = MeetingCueLexicon.entries(forLanguage: lang)
        var cues: [MeetingCue] = []
        var i = 0
        while i < tokens.count {
            guard let entries = index[tokens[i].folded],
                  let entry = entries.first(where: { accepts($0, at: i, in: tokens, personStarts: personStarts) })
            else { i += 1; continue }
            let end = i + entry.words.count
            let text = tokens[i..<end].map(\.text).joined(separator: " ")
            cues.append(MeetingCue(kind: entry.kind, text: text, start: i, end: end, isVerb: entry.isVerb,
                                   isPresent: entry.isPresent, isPlural: entry.isPlural,
                                   refersBack: !entry.isVerb && refersBack(at: i, in: tokens), isAgreement: entry.isAgreement))
            i = end
        }
        return fuse(cues, in: tokens)
    }

    private func accepts(_ entry: MeetingCueLexicon.Entry, at i: Int, in tokens: [MeetingToken],
                         personStarts: Set<Int>) -> Bool {
        guard tokens.matches(entry.words, at: i) else { return false }
        let previous = i > 0 ? tokens[i - 1].folded : ""
        if entry.needsDeterminer, !MeetingCueLexicon.determiners.contains(previous) { return false }
        if entry.isAgreement { return MeetingAgreements.hasCollectiveSubject(before: i, in: tokens) }
        if entry.kind == .videoConference, ["en", "par", "via", "by"].contains(previous) { return false }
        if entry.needsPerson {
            if MeetingCueLexicon.determiners.contains(previous) { return false }
            let end = i + entry.words.count
            if end < tokens.count, ["with", "avec"].contains(tokens[end].folded) { return true }
            // "Trump and Putin met in Anchorage": people named just before a reciprocal verb.
            if ["met", "meet", "meets"].contains(entry.words.last ?? ""),
               (max(0, i - 4)..<i).contains(where: { personStarts.contains($0) }) { return true }
            return (end..<min(end + 12, tokens.count)).contains { personStarts.contains($0) }
        }
        return true
    }

    private func refersBack(at i: Int, in tokens: [MeetingToken]) -> Bool {
        if i > 0, MeetingCueLexicon.backReferences.contains(tokens[i - 1].folded) { return true }
        if i > 1, MeetingCueLexicon.backReferences.contains(tokens[i - 2].folded),
           !["de", "d'", "of", "a", "en"].contains(tokens[i - 1].folded) { return true }
        return false
    }

    /// "reçoit Zelensky pour un déjeuner": a verb and the noun that says what kind of meeting it is
    /// are one cue.
    private func fuse(_ cues: [MeetingCue], in tokens: [MeetingToken]) -> [MeetingCue] {
        var out: [MeetingCue] = []
        var skip = Set<Int>()
        for (n, cue) in cues.enumerated() where !skip.contains(n) {
            // "a dinner hosted by King Willem-Alexander": the host is one more participant of the dinner.
            if cue.isVerb, cue.end < tokens.count, ["by", "par"].contains(tokens[cue.end].folded),
               let last = out.last, !last.isVerb, cue.start - last.end <= 8 {
                out[out.count - 1].end = cue.end
                continue
            }
            var merged = cue
            if cue.isVerb, cue.kind == .meeting, n + 1 < cues.count {
                let noun = cues[n + 1]
                let between = tokens[cue.end..<noun.start].map(\.folded)
                if !noun.isVerb, noun.start - cue.end <= 25, between.contains(where: { ["pour", "for", "over", "during", "lors", "autour"].contains($0) }) {
                    merged.kind = noun.kind
                    merged.end = noun.end
                    merged.text = cue.text + " … " + noun.text
                    skip.insert(n + 1)
                }
            }
            out.append(merged)
        }
        return out
    }
}
