/// Finds a full calendar date written out in French or English: "6 janvier 2026",
/// "mardi 1er juillet 2025", "January 6, 2026", "Jan. 6 2026", "2026-01-06", "06/01/2026".
enum ClipDateText {
    static let months: [String: Int] = [
        "janvier": 1, "janv": 1, "jan": 1, "january": 1, "fevrier": 2, "fevr": 2, "fev": 2, "february": 2,
        "feb": 2, "mars": 3, "march": 3, "mar": 3, "avril": 4, "avr": 4, "april": 4, "apr": 4, "mai": 5,
        "may": 5, "juin": 6, "june": 6, "jun": 6, "juillet": 7, "juil": 7, "july": 7, "jul": 7, "aout": 8,
        "august": 8, "aug": 8, "septembre": 9, "sept": 9, "sep": 9, "september": 9, "octobre": 10,
        "oct": 10, "october": 10, "novembre": 11, "nov": 11, "november": 11, "decembre": 12, "dec": 12,
        "december": 12,
    ]

    /// A date found in folded word tokens, with the range of tokens it covers.
    struct Match {
        var date: SimpleDate
        var tokens: Range<Int>
    }

    /// The first full date in `tokens` (folded word tokens, see `FoldedWords`).
    static func firstDate(in tokens: [String]) -> Match? {
        for i in tokens.indices {
            if let match = date(at: i, in: tokens) { return match }
        }
        return nil
    }

    private static func date(at i: Int, in t: [String]) -> Match? {
        func number(_ k: Int) -> Int? {
            guard k < t.count else { return nil }
            var s = Substring(t[k])
            if s.hasSuffix("er") { s = s.dropLast(2) }
            return s.count <= 4 && s.allSatisfy(\.isNumber) ? Int(s) : nil
        }
        func year(_ k: Int) -> Int? {
            guard k < t.count, t[k].count == 4, let y = Int(t[k]), (1900...2199).contains(y) else { return nil }
            return y
        }
        func make(_ y: Int, _ m: Int, _ d: Int, _ end: Int) -> Match? {
            SimpleDate.isValid(year: y, month: m, day: d) ? Match(date: SimpleDate(year: y, month: m, day: d), tokens: i..<end) : nil
        }
        // 6 janvier 2026
        if let d = number(i), i + 1 < t.count, let m = months[t[i + 1]], let y = year(i + 2) { return make(y, m, d, i + 3) }
        // January 6, 2026
        if let m = months[t[i]], let d = number(i + 1), d <= 31, let y = year(i + 2) { return make(y, m, d, i + 3) }
        // 2026-01-06
        if let y = year(i), t.count > i + 2, t[i + 1].count <= 2, t[i + 2].count <= 2,
           let m = number(i + 1), let d = number(i + 2) { return make(y, m, d, i + 3) }
        // 06/01/2026: day first, unless only the other order is a date.
        if t[i].count <= 2, i + 1 < t.count, t[i + 1].count <= 2, let a = number(i), let b = number(i + 1), let y = year(i + 2) {
            return make(y, b, a, i + 3) ?? make(y, a, b, i + 3)
        }
        return nil
    }
}
