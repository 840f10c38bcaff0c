/// What an article page says about where the article comes from and how its date was found:
/// the outlet and agency, the contributors, the link to the original, and an inferred date
/// marked as such. Every phrase comes from the site's strings table.
struct ArticleSourcing {
    let article: Article
    /// The site's interface words.
    let strings: SiteStrings

    init(article: Article, strings: SiteStrings) {
        self.article = article
        self.strings = strings
    }

    /// The sourcing of `article` in the table for `language` (French when there is none).
    init(article: Article, language: String) {
        self.init(article: article, strings: SiteStrings.forLanguage(language) ?? .french)
    }

    /// "Le Monde, avec AFP", "Reuters", or nil when the clip names no outlet.
    var sourceLine: String? {
        guard let outlet = article.outlet else { return article.wire }
        guard let wire = article.wire, wire != outlet else { return outlet }
        return strings.fill(.sourceWithWire, ["outlet": outlet, "wire": wire])
    }

    /// "Avec la contribution d’Andrew Gray et de Tom Balmforth.", "With contributions from …".
    var contributorsLine: String? {
        let names = article.contributors
        guard !names.isEmpty else { return nil }
        return strings.fill(.contributionsFrom, ["names": strings.list(names.map(strings.contributor))])
    }

    /// "Lire l’article original sur Le Monde", "Read the original article on Reuters".
    var originalLinkLabel: String? {
        guard article.url != nil else { return nil }
        guard let outlet = article.outlet ?? article.wire else { return strings[.originalLink] }
        return strings.fill(.originalLinkOn, ["outlet": outlet])
    }

    /// Whether the publication date was deduced rather than printed on the clip.
    var dateInferred: Bool {
        article.date != nil && Self.inferredBases.contains(article.dateBasis)
    }

    static let inferredBases: Set<DateBasis> = [.text, .weekday, .meeting]

    /// "6 janvier 2026", or "date déduite : 6 janvier 2026 (d’après la rencontre que l’article rapporte)".
    func dateLabel(formatted: String) -> String {
        guard dateInferred else { return formatted }
        return strings.fill(.dateInferred, ["date": formatted, "basis": basisNote])
    }

    /// How an inferred date was found, in a few words.
    var basisNote: String {
        switch article.dateBasis {
        case .meeting: strings[.basisMeeting]
        case .weekday: strings[.basisWeekday]
        default: strings[.basisText]
        }
    }
}

/// French elision where dossier writes the text itself: "de" before a vowel becomes "d’".
enum FrenchElision {
    /// "d’Andrew Gray", "de Tom Balmforth", "d’Yves Martin", "d’Élise Lucet".
    static func de(_ name: String) -> String {
        guard let first = name.first else { return "de" }
        let folded = TextFolding.fold(String(first))
        return "aeiouy".contains(folded) && !folded.isEmpty ? "d’" + name : "de " + name
    }
}
