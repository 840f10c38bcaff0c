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
        if text.count > maxLength { text = clause(of: text, around: expression) }
        if text.count > maxLength { text = cut(text) }
        return tidy(text)
    }

    /// The part of `text` between the clause marks around the expression (or the first such part).
    private static func clause(of text: String, around expression: String) -> String {
        let anchor = text.range(of: expression)?.lowerBound ?? text.startIndex
        var start = text.startIndex
        var end = text.endIndex
        var i = text.startIndex
        while i < text.endIndex {
            if clauseMarks.contains(text[i]) {
                if i < anchor { start = text.index(after: i) } else if i >= anchor, end == text.endIndex { end = i }
            }
            i = text.index(after: i)
        }
        let part = String(text[start..<end])
        return part.count >= 20 ? part : text
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
