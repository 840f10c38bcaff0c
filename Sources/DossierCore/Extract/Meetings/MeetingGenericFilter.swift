/// Tells talks in general ("les négociations de paix se poursuivent", "des discussions depuis
/// plusieurs mois", "dans l'hypothèse de négociations directes") from one concrete occurrence.
struct MeetingGenericFilter: Sendable {
    private static let markers: Set<String> = [
        "depuis", "plusieurs", "poursuivent", "poursuit", "poursuivre", "prolongent", "ongoing", "continue",
        "continuent", "continuing", "hypothese", "eventuelles", "eventuels", "futures", "futurs", "months",
        "weeks", "mois", "semaines", "years", "annees", "absence", "lack", "sans", "without", "any", "aucune",
        "series", "via", "voie", "possible", "condition", "contexte", "context", "pourrait", "could",
        "would", "hypothetical", "eventual", "regular", "reguliers", "regulieres", "frequent", "frequentes",
    ]

    /// Whether the meeting of `cue`, whose words run up to `segmentEnd`, is talk in general.
    func isGeneric(_ cue: MeetingCue, segmentEnd: Int, in tokens: [MeetingToken]) -> Bool {
        guard cue.kind == .talks || cue.isPlural else { return false }
        if cue.refersBack { return false }
        let lower = max(0, cue.start - 5)
        let upper = min(tokens.count, max(segmentEnd, cue.end))
        for i in lower..<upper {
            let word = tokens[i].folded
            if Self.markers.contains(word) { return true }
            if word == "en", i + 1 < tokens.count, tokens[i + 1].folded == "cours" { return true }
        }
        return false
    }
}
