/// What the name rules know about the whole clip while they read one sentence.
struct NameContext: Sendable {
    /// Folded last words of the full names the clip gives ("macron", "braun-pivet", "leyen").
    var surnames: Set<String> = []
    /// Folded family names with their particles ("von der leyen", "bin salman").
    var surnamePhrases: Set<String> = []
    /// Folded names and last words of bylines and credited journalists: never people.
    var excluded: Set<String> = []
    /// Whether the sentence is a title-case headline ("Macron Says He Discussed Ukraine").
    var isTitleCase = false

    /// Whether `key` is the family name of someone the clip names in full, or of a well-known newsmaker.
    func knowsSurname(_ key: String) -> Bool {
        surnames.contains(key) || NameLexicon.isKnownSurname(key)
    }

    /// Whether a sentence's words are mostly capitalized, as in English headlines.
    static func isTitleCase(_ tokens: [NameToken]) -> Bool {
        var long = 0, capitalized = 0
        for token in tokens where token.isWord && token.text.count >= 4 {
            long += 1
            if token.isCapitalized { capitalized += 1 }
        }
        return long >= 3 && capitalized * 10 >= long * 7
    }
}
