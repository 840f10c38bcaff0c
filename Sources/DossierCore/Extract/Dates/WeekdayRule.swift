/// A weekday, with its cue: "mardi", "ce jeudi", "lundi dernier", "jeudi prochain",
/// "on Tuesday", "last Monday", "next Thursday". Plural weekdays ("les mardis") are habits.
enum WeekdayRule {
    private static let lastWords: Set<String> = ["dernier", "passe", "last"]
    private static let nextWords: Set<String> = ["prochain", "next"]
    private static let leadWords: Set<String> = ["ce", "this", "on"]

    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        guard let weekday = DateLexicon.weekdays[t[i].folded] else { return nil }
        var start = i
        var end = i + 1
        var direction = 0
        if let before = DateRuleSupport.token(t, i - 1), i - 1 >= floor {
            if lastWords.contains(before.folded) { direction = -1; start = i - 1 }
            else if nextWords.contains(before.folded) { direction = 1; start = i - 1 }
            else if leadWords.contains(before.folded) { start = i - 1 }
        }
        if let after = DateRuleSupport.token(t, i + 1), t[i].trailing == nil {
            if lastWords.contains(after.folded) { direction = -1; end = i + 2 }
            else if nextWords.contains(after.folded) { direction = 1; end = i + 2 }
        }
        return DateExpression(kind: .weekday(weekday, direction: direction), tokens: start..<end, saysPast: direction < 0)
    }
}
