/// Finds the date expressions of a sentence: every rule is tried at every token and
/// the longest match wins; matches never overlap.
enum DateMatcher {
    typealias Rule = @Sendable ([DateToken], Int, Int) -> DateExpression?

    private static let rules: [Rule] = [
        NumericDateRule.match, DayMonthRule.match, DayRangeRule.match, MonthDayRule.match, MonthRule.match, YearRule.match,
        WeekdayRule.match, RelativeDayRule.match, RelativePeriodRule.match, SeasonRule.match, MeetingReferenceRule.match,
    ]

    private static let referenceRules: [Rule] = [MeetingReferenceRule.match]

    /// Words only a meeting reference starts on ("le", "the"): only that rule is tried there.
    private static let referenceOnly: Set<String> = MeetingReferenceRule.anchors.subtracting(anchorWords)

    /// The words a rule can be anchored on; any other word that does not start with a
    /// digit is passed over without trying the rules.
    private static let anchorWords: Set<String> = Set(DateLexicon.months.keys)
        .union(DateLexicon.shortMonths.keys).union(DateLexicon.weekdays.keys).union(SeasonRule.seasons.keys)
        .union([
            "premier", "first", "aujourd", "hier", "demain", "yesterday", "today", "tomorrow", "tonight", "matin", "soir",
            "morning", "afternoon", "evening", "veille", "lendemain", "day", "jour", "jours", "days", "semaine",
            "semaines", "week", "weeks", "mois", "month", "months", "an", "ans", "annee", "annees", "year", "years",
        ])

    /// Whether some rule may match at this token.
    private static func mayAnchor(_ token: DateToken) -> Bool {
        guard let first = token.folded.utf8.first else { return false }
        return (first >= 48 && first <= 57) || anchorWords.contains(token.folded)
    }

    /// The expressions of a tokenized sentence, in order.
    static func expressions(in tokens: [DateToken]) -> [DateExpression] {
        var found: [DateExpression] = []
        var i = 0
        var floor = 0
        while i < tokens.count {
            let referenceOnly = Self.referenceOnly.contains(tokens[i].folded)
            guard referenceOnly || mayAnchor(tokens[i]) else {
                i += 1
                continue
            }
            var best: DateExpression?
            for rule in referenceOnly ? referenceRules : rules {
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
