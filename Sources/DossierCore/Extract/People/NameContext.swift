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
    /// Function words ("With", "Says", "As") give it away: prose writes them in lower case.
    static func isTitleCase(_ tokens: [NameToken]) -> Bool {
        var long = 0, capitalized = 0, common = 0, commonCapitalized = 0
        for (i, token) in tokens.enumerated() where token.isWord && !token.isAllCaps {
            if token.text.utf8.count >= 4 {
                long += 1
                if token.isCapitalized { capitalized += 1 }
            }
            if i > 0, CommonWords.all.contains(token.key) {
                common += 1
                if token.isCapitalized { commonCapitalized += 1 }
            }
        }
        return long >= 3 && capitalized * 10 >= long * 6 && common >= 1 && commonCapitalized * 10 >= common * 7
    }
}
