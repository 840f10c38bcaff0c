/// A word or a punctuation mark of running text, as the name rules see it.
struct NameToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// Letters (and digits), with inner hyphens: "Braun-Pivet", "a-t-il", "l'".
        case word
        /// One punctuation mark: `,` `.` `:` `«` `"` `(` …
        case punctuation
        /// A handle, hashtag, link or other site junk; it separates names.
        case junk
    }

    var kind: Kind
    /// The token as written.
    var text: Substring
    /// Accent- and case-folded text; for punctuation, the mark itself.
    var key: String
    /// Starts with an upper-case letter (or is a lower-case family-name prefix like "al-Sisi").
    var isCapitalized: Bool
    /// Two or more letters, all upper case: an acronym or a shouted heading ("OTAN", "CLARTÉ").
    var isAllCaps: Bool
    /// Followed by a possessive `'s`: "Zelenskyy's".
    var isPossessive: Bool
    /// An elided article or preposition: "l'", "d'", "qu'".
    var isElision: Bool

    var isWord: Bool { kind == .word }
    func isMark(_ mark: String) -> Bool { kind == .punctuation && key == mark }
}
