/// Date expressions that are not events: the clip's own publication line
/// ("Publié le …", "Updated …") and the signature of an embedded post
/// ("— Chef d'état-major des armées (@CEMA_FR) January 6, 2026").
enum EventFilter {
    private static let publicationCues: Set<String> = [
        "publie", "published", "posted", "updated", "modifie", "actualise", "parution",
    ]

    static func isPublicationLine(_ e: DateExpression, in s: ScannedSentence) -> Bool {
        if s.isPreceded(e, byAnyOf: publicationCues, window: 5) { return true }
        if isDateline(e, in: s) { return true }
        let lo = max(0, e.tokens.lowerBound - 6)
        let before = s.tokens[lo..<min(e.tokens.lowerBound, s.tokens.count)]
        if before.contains(where: { $0.raw.hasPrefix("@") }) { return true }
        // "Mis à jour le 6 janvier"
        let words = before.map(\.folded)
        if let j = words.lastIndex(of: "jour"), j >= 2, words[j - 1] == "a", words[j - 2] == "mis" || words[j - 2] == "mise" { return true }
        return false
    }

    private static let periodStarts = StoryWords.all.periodStarts
    private static let otherStories = StoryWords.all.otherStories

    /// A short line that heads a list of other stories ("More from Analysis", "Lire aussi"):
    /// what follows it is the site's, not the clip's.
    static func opensOtherStories(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let folded = TextFolding.fold(text)
        return otherStories.contains { folded.hasPrefix($0) }
    }

    /// A line that links to another story ("You may also like: … (July 31)", "Lire aussi : …").
    static func isOtherStoriesLine(_ s: ScannedSentence) -> Bool {
        guard s.tokens.count <= 24 else { return false }
        let head = s.tokens.prefix(5).map(\.folded).joined(separator: " ")
        return otherStories.contains { head.hasPrefix($0) }
    }

    /// A date that starts a span rather than naming a happening: "depuis 2022", "since November",
    /// not "since the Aug. 18 meeting".
    static func isSpan(_ e: DateExpression, in s: ScannedSentence) -> Bool {
        switch e.kind {
        case .month, .year, .relativeMonth, .relativeYear, .season: break
        default: return false // "since the Aug. 18 meeting" names a day that happened
        }
        let lo = e.tokens.lowerBound
        guard lo < s.tokens.count else { return false }
        if periodStarts.contains(s.tokens[lo].folded) { return true }
        return s.isPreceded(e, byAnyOf: periodStarts, window: 2)
    }

    private static let agencies: Set<String> = [
        "reuters", "afp", "ap", "dpa", "bloomberg", "ansa", "efe", "belga", "ats", "upi", "xinhua", "tass", "ria", "anadolu",
    ]

    /// A wire dateline: "PARIS, Jan 6 (Reuters) -", the clip's own day.
    private static func isDateline(_ e: DateExpression, in s: ScannedSentence) -> Bool {
        guard e.tokens.upperBound < s.tokens.count, e.tokens.lowerBound <= 3 else { return false }
        return agencies.contains(s.tokens[e.tokens.upperBound].folded)
    }
}
