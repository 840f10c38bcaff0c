/// Splits running text into sentences, keeping abbreviations ("M.", "Dr.", "St.")
/// and initials ("J. Biden") inside their sentence and quotes with their sentence.
public enum SentenceSplitter {
    /// The sentences of `text`, trimmed, in order.
    public static func sentences(in text: String) -> [String] {
        sentenceRanges(in: text).map { String(text[$0]) }
    }

    /// The ranges of the sentences of `text`, trimmed of surrounding spaces.
    public static func sentenceRanges(in text: String) -> [Range<String.Index>] {
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

    private static let abbreviations: Set<String> = [
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
