/// The words of the site's own interface in one language: labels, sentences, plural forms,
/// dates and meeting titles. Each language is one file (`SiteStrings+French.swift`,
/// `SiteStrings+English.swift`) registered in `SiteStrings.all`; a new language is a new file
/// with every key of `SiteText` and `SitePlural` (a test checks none is missing).
public struct SiteStrings: Sendable {
    /// ISO 639-1 code: `fr`, `en`.
    public var code: String
    /// How this language picks a plural form.
    var pluralRule: PluralRule
    /// Text spacing rules applied to every string of the table (and to generated titles).
    var typography: Typography
    var texts: [SiteText: String]
    var plurals: [SitePlural: Plural]
    /// Month names, January first, as written inside a date ("janvier", "January").
    var months: [String]
    /// Short month names for the timeline's axis ("janv.", "Jan").
    var shortMonths: [String]
    /// The day of month as written before the month: "1er" in French, "1" in English.
    var dayOfMonth: @Sendable (Int) -> String
    /// "début %@", "mi-%@", "fin %@" / "early %@", "mid-%@", "late %@".
    var approximations: [DateApproximation: String]
    /// A contributor's name as the contributions sentence lists it: "d’Andrew Gray", "de Tom Balmforth" / "Andrew Gray".
    var contributor: @Sendable (String) -> String

    /// The languages the site can be written in.
    static let all: [SiteStrings] = [.french, .english]

    /// The table for `code` (`fr`, `en`, `en-GB`…), or nil when no table exists.
    static func forLanguage(_ code: String) -> SiteStrings? {
        let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return all.first { $0.code == base }
    }

    subscript(_ key: SiteText) -> String {
        texts[key] ?? SiteStrings.french.texts[key] ?? key.rawValue
    }

    /// `count` with the noun in the right form: "1 article", "0 article" (fr), "0 articles" (en).
    func count(_ count: Int, _ noun: SitePlural) -> String {
        let forms = plurals[noun] ?? SiteStrings.french.plurals[noun] ?? Plural(one: "%d", other: "%d")
        let pattern = pluralRule.isOne(count) ? forms.one : forms.other
        return pattern.replacingOccurrences(of: "%d", with: String(count))
    }

    /// A text of the table with its `{name}` placeholders filled.
    func fill(_ key: SiteText, _ values: [String: String]) -> String {
        var text = self[key]
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// Text the user wrote for the site (its title and description) set in the language's
    /// typography: straight quotes and apostrophes made typographic, French spacing in French.
    func typeset(_ text: String) -> String {
        typography.apply(QuoteMarks.apply(text, lang: code))
    }

    /// "A, B et C" / "A, B and C", with the table's `list_and`.
    func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + self[.listAnd] + " " + last
    }

    // MARK: Dates

    /// "6 janvier 2026", "1er janvier 2026" / "6 January 2026".
    func date(_ date: SimpleDate) -> String {
        dayOfMonth(date.day) + " " + monthYear(year: date.year, month: date.month)
    }

    /// A date at its precision: "6 January 2026", "December 2025", "mid-December 2025", "late 2025", "2025".
    func date(_ date: PartialDate) -> String {
        if let day = date.simpleDate { return self.date(day) }
        let base = date.month.map { monthYear(year: date.year, month: $0) } ?? String(date.year)
        guard let approx = date.approx, let pattern = approximations[approx] else { return base }
        return pattern.replacingOccurrences(of: "%@", with: base)
    }

    /// "janvier 2026" / "January 2026".
    func monthYear(year: Int, month: Int) -> String {
        let name = (1...12).contains(month) ? months[month - 1] : String(month)
        return name + " " + String(year)
    }

    func shortMonth(_ month: Int) -> String {
        (1...12).contains(month) ? shortMonths[month - 1] : String(month)
    }

    // MARK: Templates

    /// Every text of the table for templates, as `{{t.key}}`.
    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = [:]
        for key in SiteText.allCases { fields[key.rawValue] = .string(self[key]) }
        return .object(fields)
    }
}

/// One noun's two forms, `%d` standing for the number.
struct Plural: Sendable, Hashable {
    var one: String
    var other: String
}

/// How a language chooses between the singular and the plural.
enum PluralRule: Sendable {
    /// French: 0 and 1 take the singular ("0 article", "1 article", "2 articles").
    case zeroAndOneAreSingular
    /// English: only 1 takes the singular ("0 articles", "1 article").
    case oneIsSingular

    func isOne(_ n: Int) -> Bool {
        switch self {
        case .zeroAndOneAreSingular: n == 0 || n == 1
        case .oneIsSingular: n == 1
        }
    }
}

/// Spacing rules for the language's punctuation.
enum Typography: Sendable {
    /// No-break spaces before `:` `;` `!` `?` and inside « ».
    case french
    /// Text as written.
    case plain

    func apply(_ text: String) -> String {
        switch self {
        case .french: FrenchTypography.apply(text)
        case .plain: text
        }
    }
}
