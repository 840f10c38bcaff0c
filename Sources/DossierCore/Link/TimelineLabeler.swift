import Foundation

/// Cuts the sentence that carries a date down to the clause that says what happened:
/// at most `maxLength` characters, whole words, no dangling punctuation, a capital first.
enum TimelineLabeler {
    static let maxLength = 160

    private static let clauseMarks: Set<Character> = [";", ":", "—", "–"]
    private static let leadingWords: Set<String> = ["mais", "et", "or", "donc", "but", "and", "so", "puis"]

    /// The label for `expression` in `sentence`.
    static func label(sentence: String, expression: String) -> String {
        var text = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.count > maxLength { text = clause(of: text, around: expression, marks: clauseMarks) }
        if text.count > maxLength { text = clause(of: text, around: expression, marks: [","]) }
        if text.count > maxLength { text = cut(text) }
        return tidy(text)
    }

    /// The part of `text` cut at `marks` (outside quotes) that holds the expression: the
    /// sentence's opening parts when they reach it and fit (the main clause reads best),
    /// else the expression's part widened with the following parts, then the preceding ones.
    private static func clause(of text: String, around expression: String, marks: Set<Character>) -> String {
        var parts: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        var quoteDepth = 0
        while i < text.endIndex {
            let next = text.index(after: i)
            switch text[i] {
            case "«", "“": quoteDepth += 1
            case "»", "”": quoteDepth = max(0, quoteDepth - 1)
            case "\"": quoteDepth = quoteDepth > 0 ? 0 : 1
            default: break
            }
            if quoteDepth == 0, marks.contains(text[i]), next == text.endIndex || text[next] == " " {
                parts.append(text[start..<next])
                start = next
            }
            i = next
        }
        if start < text.endIndex { parts.append(text[start...]) }
        guard parts.count > 1 else { return text }
        let anchor = text.range(of: expression)?.lowerBound ?? text.startIndex
        var k = parts.firstIndex { $0.endIndex > anchor } ?? 0
        let prefixLength = parts[...k].reduce(0) { $0 + $1.count }
        if prefixLength <= maxLength {
            var hi = k + 1
            var length = prefixLength
            while hi < parts.count, length + parts[hi].count <= maxLength { length += parts[hi].count; hi += 1 }
            return parts[..<hi].joined()
        }
        var hi = k + 1
        var length = parts[k].count
        while true {
            if hi < parts.count, length + parts[hi].count <= maxLength {
                length += parts[hi].count
                hi += 1
            } else if k > 0, length + parts[k - 1].count <= maxLength {
                k -= 1
                length += parts[k].count
            } else {
                break
            }
        }
        return parts[k..<hi].joined()
    }

    /// The first words of `text` that fit, ending with "…".
    private static func cut(_ text: String) -> String {
        var out = ""
        for word in text.split(separator: " ") {
            if out.count + word.count + 1 > maxLength - 1 { break }
            out += out.isEmpty ? String(word) : " " + word
        }
        return trimEnd(out) + "…"
    }

    private static func tidy(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        while let first = words.first, words.count > 3, leadingWords.contains(TextFolding.fold(first.trimmingCharacters(in: .punctuationCharacters))) {
            words.removeFirst()
        }
        var s = trimEnd(words.joined(separator: " "))
        while let c = s.first, ",;:-–—".contains(c) { s.removeFirst(); s = s.trimmingCharacters(in: .whitespaces) }
        if let c = s.first, c.isLowercase { s = c.uppercased() + s.dropFirst() }
        return s
    }

    private static func trimEnd(_ text: String) -> String {
        var s = text.trimmingCharacters(in: .whitespaces)
        while let c = s.last, ",;:.-–—(".contains(c) { s.removeLast(); s = s.trimmingCharacters(in: .whitespaces) }
        return s
    }
}
