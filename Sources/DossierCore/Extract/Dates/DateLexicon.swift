/// The words of dates as the rules read them: the union of every language's `DateWords`
/// table (a clip may quote the other language), with the look-ups built on them.
/// All words are folded (accent-free, lower-case).
enum DateLexicon {
    private static let words = DateWords.all

    /// Full month names; unambiguous everywhere.
    static let months = words.months

    /// Abbreviations: a month only next to a day or a year.
    static let shortMonths = words.shortMonths

    /// Month names that are also verbs or adjectives ("may", "march").
    static let ambiguousMonths = words.ambiguousMonths

    /// 1 = Monday … 7 = Sunday.
    static let weekdays = words.weekdays

    /// Small counts written as words ("il y a deux ans", "three weeks ago").
    static let numberWords = words.numberWords

    private static let firstDay = words.firstDay
    private static let ordinalEndings = words.ordinalEndings

    /// Ordinal day tokens: "1er", "1st", "2nd", "3rd", "6th", "premier".
    static func day(_ token: DateToken) -> Int? {
        if let n = token.number { return (1...31).contains(n) ? n : nil }
        let f = token.folded
        if firstDay.contains(f) { return 1 }
        for suffix in ordinalEndings where f.hasSuffix(suffix) {
            if let n = Int(f.dropLast(suffix.count)), (1...31).contains(n) { return n }
        }
        return nil
    }

    /// A range of days written as one token, "14-15": its first and last day.
    static func dayRange(_ token: DateToken) -> (first: Int, last: Int)? {
        let parts = token.folded.split(separator: "-")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), (1...31).contains(a), (1...31).contains(b), a < b,
              parts[0].utf8.count <= 2, parts[1].utf8.count <= 2 else { return nil }
        return (a, b)
    }

    /// A four-digit year between 1900 and 2100.
    static func year(_ token: DateToken) -> Int? {
        guard token.folded.utf8.count == 4, let n = token.number, (1900...2100).contains(n) else { return nil }
        return n
    }

    /// The month a token names, if it is a month where it stands: `strict` asks for
    /// a full name written as a month (abbreviations and "May" need a day or year beside them).
    static func month(_ token: DateToken, strict: Bool) -> Int? {
        if let m = months[token.folded] {
            if strict, ambiguousMonths.contains(token.folded), !token.isCapitalized { return nil }
            return m
        }
        if strict { return nil }
        return shortMonths[token.folded]
    }

    /// Words before a month or a year that make it an approximate date.
    static let approximations = words.approximations

    /// Words before a month or a year that make it a date ("en mars", "depuis 2022", "in 2025").
    static let periodCues = words.periodCues

    /// Little words skipped when looking for a cue ("au mois de mars", "au début de 2026").
    static let linkWords = words.linkWords

    /// Period cues that say the date lies before the clip ("depuis novembre").
    static let pastCues = words.pastCues
}
