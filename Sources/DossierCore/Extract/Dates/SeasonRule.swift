/// A season counted from the clip's day: "l'été dernier", "cet hiver", "le printemps
/// prochain", "last summer", "this autumn". It gives the year the season starts in
/// (a season is too wide for a month). A season with its year ("l'été 2025") is a year cue.
enum SeasonRule {
    /// The month each season starts in.
    static let seasons: [String: Int] = [
        "printemps": 3, "spring": 3, "ete": 6, "summer": 6, "automne": 9, "autumn": 9, "fall": 9, "hiver": 12, "winter": 12,
    ]

    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        guard let start = seasons[t[i].folded] else { return nil }
        let prev = i - 1 >= floor ? DateRuleSupport.token(t, i - 1)?.folded : nil
        let next = t[i].trailing == nil ? DateRuleSupport.token(t, i + 1)?.folded : nil
        if let next, ["dernier", "passe", "prochain"].contains(next) {
            let first = prev.map { ["l", "le"].contains($0) } == true ? i - 1 : i
            return DateExpression(kind: .season(start, direction: next == "prochain" ? 1 : -1), tokens: first..<(i + 2))
        }
        if let prev, ["last", "next", "this", "cet", "ce"].contains(prev) {
            let direction = prev == "last" ? -1 : prev == "next" ? 1 : 0
            return DateExpression(kind: .season(start, direction: direction), tokens: (i - 1)..<(i + 1))
        }
        return nil
    }
}
