/// A line near the top that only gives the publication date ("Publié le 6 janvier 2026 à 14h32",
/// "Updated January 6, 2026 at 2:30 p.m. GMT") dates the clip and is not body text.
enum PublishedLineRule {
    /// Words that may stand around the date on a date line.
    private static let dateWords: Set<String> = [
        "publie", "publiee", "le", "mis", "a", "jour", "modifie", "actualise", "updated", "published", "posted",
        "on", "at", "h", "heure", "heures", "gmt", "utc", "cet", "cest", "et", "est", "edt", "bst", "am", "pm",
        "p", "m", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "min", "mn", "last", "first", "date", "the",
        "heure", "de", "paris", "time", "local", "lecture", "read", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "lun", "mer", "jeu", "ven", "sam", "dim", "le", "modifie", "publication", "derniere", "maj", "cet", "et",
        // Relative update stamps: "Updated 2 hours ago", "Mis à jour il y a 3 heures".
        "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "mins", "day", "days", "il", "y", "jours",
    ]

    /// The date of the line when the line is only a date with its usual words.
    static func date(ofLine text: String) -> SimpleDate? {
        guard text.count <= 90 else { return nil }
        let tokens = FoldedWords.of(text)
        guard let match = ClipDateText.firstDate(in: tokens) else { return nil }
        for (k, token) in tokens.enumerated() where !match.tokens.contains(k) {
            // A second date ("modifié le 6 janv. 2026") may follow the first one.
            if dateWords.contains(token) || isTime(token) || ClipDateText.months[token] != nil || token.allSatisfy(\.isNumber) { continue }
            return nil
        }
        return match.date
    }

    /// Whether a token is a time or a small number ("14h32", "14", "30").
    private static func isTime(_ token: String) -> Bool {
        let parts = token.split(separator: "h", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isNumber) }
    }

    /// Whether the line opens with a word of publication or update ("Publié le", "Mis à jour",
    /// "Updated", "Published", "Posted"), as a date stamp does and a live-blog time line does not.
    static func isStampLine(_ text: String) -> Bool {
        let f = TextFolding.fold(text)
        return isUpdate(text) || f.hasPrefix("publie") || f.hasPrefix("published") || f.hasPrefix("posted")
            || f.hasPrefix("first published") || f.hasPrefix("last updated") || f.hasPrefix("date de publication")
    }

    /// Whether the line is an update stamp, whose date is not the publication date.
    static func isUpdate(_ text: String) -> Bool {
        let f = TextFolding.fold(text)
        return f.hasPrefix("mis a jour") || f.hasPrefix("updated") || f.hasPrefix("modifie") || f.hasPrefix("actualise")
            || f.contains("mis a jour le")
    }
}
