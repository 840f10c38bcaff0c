/// Tells talks in general ("les négociations de paix se poursuivent", "des discussions depuis
/// plusieurs mois", "dans l'hypothèse de négociations directes") from one concrete occurrence.
struct MeetingGenericFilter: Sendable {
    var lexicon: MeetingLexicon

    /// Whether the meeting of `cue`, whose words run up to `segmentEnd`, is talk in general.
    func isGeneric(_ cue: MeetingCue, segmentEnd: Int, in tokens: [MeetingToken]) -> Bool {
        guard cue.kind == .talks || cue.isPlural else { return false }
        if cue.refersBack { return false }
        let lower = max(0, cue.start - 5)
        let upper = min(tokens.count, max(segmentEnd, cue.end))
        for i in lower..<upper {
            let word = tokens[i].folded
            if lexicon.genericMarkers.contains(word) { return true }
            // "plusieurs réunions", "a dozen meetings"; not "discussions avec plusieurs dirigeants".
            if i < cue.start, lexicon.quantityMarkers.contains(word) { return true }
            if i + 1 < tokens.count, lexicon.genericPairs.contains(word, tokens[i + 1].folded) { return true }
        }
        return false
    }
}
