/// The folded word tokens of a text: letters and digits only, so that "Abonnez-vous !"
/// and "abonnez vous" compare equal, accents or not.
enum WordTokens {
    static func of(_ text: some StringProtocol) -> [String] {
        tokens(ofFolded: FastFold.fold(text))
    }

    /// Tokens of text that is already folded.
    static func tokens(ofFolded folded: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            let v = scalar.value
            let isWordScalar = v < 0x80 ? (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) : scalar.properties.isAlphabetic
            if isWordScalar {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }
}
