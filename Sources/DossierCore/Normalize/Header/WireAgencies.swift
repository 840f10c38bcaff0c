/// News agencies and photo services, as they appear in credits, bylines and datelines.
enum WireAgencies {
    /// Wire agencies by folded token, with the name used for `outlet`.
    static let wires: [String: String] = [
        "afp": "AFP", "reuters": "Reuters", "ap": "Associated Press", "associated": "Associated Press",
        "efe": "EFE", "dpa": "dpa", "ansa": "ANSA", "anadolu": "Anadolu", "ukrinform": "Ukrinform",
        "interfax": "Interfax", "tass": "TASS", "belga": "Belga", "bloomberg": "Bloomberg", "pa": "PA Media",
        "upi": "UPI", "xinhua": "Xinhua", "kyodo": "Kyodo",
    ]

    /// Tokens that only occur in photo or wire credits.
    static let creditWords: Set<String> = [
        "afp", "reuters", "ap", "getty", "images", "epa", "efe", "anadolu", "sipa", "abaca", "maxppp", "photo",
        "photos", "licensors", "pool", "shutterstock", "handout", "press", "service", "ukrinform", "dpa", "ansa",
        "credit", "credits", "illustration", "archives", "bloomberg", "hans", "lucas", "via", "imago", "zuma",
        "alamy", "tass", "sputnik", "associated", "interfax", "xinhua", "ria", "novosti", "belga",
    ]

    /// The outlet named by a wire credit or agency name ("AFP", "(Reuters)", "Associated Press").
    static func outlet(in text: String) -> String? {
        let tokens = FoldedWords.of(text)
        for (i, token) in tokens.enumerated() {
            if token == "associated", i + 1 < tokens.count, tokens[i + 1] == "press" { return "Associated Press" }
            if token == "associated" { continue }
            if let name = wires[token] { return name }
        }
        return nil
    }

    /// Whether a short text reads as a credit: every word is a credit word, a name or a connector.
    static func looksLikeCredit(_ text: String) -> Bool {
        guard text.count <= 70 else { return false }
        let words = LineShape.words(text)
        guard words.count <= 9 else { return false }
        let tokens = FoldedWords.of(text)
        guard tokens.contains(where: { creditWords.contains($0) }) || ByteSearch.contains(text, "©") else { return false }
        guard !LineShape.hasInnerSentenceBreak(text) else { return false }
        // Names in a credit are capitalized; lower-case words must be connectors.
        let connectors: Set<String> = ["or", "and", "et", "ou", "via", "for", "pour", "de", "du", "des", "le", "la", "avec", "with", "par", "by"]
        for word in words {
            guard let first = word.first(where: { $0.isLetter }) else { continue }
            let key = TextFolding.fold(word).trimmingCharacters(in: .punctuationCharacters)
            if first.isLowercase && !connectors.contains(key) && !creditWords.contains(key) {
                return false
            }
        }
        return true
    }
}
