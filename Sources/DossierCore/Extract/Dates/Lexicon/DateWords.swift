/// The words of dates in one language: month and weekday names, small numbers, ordinal
/// endings, and the little words around a month or a year ("en mars", "depuis 2022",
/// "in early May"). One table per language (`DateWords+fr.swift`, `DateWords+en.swift`);
/// the rules read their union (`DateLexicon`), since a clip may quote the other language.
/// All words are folded (lower case, no accents).
struct DateWords: Sendable {
    /// Full month names; unambiguous where they stand as a month.
    var months: [String: Int]
    /// Abbreviations: a month only next to a day or a year.
    var shortMonths: [String: Int]
    /// Month names that are also common words ("may", "march"): a month only next to a day
    /// or a year, or written with a capital.
    var ambiguousMonths: Set<String>
    /// 1 = Monday … 7 = Sunday.
    var weekdays: [String: Int]
    /// Small counts written as words ("deux ans", "three weeks").
    var numberWords: [String: Int]
    /// The first day written as a word ("premier", "first").
    var firstDay: Set<String>
    /// Endings of an ordinal day written in figures ("1er", "2nd", "6th"); tried in this order.
    var ordinalEndings: [String]
    /// Words before a month or a year that make it an approximate date ("début", "mid").
    var approximations: [String: DateApproximation]
    /// Words before a month or a year that make it a date ("en mars", "depuis 2022", "in 2025").
    var periodCues: Set<String>
    /// Little words skipped when looking for a cue ("au mois de mars", "at the start of 2026").
    var linkWords: Set<String>
    /// Period cues that say the date lies before the clip ("depuis novembre").
    var pastCues: Set<String>
}

extension DateWords {
    /// The union of every language's table, built once.
    static let all: DateWords = {
        var u = DateWords(months: [:], shortMonths: [:], ambiguousMonths: [], weekdays: [:], numberWords: [:], firstDay: [],
                          ordinalEndings: [], approximations: [:], periodCues: [], linkWords: [], pastCues: [])
        for t in [DateWords.fr, DateWords.en] {
            u.months.merge(t.months) { first, _ in first }
            u.shortMonths.merge(t.shortMonths) { first, _ in first }
            u.ambiguousMonths.formUnion(t.ambiguousMonths)
            u.weekdays.merge(t.weekdays) { first, _ in first }
            u.numberWords.merge(t.numberWords) { first, _ in first }
            u.firstDay.formUnion(t.firstDay)
            u.ordinalEndings += t.ordinalEndings.filter { !u.ordinalEndings.contains($0) }
            u.approximations.merge(t.approximations) { first, _ in first }
            u.periodCues.formUnion(t.periodCues)
            u.linkWords.formUnion(t.linkWords)
            u.pastCues.formUnion(t.pastCues)
        }
        return u
    }()
}
