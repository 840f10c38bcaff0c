/// Weeks, months and years counted from the clip's day: "la semaine dernière",
/// "le mois prochain", "l'an dernier", "cette année", "last week", "next year",
/// "il y a un an", "il y a trois jours", "two years ago".
enum RelativePeriodRule {
    private enum Unit { case day, week, month, year }

    private static let units: [String: Unit] = [
        "jour": .day, "jours": .day, "day": .day, "days": .day,
        "semaine": .week, "semaines": .week, "week": .week, "weeks": .week,
        "mois": .month, "month": .month, "months": .month,
        "an": .year, "ans": .year, "annee": .year, "annees": .year, "year": .year, "years": .year,
    ]
    private static let lastWords: Set<String> = ["dernier", "derniere", "passe", "passee", "last"]
    private static let nextWords: Set<String> = ["prochain", "prochaine", "next"]
    private static let thisWords: Set<String> = ["ce", "cette", "cet", "this"]
    private static let hedges: Set<String> = ["environ", "pres", "plus", "moins", "about", "nearly", "almost", "over", "some", "de", "d", "than", "more", "less", "quelque"]

    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        guard let unit = units[t[i].folded] else { return nil }
        let prev = i - 1 >= floor ? DateRuleSupport.token(t, i - 1) : nil
        let next = DateRuleSupport.token(t, i + 1)
        if let next, t[i].trailing == nil || t[i].trailing == "-", lastWords.contains(next.folded) || nextWords.contains(next.folded),
           let prev, ["la", "le", "l"].contains(prev.folded), unit != .day {
            let n = lastWords.contains(next.folded) ? -1 : 1
            return make(unit, n, (i - 1)..<(i + 2))
        }
        if let prev, lastWords.contains(prev.folded) || nextWords.contains(prev.folded) || thisWords.contains(prev.folded),
           unit != .day, t[i].folded.last != "s" {
            let n = lastWords.contains(prev.folded) ? -1 : nextWords.contains(prev.folded) ? 1 : 0
            return make(unit, n, (i - 1)..<(i + 1))
        }
        if let count = countBefore(t, i, floor: floor) {
            // "trois jours plus tôt", "three days earlier": counted from the date just before
            if unit == .day, let next {
                let later = DateRuleSupport.token(t, i + 2)?.folded
                if next.folded == "earlier" || next.folded == "later" {
                    return DateExpression(kind: .anaphoricDay(next.folded == "earlier" ? -count.value : count.value),
                                          tokens: count.start..<(i + 2), saysPast: next.folded == "earlier")
                }
                if next.folded == "plus", later == "tot" || later == "tard" {
                    return DateExpression(kind: .anaphoricDay(later == "tot" ? -count.value : count.value),
                                          tokens: count.start..<(i + 3), saysPast: later == "tot")
                }
            }
            if next?.folded == "ago" {
                return make(unit, -count.value, count.start..<(i + 2))
            }
            if count.start >= 3, count.start - 3 >= floor, t[count.start - 3].folded == "il",
               t[count.start - 2].folded == "y", t[count.start - 1].folded == "a" {
                return make(unit, -count.value, (count.start - 3)..<(i + 1))
            }
        }
        return nil
    }

    /// The count before a unit, skipping hedges ("il y a environ un an"): its value and where the hedge starts.
    private static func countBefore(_ t: [DateToken], _ i: Int, floor: Int) -> (value: Int, start: Int)? {
        guard i - 1 >= floor, i - 1 < t.count else { return nil }
        let c = t[i - 1]
        guard let value = c.number ?? DateLexicon.numberWords[c.folded], value > 0, value <= 50 else { return nil }
        var start = i - 1
        while start - 1 >= floor, hedges.contains(t[start - 1].folded), i - start < 5 { start -= 1 }
        return (value, start)
    }

    private static func make(_ unit: Unit, _ n: Int, _ range: Range<Int>) -> DateExpression {
        let kind: DateExpression.Kind
        switch unit {
        case .day: kind = .relativeDay(n)
        case .week: kind = .relativeWeek(n)
        case .month: kind = .relativeMonth(n)
        case .year: kind = .relativeYear(n)
        }
        return DateExpression(kind: kind, tokens: range, saysPast: n < 0)
    }
}
