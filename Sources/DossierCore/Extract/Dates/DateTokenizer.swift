/// Cuts a sentence into `DateToken`s: letters and digits make words; a hyphen, slash,
/// dot, comma or colon between two digits stays inside the token ("25/11/2025",
/// "2025-11-25", "1,1", "14:32"), elsewhere punctuation and apostrophes separate words.
enum DateTokenizer {
    /// The tokens of `sentence`, in order.
    static func tokens(in sentence: String) -> [DateToken] {
        var tokens: [DateToken] = []
        let scalars = sentence.unicodeScalars
        var start: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if isWordScalar(s) {
                if start == nil { start = i }
            } else if let st = start, isDigitJoiner(s), isDigit(scalars, before: i, from: st), isDigit(scalars, after: i) {
                // keep "25/11/2025" together
            } else if let st = start {
                tokens.append(make(sentence, st..<i))
                start = nil
                if !ScalarTraits.isWhitespace(s), s != "'" , s != "’" {
                    tokens[tokens.count - 1].trailing = Character(s)
                }
            }
            i = scalars.index(after: i)
        }
        if let st = start { tokens.append(make(sentence, st..<scalars.endIndex)) }
        return tokens
    }

    private static func make(_ sentence: String, _ range: Range<String.Index>) -> DateToken {
        let raw = sentence[range]
        return DateToken(folded: TextFolding.fold(raw), raw: raw, range: range, trailing: nil)
    }


    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            // ASCII: letters and digits are the alphabetic and numeric scalars.
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x40 || v == 0x5F
        }
        return ScalarTraits.isAlphabetic(s) || (0x0300...0x036F).contains(v) || s.properties.numericType != nil
    }

    private static func isDigitJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "/" || s == "-" || s == "." || s == "," || s == ":"
    }

    private static func isDigit(_ scalars: String.UnicodeScalarView, before i: String.Index, from start: String.Index) -> Bool {
        guard i > start else { return false }
        let p = scalars[scalars.index(before: i)]
        return p.value >= 48 && p.value <= 57
    }

    private static func isDigit(_ scalars: String.UnicodeScalarView, after i: String.Index) -> Bool {
        let n = scalars.index(after: i)
        guard n < scalars.endIndex else { return false }
        return scalars[n].value >= 48 && scalars[n].value <= 57
    }
}
