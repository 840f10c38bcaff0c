/// What an article page says about where the article comes from and how its date was found:
/// the outlet and agency, the contributors, the link to the original, and an inferred date
/// marked as such. Phrases follow the site's language (French by default, or English).
struct ArticleSourcing {
    let article: Article
    /// The site's language: "fr" or "en".
    let language: String

    private var english: Bool { language == "en" }

    /// "Le Monde, avec AFP", "Reuters", or nil when the clip names no outlet.
    var sourceLine: String? {
        guard let outlet = article.outlet else { return article.wire }
        guard let wire = article.wire, wire != outlet else { return outlet }
        return outlet + (english ? ", with " : ", avec ") + wire
    }

    /// "Avec la contribution d’Andrew Gray et de Tom Balmforth.", "With contributions from …".
    var contributorsLine: String? {
        let names = article.contributors
        guard !names.isEmpty else { return nil }
        if english {
            return "With contributions from " + Self.list(names, and: "and") + "."
        }
        let phrases = names.map { FrenchElision.de($0) }
        return "Avec la contribution " + Self.list(phrases, and: "et") + "."
    }

    /// "Lire l’article original sur Le Monde", "Read the original article on Reuters".
    var originalLinkLabel: String? {
        guard article.url != nil else { return nil }
        let outlet = article.outlet ?? article.wire
        if english { return "Read the original article" + (outlet.map { " on " + $0 } ?? "") }
        return "Lire l’article original" + (outlet.map { " sur " + $0 } ?? "")
    }

    /// Whether the publication date was deduced rather than printed on the clip.
    var dateInferred: Bool {
        article.date != nil && Self.inferredBases.contains(article.dateBasis)
    }

    static let inferredBases: Set<DateBasis> = [.text, .weekday, .meeting]

    /// "6 janvier 2026", or "date déduite : 6 janvier 2026 (d’après la rencontre que l’article rapporte)".
    func dateLabel(formatted: String) -> String {
        guard dateInferred else { return formatted }
        return (english ? "date inferred: " : "date déduite\u{00A0}: ") + formatted + " (" + basisNote + ")"
    }

    /// How an inferred date was found, in a few words.
    var basisNote: String {
        switch (article.dateBasis, english) {
        case (.meeting, false): "d’après la rencontre que l’article rapporte"
        case (.meeting, true): "from the meeting the article reports"
        case (.weekday, false): "d’après le jour de la semaine cité dans le texte"
        case (.weekday, true): "from the weekday named in the text"
        case (_, false): "d’après une date citée dans le texte"
        case (_, true): "from a date given in the text"
        }
    }

    /// "A, B et C".
    static func list(_ items: [String], and: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(and) " + last
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
