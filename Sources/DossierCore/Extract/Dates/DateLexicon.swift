/// The French and English words of dates, folded (accent-free, lower-case).
enum DateLexicon {
    /// Full month names, French and English; unambiguous everywhere.
    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    /// Abbreviations, and English names that are also common words ("may", "march"):
    /// a month only next to a day or a year, or written with a capital.
    static let shortMonths: [String: Int] = [
        "janv": 1, "jan": 1, "fevr": 2, "fev": 2, "feb": 2, "mar": 3, "avr": 4, "apr": 4, "juil": 7, "juill": 7,
        "jul": 7, "jun": 6, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// English month names that are also verbs or adjectives.
    static let ambiguousEnglishMonths: Set<String> = ["may", "march", "august"]

    /// 1 = Monday … 7 = Sunday.
    static let weekdays: [String: Int] = [
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

    /// Small counts written as words ("il y a deux ans", "three weeks ago").
    static let numberWords: [String: Int] = [
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]

    /// Ordinal day tokens: "1er", "1st", "2nd", "3rd", "6th", "premier".
    static func day(_ token: DateToken) -> Int? {
        if let n = token.number { return (1...31).contains(n) ? n : nil }
        let f = token.folded
        if f == "premier" || f == "first" { return 1 }
        for suffix in ["er", "st", "nd", "rd", "th", "e"] where f.hasSuffix(suffix) {
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
            if strict, ambiguousEnglishMonths.contains(token.folded), !token.isCapitalized { return nil }
            return m
        }
        if strict { return nil }
        return shortMonths[token.folded]
    }

    /// Words before a month or a year that make it an approximate date.
    static let approximations: [String: DateApproximation] = [
        "debut": .early, "early": .early, "beginning": .early, "start": .early,
        "mi": .mid, "mid": .mid, "milieu": .mid, "middle": .mid,
        "fin": .late, "late": .late, "end": .late,
    ]

    /// Words before a month or a year that make it a date ("en mars", "depuis 2022", "in 2025").
    static let periodCues: Set<String> = [
        "en", "in", "depuis", "since", "des", "from", "until", "till", "jusqu", "ici", "by", "courant",
        "avant", "apres", "before", "after", "during", "of", "partir", "vers", "fin", "debut", "mi",
        "early", "late", "mid", "mois", "month", "annee", "year", "ete", "hiver", "printemps", "automne",
        "summer", "winter", "spring", "autumn", "fall", "this", "last", "next",
    ]

    /// Little words skipped when looking for a cue ("au mois de mars", "au début de 2026").
    static let linkWords: Set<String> = ["de", "d", "of", "the", "l", "la", "le", "du", "au", "a"]

    /// Period cues that say the date lies before the clip ("depuis novembre").
    static let pastCues: Set<String> = ["depuis", "since"]
}
