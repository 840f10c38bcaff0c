/// A month with its year ("janvier 2026", "December 2025"), or a month after a cue
/// ("en mars", "depuis novembre", "mi-décembre", "fin décembre", "early January").
enum MonthRule {
    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        let token = t[i]
        let year = DateRuleSupport.year(t, after: i)
        guard let month = DateLexicon.month(token, strict: year == nil) else { return nil }
        if token.folded == "sept", year == nil { return nil } // "sept" is also the number seven
        var start = i
        var approx: DateApproximation?
        var saysPast = false
        var hasCue = false
        if let c = DateRuleSupport.cueIndex(t, before: i, floor: floor) {
            let cue = t[c].folded
            if let a = DateLexicon.approximations[cue] {
                approx = a
                hasCue = true
                start = c
            } else if DateLexicon.periodCues.contains(cue) {
                hasCue = true
                saysPast = DateLexicon.pastCues.contains(cue)
                start = c
            }
        }
        if let (y, end) = year {
            return DateExpression(kind: .month(month, year: y, approx: approx), tokens: start..<end)
        }
        guard hasCue else { return nil }
        // "en décembre dernier", "en mars prochain"
        var end = i + 1
        var saysFuture = false
        if let next = DateRuleSupport.token(t, i + 1), token.trailing == nil {
            if ["dernier", "passe", "last"].contains(next.folded) { saysPast = true; end = i + 2 }
            if ["prochain", "next"].contains(next.folded) { saysFuture = true; end = i + 2 }
        }
        return DateExpression(kind: .month(month, year: nil, approx: approx), tokens: start..<end,
                              saysPast: saysPast, saysFuture: saysFuture)
    }
}
