/// Detects French or English from stop-word counts.
enum ClipLanguage {
    private static let french: Set<String> = [
        "le", "la", "les", "des", "du", "de", "et", "a", "au", "aux", "en", "pour", "sur", "avec", "une", "un",
        "dans", "par", "est", "qui", "que", "qu", "ne", "pas", "il", "elle", "ils", "sont", "ont", "ce", "cette",
        "ses", "son", "sa", "leur", "d", "l", "mais", "ou", "selon", "apres", "lors", "plus", "nous", "vous",
    ]
    private static let english: Set<String> = [
        "the", "of", "and", "to", "in", "is", "was", "for", "on", "with", "that", "by", "from", "at", "as",
        "he", "she", "it", "its", "his", "her", "they", "their", "said", "says", "say", "has", "have", "had",
        "will", "would", "be", "been", "are", "were", "an", "this", "after", "not", "but", "s", "who", "which",
    ]

    /// Stop-word counts of the text: (French, English).
    static func counts(_ text: String) -> (fr: Int, en: Int) {
        var fr = 0
        var en = 0
        for token in FoldedWords.tokens(ofFolded: TextFolding.fold(text.prefix(1500)), limit: 250) {
            if french.contains(token) { fr += 1 }
            if english.contains(token) { en += 1 }
        }
        return (fr, en)
    }

    /// "fr" or "en"; French when undecided.
    static func language(of text: String) -> String {
        let c = counts(text)
        return c.en > c.fr ? "en" : "fr"
    }

    /// The language of a short line when its stop words say it clearly, else nil.
    static func clearLanguage(of text: String) -> String? {
        let c = counts(text)
        if c.en >= 2 && c.en > c.fr * 2 { return "en" }
        if c.fr >= 2 && c.fr > c.en * 2 { return "fr" }
        return nil
    }
}
