/// Small look-arounds shared by the date rules.
enum DateRuleSupport {
    /// The token at `index`, or nil outside the sentence.
    static func token(_ t: [DateToken], _ index: Int) -> DateToken? {
        index >= 0 && index < t.count ? t[index] : nil
    }

    /// The first token before `index` that is not a link word ("de", "du", "of"…),
    /// skipping at most two, never going before `floor`.
    static func cueIndex(_ t: [DateToken], before index: Int, floor: Int) -> Int? {
        var j = index - 1
        var skipped = 0
        while j >= floor, j < t.count, DateLexicon.linkWords.contains(t[j].folded), skipped < 2 {
            j -= 1
            skipped += 1
        }
        return j >= floor && j < t.count ? j : nil
    }

    /// The weekday named by the token at `index`, if any.
    static func weekday(_ t: [DateToken], _ index: Int) -> Int? {
        token(t, index).flatMap { DateLexicon.weekdays[$0.folded] }
    }

    /// The year after the token at `index`, with the index past it ("6 January, 2026" too).
    static func year(_ t: [DateToken], after index: Int) -> (year: Int, end: Int)? {
        guard let next = token(t, index + 1), let y = DateLexicon.year(next) else { return nil }
        return (y, index + 2)
    }
}
