/// A day before its month, with an optional weekday before and year after:
/// "25 novembre 2025", "mardi 25 novembre", "1er janvier", "6th January 2026",
/// "the 6th of January", "25 Nov. 2025".
enum DayMonthRule {
    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        let start = i
        var dayIndex = i
        let weekday = DateRuleSupport.weekday(t, i)
        if weekday != nil { dayIndex = i + 1 }
        guard let dayToken = DateRuleSupport.token(t, dayIndex), dayToken.trailing != "%",
              let day = DateLexicon.day(dayToken) ?? DateLexicon.dayRange(dayToken)?.first else { return nil }
        let lastDay = DateLexicon.dayRange(dayToken)?.last
        var monthIndex = dayIndex + 1
        if DateRuleSupport.token(t, monthIndex)?.folded == "of" { monthIndex += 1 }
        guard let monthToken = DateRuleSupport.token(t, monthIndex),
              let month = DateLexicon.month(monthToken, strict: false) else { return nil }
        // "les attentats du 11-Septembre" name an event, not a date of this story.
        if dayToken.trailing == "-", monthToken.isCapitalized, DateRuleSupport.year(t, after: monthIndex) == nil { return nil }
        if let (year, end) = DateRuleSupport.year(t, after: monthIndex) {
            guard SimpleDate.isValid(year: year, month: month, day: day) else { return nil }
            return DateExpression(kind: .day(SimpleDate(year: year, month: month, day: day)), tokens: start..<end, endDay: lastDay)
        }
        guard SimpleDate.isValid(year: 2024, month: month, day: day) else { return nil }
        // "le 6 janvier prochain", "le 15 août dernier"
        let next = DateRuleSupport.token(t, monthIndex + 1)?.folded
        let past = monthToken.trailing == nil && (next == "dernier" || next == "last")
        let future = monthToken.trailing == nil && (next == "prochain" || next == "next")
        return DateExpression(kind: .dayMonth(day: day, month: month, weekday: weekday),
                              tokens: start..<(monthIndex + (past || future ? 2 : 1)), saysPast: past, saysFuture: future, endDay: lastDay)
    }
}
