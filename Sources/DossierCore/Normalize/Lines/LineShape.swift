/// Shape tests on a line of text: how it ends, how it starts, its case and length.
enum LineShape {
    /// Characters that may follow the final punctuation of a sentence.
    private static let closers: Set<Character> = ["»", "\"", "”", "’", "'", ")", "]", " ", "\u{00A0}", "\u{202F}"]

    /// The last character that is not a closing quote or bracket.
    static func lastSignificant(_ text: String) -> Character? {
        text.last(where: { !closers.contains($0) })
    }

    /// Whether the text ends like a sentence: `.`, `!`, `?` or `…`, possibly before closing quotes.
    static func endsSentence(_ text: String) -> Bool {
        guard let last = lastSignificant(text) else { return false }
        return last == "." || last == "!" || last == "?" || last == "…"
    }

    /// Whether the text ends with any punctuation that continues or ends a sentence (`.`, `,`, `:`…).
    static func endsWithPunctuation(_ text: String) -> Bool {
        guard let last = lastSignificant(text) else { return false }
        return ".!?…,;:".contains(last)
    }

    /// Whether the first letter of the text is lower-case.
    static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isLowercase
    }

    /// The words of the text, split on spaces.
    static func words(_ text: String) -> [Substring] {
        text.split(separator: " ")
    }

    /// Whether all the cased letters are capitals, with at least three of them.
    static func isAllCaps(_ text: String) -> Bool {
        var upper = 0
        for ch in text where ch.isLetter {
            if ch.isLowercase { return false }
            if ch.isUppercase { upper += 1 }
        }
        return upper >= 3
    }

    /// Whether the text holds a sentence end followed by another sentence.
    static func hasInnerSentenceBreak(_ text: String) -> Bool {
        SentenceSplitter.sentenceRanges(in: text).count > 1
    }
}
