/// A year where the text uses it as a date: after a cue ("en 2025", "depuis 2022",
/// "dès 2026", "d'ici 2030", "in 2025") or an approximation ("fin 2025", "début de 2026",
/// "mi-2025"). A year used as a name ("budget 2025") is not a date.
enum YearRule {
    static func match(_ t: [DateToken], at i: Int, floor: Int) -> DateExpression? {
        guard let year = DateLexicon.year(t[i]), t[i].trailing != "%",
              let c = DateRuleSupport.cueIndex(t, before: i, floor: floor) else { return nil }
        let cue = t[c].folded
        if let approx = DateLexicon.approximations[cue] {
            return DateExpression(kind: .year(year, approx: approx), tokens: c..<(i + 1))
        }
        guard DateLexicon.periodCues.contains(cue) else { return nil }
        return DateExpression(kind: .year(year, approx: nil), tokens: c..<(i + 1),
                              saysPast: DateLexicon.pastCues.contains(cue))
    }
}
