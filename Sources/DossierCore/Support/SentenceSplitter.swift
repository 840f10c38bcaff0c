/// Splits running text into sentences, keeping abbreviations ("M.", "Dr.", "St.")
/// and initials ("J. Biden") inside their sentence and quotes with their sentence.
public enum SentenceSplitter {
    /// The sentences of `text`, trimmed, in order.
    public static func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    /// The ranges of the sentences of `text`, trimmed of surrounding spaces.
    public static func sentenceRanges(in text: String) -> [Range<String.Index>] {
        if let ranges = scalarSentenceRanges(in: text) { return ranges }
        return characterSentenceRanges(in: text)
    }

    /// `sentenceRanges(in:)` read character by character: the reference for texts where a
    /// character may span several scalars (combining accents, emoji sequences).
    static func characterSentenceRanges(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start = text.startIndex
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            if ch == "." || ch == "!" || ch == "?" || ch == "…" {
                var end = text.index(after: i)
                // Closing quotes and brackets stay with the sentence.
                while end < text.endIndex, "»\"”’)".contains(text[end]) || text[end] == "." {
                    end = text.index(after: end)
                }
                let nextIsBreak = end == text.endIndex || text[end] == " " || text[end] == "\n"
                if nextIsBreak, !isAbbreviation(text, before: i, sentenceStart: start), startsNewSentence(text, at: end) {
                    append(text, start..<end, to: &ranges)
                    start = end
                    i = end
                    continue
                }
            } else if ch == "\n" {
                append(text, start..<i, to: &ranges)
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
        append(text, start..<text.endIndex, to: &ranges)
        return ranges
    }

    private static func append(_ text: String, _ range: Range<String.Index>, to ranges: inout [Range<String.Index>]) {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, text[lo].isWhitespace { lo = text.index(after: lo) }
        while hi > lo, text[text.index(before: hi)].isWhitespace { hi = text.index(before: hi) }
        if lo < hi { ranges.append(lo..<hi) }
    }

    static let abbreviations: Set<String> = [
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "mr", "mrs", "ms", "jr", "sr",
        "gen", "gén", "col", "lt", "sgt", "gov", "sen", "rep", "prof", "etc", "cf", "p", "vs", "no", "n°",
        "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "dec", "env", "art", "vol", "av", "ap", "j.-c", "u.s", "u.k", "inc", "ltd", "co",
    ]

    /// Whether the period at `dot` ends an abbreviation or an initial rather than a sentence.
    private static func isAbbreviation(_ text: String, before dot: String.Index, sentenceStart: String.Index) -> Bool {
        guard text[dot] == "." else { return false }
        var wordStart = dot
        while wordStart > sentenceStart {
            let prev = text.index(before: wordStart)
            if text[prev].isWhitespace || text[prev] == "(" { break }
            wordStart = prev
        }
        let word = text[wordStart..<dot]
        if word.isEmpty { return false }
        if word.count == 1, let c = word.first, c.isUppercase { return true } // initial
        return abbreviations.contains(word.lowercased())
    }

    /// Whether the text after a sentence end looks like the start of a new sentence.
    private static func startsNewSentence(_ text: String, at index: String.Index) -> Bool {
        var j = index
        while j < text.endIndex, text[j] == " " || text[j] == "\u{00A0}" { j = text.index(after: j) }
        guard j < text.endIndex else { return true }
        let c = text[j]
        return c.isUppercase || c.isNumber || "«\"“(—–-".contains(c) || c == "\n"
    }
}

extension SentenceSplitter {
    /// `sentenceRanges(in:)` read scalar by scalar, for texts where every scalar is a whole
    /// character (nearly all news text); nil for the others. Same rules, same results.
    static func scalarSentenceRanges(in text: String) -> [Range<String.Index>]? {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            guard ScalarTraits.isStandalone(scalar) else { return nil }
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        let n = scalars.count
        var ranges: [Range<String.Index>] = []
        func append(_ lo: Int, _ hi: Int) {
            var lo = lo, hi = hi
            while lo < hi, ScalarTraits.isWhitespace(scalars[lo]) { lo += 1 }
            while hi > lo, ScalarTraits.isWhitespace(scalars[hi - 1]) { hi -= 1 }
            guard lo < hi else { return }
            let utf8 = text.utf8
            ranges.append(utf8.index(utf8.startIndex, offsetBy: offsets[lo])..<utf8.index(utf8.startIndex, offsetBy: offsets[hi]))
        }
        var start = 0
        var i = 0
        while i < n {
            let ch = scalars[i]
            if ch == "." || ch == "!" || ch == "?" || ch == "…" {
                var end = i + 1
                while end < n, isCloser(scalars[end]) { end += 1 }
                let nextIsBreak = end == n || scalars[end] == " " || scalars[end] == "\n"
                if nextIsBreak, !isAbbreviation(scalars, before: i, sentenceStart: start), startsNewSentence(scalars, at: end) {
                    append(start, end)
                    start = end
                    i = end
                    continue
                }
            } else if ch == "\n" {
                append(start, i)
                start = i + 1
            }
            i += 1
        }
        append(start, n)
        return ranges
    }

    /// Closing quotes and brackets, and further periods, that stay with the sentence.
    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "»" || c == "\"" || c == "”" || c == "’" || c == ")" || c == "."
    }

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int, sentenceStart: Int) -> Bool {
        guard scalars[dot] == "." else { return false }
        var wordStart = dot
        while wordStart > sentenceStart {
            let prev = scalars[wordStart - 1]
            if ScalarTraits.isWhitespace(prev) || prev == "(" { break }
            wordStart -= 1
        }
        if wordStart == dot { return false }
        if dot - wordStart == 1, ScalarTraits.isCharacterUppercase(scalars[wordStart]) { return true } // initial
        return isListed(scalars[wordStart..<dot])
    }

    private static func isListed(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: word)
        return abbreviations.contains(String(text).lowercased())
    }

    private static func startsNewSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var j = index
        while j < scalars.count, scalars[j] == " " || scalars[j] == "\u{00A0}" { j += 1 }
        guard j < scalars.count else { return true }
        let c = scalars[j]
        return ScalarTraits.isCharacterUppercase(c) || ScalarTraits.isCharacterNumber(c)
            || c == "«" || c == "\"" || c == "“" || c == "(" || c == "—" || c == "–" || c == "-" || c == "\n"
    }
}
