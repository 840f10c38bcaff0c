/// Finds the date expressions of a sentence: every rule is tried at every token and
/// the longest match wins; matches never overlap.
enum DateMatcher {
    typealias Rule = @Sendable ([DateToken], Int, Int) -> DateExpression?

    private static let rules: [Rule] = [
        NumericDateRule.match, DayMonthRule.match, MonthDayRule.match, MonthRule.match, YearRule.match,
        WeekdayRule.match, RelativeDayRule.match, RelativePeriodRule.match,
    ]

    /// The expressions of a tokenized sentence, in order.
    static func expressions(in tokens: [DateToken]) -> [DateExpression] {
        var found: [DateExpression] = []
        var i = 0
        var floor = 0
        while i < tokens.count {
            var best: DateExpression?
            for rule in rules {
                guard let e = rule(tokens, i, floor), e.tokens.lowerBound >= floor, e.tokens.upperBound > i,
                      e.tokens.upperBound <= tokens.count else { continue }
                if let b = best, b.tokens.count >= e.tokens.count { continue }
                best = e
            }
            if let best {
                found.append(best)
                i = best.tokens.upperBound
                floor = i
            } else {
                i += 1
            }
        }
        return found
    }
}
