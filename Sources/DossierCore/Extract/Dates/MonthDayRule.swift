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
              let dayToken = DateRuleSupport.token(t, monthIndex + 1),
              let written = Self.days(t, monthIndex + 1), dayToken.trailing != "%"
        else { return nil }
        let day = written.first
        let lastDay: Int? = written.last > day ? written.last : nil
        let dayEnd = written.end
        if let next = DateRuleSupport.token(t, monthIndex + 2), DateLexicon.month(next, strict: false) != nil { return nil }
        if let (year, end) = DateRuleSupport.year(t, after: dayEnd - 1) {
            guard SimpleDate.isValid(year: year, month: month, day: day) else { return nil }
            return DateExpression(kind: .day(SimpleDate(year: year, month: month, day: day)), tokens: i..<end, endDay: lastDay)
        }
        guard SimpleDate.isValid(year: 2024, month: month, day: day) else { return nil }
        return DateExpression(kind: .dayMonth(day: day, month: month, weekday: weekday), tokens: i..<dayEnd, endDay: lastDay)
    }

    private static let links: Set<String> = ["and", "to", "through", "et", "au"]

    /// The day at `k`, and the last day of a range written with it ("14-15", "14 and 15", at
    /// most a week apart), with the index past what was read.
    private static func days(_ t: [DateToken], _ k: Int) -> (first: Int, last: Int, end: Int)? {
        guard let token = DateRuleSupport.token(t, k) else { return nil }
        if let range = DateLexicon.dayRange(token), range.last - range.first <= 7 { return (range.first, range.last, k + 1) }
        guard let day = DateLexicon.day(token) else { return nil }
        var j = k + 1
        if let link = DateRuleSupport.token(t, j), links.contains(link.folded), token.trailing == nil {
            j += 1
        } else if token.trailing != "-" {
            return (day, day, k + 1)
        }
        guard let second = DateRuleSupport.token(t, j), let last = DateLexicon.day(second), last > day, last - day <= 7,
              second.trailing != "%" else { return (day, day, k + 1) }
        if let after = DateRuleSupport.token(t, j + 1), DateLexicon.month(after, strict: false) != nil { return (day, day, k + 1) }
        return (day, last, j + 1)
    }
}
