/// Finds the day a clip gives as its own, when it has no stamp: "Publié le 6 janvier 2026",
/// "Published Jan. 6, 2026", "Mis à jour le …", "ce 6 janvier 2026", "aujourd'hui 6 janvier 2026"
/// (basis `.text`), or a weekday with its day and month, "ce mardi 25 novembre" (basis `.weekday`).
/// Failing those, the first full date of the lede that is not in the future ("a tenu une
/// discussion avec Mark Rutte le 24 décembre 2025", or "Mardi 25 novembre, …" in the one
/// year that weekday allows) dates the clip (basis `.text`, `.weekday`): news
/// copy opens on the day's event, so the clip is of that day; later paragraphs are not used.
enum PublicationDateFinder {
    private static let publishedCues: Set<String> = ["publie", "published", "posted", "parution", "paru"]
    private static let updatedCues: Set<String> = ["jour", "updated", "modifie", "actualise", "update"]
    private static let todayCues: Set<String> = ["ce", "cet", "this", "hui", "today"]

    /// The block index given to the sentences of the clip's photo caption.
    static let captionBlock = -2

    /// The clip's day and how it was found; `years` says which year a weekday pins.
    static func find(in sentences: [ScannedSentence], years: YearPin, english: Bool = false) -> (date: SimpleDate, basis: DateBasis)? {
        var best: (rank: Int, date: SimpleDate, basis: DateBasis)?
        let ledeBlock = sentences.first(where: { $0.blockIndex >= 0 })?.blockIndex
        for s in sentences {
            for e in s.expressions {
                guard let found = candidate(e, in: s, years: years)
                        ?? ledeCandidate(e, in: s, isLede: s.blockIndex == ledeBlock, english: english, years: years)
                        ?? captionCandidate(e, in: s) else { continue }
                if best == nil || found.rank < (best?.rank ?? .max) { best = found }
            }
        }
        return best.map { ($0.date, $0.basis) }
    }

    /// A full date in the photo caption: the day of the pictured meeting, which the clip reports,
    /// so a bound on its own day when nothing better dates it (`inferred`).
    private static func captionCandidate(_ e: DateExpression, in s: ScannedSentence) -> (rank: Int, date: SimpleDate, basis: DateBasis)? {
        guard s.blockIndex == captionBlock, case let .day(date) = e.kind else { return nil }
        return (5, date, .inferred)
    }

    /// A full date in the lede, told in the past or present tense; or a weekday with its day and
    /// month ("Mardi 25 novembre, la coalition s'est réunie"), in the year where that weekday
    /// falls as the story's calendar (or the clip's own years) allows (basis `.weekday`).
    private static func ledeCandidate(_ e: DateExpression, in s: ScannedSentence, isLede: Bool, english: Bool,
                                      years: YearPin) -> (rank: Int, date: SimpleDate, basis: DateBasis)? {
        guard isLede else { return nil }
        let date: SimpleDate
        switch e.kind {
        case let .day(d):
            date = d
        case let .dayMonth(day, month, weekday?):
            // A weekday and day that open the lede ("Mardi 25 novembre, la coalition s'est réunie")
            // take the tense of the sentence's main verb.
            guard let year = years.year(day: day, month: month, weekday: weekday),
                  TenseDetector.tense(of: s.tokens, around: e.tokens, english: english) != .future else { return nil }
            return (4, SimpleDate(year: year, month: month, day: day), .weekday)
        default:
            return nil
        }
        // Only the verbs next to the date count: "participent le 23 février à des discussions
        // sur les garanties qui seront apportées" is of that day.
        let lo = max(0, e.tokens.lowerBound - 4), hi = min(s.tokens.count, e.tokens.upperBound + 2)
        guard lo < hi, e.tokens.lowerBound >= lo, e.tokens.upperBound <= hi else { return nil }
        let near = Array(s.tokens[lo..<hi])
        let range = (e.tokens.lowerBound - lo)..<(e.tokens.upperBound - lo)
        guard TenseDetector.tense(of: near, around: range, english: english) != .future else { return nil }
        return (4, date, .text)
    }

    private static func candidate(_ e: DateExpression, in s: ScannedSentence, years: YearPin) -> (rank: Int, date: SimpleDate, basis: DateBasis)? {
        let published = s.isPreceded(e, byAnyOf: publishedCues, window: 3)
        let updated = s.isPreceded(e, byAnyOf: updatedCues, window: 3)
        let today = s.isPreceded(e, byAnyOf: todayCues, window: 1)
            || (e.tokens.lowerBound < s.tokens.count && todayCues.contains(s.tokens[e.tokens.lowerBound].folded))
        switch e.kind {
        case let .day(date):
            if published { return (0, date, .text) }
            if updated { return (1, date, .text) }
            if today { return (2, date, .text) }
        case let .dayMonth(day, month, weekday?):
            guard published || updated || today,
                  let year = years.year(day: day, month: month, weekday: weekday) else { return nil }
            return (3, SimpleDate(year: year, month: month, day: day), .weekday)
        default:
            break
        }
        return nil
    }
}
