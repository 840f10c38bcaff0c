/// The English order, a month before its day: "November 25, 2025", "Jan. 6",
/// "Tuesday, January 6th", "Nov 25 2025". Only English month names take this order,
/// so that "en janvier 27 pays" stays a month.
enum MonthDayRule {
    static let englishMonths: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        let weekday = DateRuleSupport.weekday(t, i)
        let monthIndex = weekday == nil ? i : i + 1
        guard let monthToken = DateRuleSupport.token(t, monthIndex), englishMonths.contains(monthToken.folded),
              monthToken.isCapitalized || monthToken.trailing == ".",
              let month = DateLexicon.month(monthToken, strict: false),
              let dayToken = DateRuleSupport.token(t, monthIndex + 1), let day = DateLexicon.day(dayToken),
              dayToken.trailing != "%"
        else { return nil }
        if let next = DateRuleSupport.token(t, monthIndex + 2), DateLexicon.month(next, strict: false) != nil { return nil }
        if let (year, end) = DateRuleSupport.year(t, after: monthIndex + 1) {
            guard SimpleDate.isValid(year: year, month: month, day: day) else { return nil }
            return DateExpression(kind: .day(SimpleDate(year: year, month: month, day: day)), tokens: i..<end)
        }
        guard SimpleDate.isValid(year: 2024, month: month, day: day) else { return nil }
        return DateExpression(kind: .dayMonth(day: day, month: month, weekday: weekday), tokens: i..<(monthIndex + 2))
    }
}
