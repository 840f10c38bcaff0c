/// A pair of days that shares one month, "les 6 et 7 janvier", "du 6 au 8 janvier": one
/// happening from the first day to the last (`endDay`). "December 14 and 15" is read by
/// `MonthDayRule`; a second day left alone ("… and 15") takes the month written before it.
enum DayRangeRule {
    private static let links: Set<String> = ["et", "au", "and", "to", "ou", "or"]
    private static let englishMonths = MonthDayRule.englishMonths

    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        guard let day = DateLexicon.day(t[i]), t[i].trailing != "%" else { return nil }
        // "6 et 7 janvier": the first day takes the month (and year) written after the second.
        if let link = DateRuleSupport.token(t, i + 1), links.contains(link.folded) || t[i].trailing == "-",
           let second = DateRuleSupport.token(t, links.contains(link.folded) ? i + 2 : i + 1), DateLexicon.day(second) != nil {
            let secondIndex = links.contains(link.folded) ? i + 2 : i + 1
            if let monthToken = DateRuleSupport.token(t, secondIndex + 1), let month = DateLexicon.month(monthToken, strict: false),
               let last = DateLexicon.day(second), last > day {
                let year = DateRuleSupport.year(t, after: secondIndex + 1)
                var e = expression(day, month, year: year?.year, at: i, end: year?.end ?? secondIndex + 2)
                e?.endDay = last
                return e
            }
        }
        // "December 14 and 15": the second day takes the month written before the first.
        if i >= 3, links.contains(t[i - 1].folded), DateLexicon.day(t[i - 2]) != nil, englishMonths.contains(t[i - 3].folded),
           let month = DateLexicon.month(t[i - 3], strict: false) {
            return expression(day, month, year: DateRuleSupport.year(t, after: i)?.year, at: i, end: DateRuleSupport.year(t, after: i)?.end)
        }
        return nil
    }

    private static func expression(_ day: Int, _ month: Int, year: Int?, at i: Int, end: Int? = nil) -> DateExpression? {
        if let year {
            guard SimpleDate.isValid(year: year, month: month, day: day) else { return nil }
            return DateExpression(kind: .day(SimpleDate(year: year, month: month, day: day)), tokens: i..<(end ?? i + 1))
        }
        guard SimpleDate.isValid(year: 2024, month: month, day: day) else { return nil }
        return DateExpression(kind: .dayMonth(day: day, month: month, weekday: nil), tokens: i..<(end ?? i + 1))
    }
}
