/// The folded word tokens of a text: letters and digits only, so that "Abonnez-vous !"
/// and "abonnez vous" compare equal, accents or not.
enum WordTokens {
    static func of(_ text: some StringProtocol) -> [String] {
        tokens(ofFolded: TextFolding.fold(text))
    }

    /// Tokens of text that is already folded.
    static func tokens(ofFolded folded: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
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
