/// Days named from the clip's day or from the date just before: "hier", "aujourd'hui",
/// "demain", "avant-hier", "ce soir", "yesterday", "today", "tonight"; "la veille",
/// "le lendemain", "the day before", "the next day" ("la veille du sommet" names
/// another day and is left out).
enum RelativeDayRule {
    private static let days: [String: Int] = [
        "hier": -1, "demain": 1, "yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0,
    ]
    private static let partsOfDay: Set<String> = ["matin", "soir", "morning", "afternoon", "evening"]
    private static let ofWords: Set<String> = ["de", "du", "des", "d", "of"]

    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        let f = t[i].folded
        let prev = i - 1 >= floor ? DateRuleSupport.token(t, i - 1) : nil
        let next = DateRuleSupport.token(t, i + 1)
        if f == "aujourd", next?.folded == "hui" {
            return DateExpression(kind: .relativeDay(0), tokens: i..<(i + 2))
        }
        if var offset = days[f] {
            if f == "today", t[i].isCapitalized, prev?.isCapitalized == true { return nil } // "USA Today"
            var start = i
            if let prev, prev.folded == "avant" || prev.folded == "apres", prev.trailing == "-" {
                offset += prev.folded == "avant" ? -1 : 1
                start = i - 1
            }
            return DateExpression(kind: .relativeDay(offset), tokens: start..<(i + 1), saysPast: offset < 0)
        }
        if partsOfDay.contains(f), let prev, prev.folded == "ce" || prev.folded == "this" {
            return DateExpression(kind: .relativeDay(0), tokens: (i - 1)..<(i + 1))
        }
        if f == "veille" || f == "lendemain", let prev, prev.folded == "la" || prev.folded == "le" {
            if let next, ofWords.contains(next.folded), t[i].trailing == nil { return nil }
            return DateExpression(kind: .anaphoricDay(f == "veille" ? -1 : 1), tokens: (i - 1)..<(i + 1))
        }
        if f == "day", let prev, let next = next {
            if prev.folded == "the", next.folded == "before" || next.folded == "after" {
                if t[i + 1].trailing == nil, i + 2 < t.count { return nil } // "the day before the summit"
                return DateExpression(kind: .anaphoricDay(next.folded == "before" ? -1 : 1), tokens: (i - 1)..<(i + 2))
            }
        }
        // "the next day", "the previous evening", "the following morning"
        if f == "day" || partsOfDay.contains(f), let prev, i - 2 >= floor, DateRuleSupport.token(t, i - 2)?.folded == "the" {
            if prev.folded == "next" || prev.folded == "following" {
                return DateExpression(kind: .anaphoricDay(1), tokens: (i - 2)..<(i + 1))
            }
            if prev.folded == "previous" {
                return DateExpression(kind: .anaphoricDay(-1), tokens: (i - 2)..<(i + 1))
            }
        }
        return nil
    }
}
