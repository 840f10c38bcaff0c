/// A direct quote in a block's text: between « », “ ” or straight double quotes.
struct QuoteSpan: Sendable, Hashable {
    /// The opening mark.
    var open: String.Index
    /// Just after the closing mark.
    var end: String.Index
    /// The words inside the marks, trimmed.
    var text: String

    var wordCount: Int { text.split(separator: " ").count }

    func contains(_ index: String.Index) -> Bool { index >= open && index < end }

    /// Whether one of `spans` (in order, as `spans(in:)` gives them) holds `index`.
    static func contains(_ spans: [QuoteSpan], _ index: String.Index) -> Bool {
        var lo = 0, hi = spans.count
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if spans[mid].open <= index { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && spans[lo - 1].contains(index)
    }

    /// The quotes of `text`, in order; an opening mark with no closing one is ignored.
    static func spans(in text: String) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var openIndex: String.Index?
        var closer: Unicode.Scalar = "»"
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if let start = openIndex {
                if c == closer || (closer == "”" && c == "\"") || (closer == "\"" && c == "”") {
                    let innerStart = scalars.index(after: start)
                    var inner = String(text[innerStart..<i]).trimmingSpaces()
                    while let last = inner.last, last == "," || last == ";" { inner.removeLast() }
                    spans.append(QuoteSpan(open: start, end: next, text: inner))
                    openIndex = nil
                }
            } else if c == "«" || c == "“" || c == "\"" {
                openIndex = i
                closer = c == "«" ? "»" : c == "“" ? "”" : "\""
            }
            i = next
        }
        return spans
    }
}

extension String {
    /// The string without leading and trailing spaces (including no-break spaces) and line ends.
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.unicodeScalars.first, ScalarTraits.isWhitespace(f) { s = s.dropFirst() }
        while let l = s.unicodeScalars.last, ScalarTraits.isWhitespace(l) { s = s.dropLast() }
        return String(s)
    }
}
