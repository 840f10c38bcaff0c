/// A person's name found in a sentence's tokens: `tokens[range]`, with its role phrase.
struct NameSpan: Sendable, Hashable {
    /// Token range of the name in its sentence.
    var range: Range<Int>
    /// The name as written.
    var name: String
    /// Whether the name has a given name or several words (not a family name alone).
    var isFull: Bool
    var role: String?
    /// The name follows "de", "of", "d'": a complement ("un conseiller d'Emmanuel Macron"),
    /// not the subject of what follows.
    var isComplement: Bool
}
