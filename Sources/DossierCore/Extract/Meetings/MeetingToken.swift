/// A word of a sentence, as written and folded, with where it sits in the sentence.
/// Elided articles are words of their own: "l'Élysée" is "l'" then "Élysée".
struct MeetingToken: Sendable, Hashable {
    /// The word as written.
    var text: String
    /// Lower-cased and accent-folded ("Élysée" → "elysee").
    var folded: String
    /// Where the word is in its sentence.
    var range: Range<String.Index>
    /// Whether the word starts with a capital letter.
    var isCapitalized: Bool

    /// The words of `sentence`; punctuation is dropped, hyphenated words stay whole.
    static func tokens(in sentence: String) -> [MeetingToken] {
        var tokens: [MeetingToken] = []
        let scalars = sentence.unicodeScalars
        var start: String.Index?
        var i = scalars.startIndex
        func flush(_ end: String.Index) {
            if let s = start, s < end { append(sentence, s..<end, to: &tokens) }
            start = nil
        }
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if c == "'" || c == "\u{2019}" {
                // An apostrophe ends an elided word ("l'", "d'", "s'") and is kept with it.
                if let s = start, next < scalars.endIndex, isWordScalar(scalars[next]),
                   scalars.distance(from: s, to: i) <= 5 {
                    append(sentence, s..<next, to: &tokens)
                    start = nil
                } else if start != nil, next < scalars.endIndex, isWordScalar(scalars[next]) {
                    // "leaders'" or an apostrophe inside a longer word: keep going.
                } else {
                    flush(i)
                }
            } else if isWordScalar(c) || ((c == "-" || c == "\u{2011}") && start != nil && next < scalars.endIndex
                                             && isWordScalar(scalars[next])) {
                if start == nil { start = i }
            } else {
                flush(i)
            }
            i = next
        }
        flush(scalars.endIndex)
        return tokens
    }

    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return ScalarTraits.isAlphabetic(c)
    }

    private static func append(_ sentence: String, _ range: Range<String.Index>, to tokens: inout [MeetingToken]) {
        let text = String(sentence[range])
        let folded = MeetingFolding.fold(text)
        tokens.append(MeetingToken(text: text, folded: folded, range: range,
                                   isCapitalized: text.first?.isUppercase ?? false))
    }
}

extension Array where Element == MeetingToken {
    /// Whether the folded words starting at `index` are `words`.
    func matches(_ words: [String], at index: Int) -> Bool {
        guard index >= 0, index + words.count <= count else { return false }
        for (offset, word) in words.enumerated() where self[index + offset].folded != word { return false }
        return true
    }

    /// The index of the token that contains or follows the string position `position`.
    func tokenIndex(at position: String.Index) -> Int {
        for (i, token) in enumerated() where token.range.upperBound > position { return i }
        return count
    }
}
