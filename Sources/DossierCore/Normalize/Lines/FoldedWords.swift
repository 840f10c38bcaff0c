/// The folded word tokens of a text: letters and digits only, so that "Abonnez-vous !"
/// and "abonnez vous" compare equal, accents or not.
enum FoldedWords {
    static func of(_ text: some StringProtocol) -> [String] {
        tokens(ofFolded: TextFolding.fold(text))
    }

    /// Tokens of text that is already folded, at most `limit` of them.
    static func tokens(ofFolded folded: String, limit: Int = .max) -> [String] {
        var tokens: [String] = []
        let scalars = folded.unicodeScalars
        var start: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex, tokens.count < limit {
            let scalar = scalars[i]
            let v = scalar.value
            let isWordScalar = v < 0x80
                ? (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
                : scalar.properties.isAlphabetic
            if isWordScalar {
                if start == nil { start = i }
            } else if let s = start {
                tokens.append(String(scalars[s..<i]))
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let s = start, tokens.count < limit { tokens.append(String(scalars[s..<scalars.endIndex])) }
        return tokens
    }
}
