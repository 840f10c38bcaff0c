/// A word or number of a sentence, as the date rules see it: folded for matching,
/// with its place in the sentence so the expression can be quoted as written.
struct DateToken: Sendable, Hashable {
    /// Lower-cased, accent-free text ("décembre" → "decembre").
    var folded: String
    /// The token as written.
    var raw: Substring
    /// Where the token is in its sentence.
    var range: Range<String.Index>
    /// The punctuation right after the token ("." of "janv.", "," of "Jeudi,"), if any.
    var trailing: Character?

    /// The value of a token made of ASCII digits only.
    var number: Int? {
        guard !folded.isEmpty, folded.utf8.count <= 4, folded.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Int(folded)
    }

    /// Whether the token starts with a capital letter as written.
    var isCapitalized: Bool { raw.first?.isUppercase ?? false }

    /// Whether the token is the French preposition "à" as written (not the verb "a").
    var isGraveA: Bool { raw == "à" || raw == "À" }
}
