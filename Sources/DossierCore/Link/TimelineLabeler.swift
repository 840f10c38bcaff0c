import Foundation

/// Cuts the sentence that carries a date down to the clause that says what happened:
/// at most `maxLength` characters, whole words, no dangling punctuation, a capital first.
enum TimelineLabeler {
    static let maxLength = 160

    private static let clauseMarks: Set<Character> = [";", ":", "—", "–"]
    private static let leadingWords: Set<String> = ["mais", "et", "or", "donc", "but", "and", "so", "puis"]

    /// The label for `expression` in `sentence`.
    static func label(sentence: String, expression: String) -> String {
        let sentence = withoutDateline(sentence.trimmingCharacters(in: .whitespacesAndNewlines))
        var text = sentence
        // A clause cut from a longer sentence keeps the sentence's subject before an ellipsis,
        // and one that stops before the sentence ends says so.
        var cutEnd = false
        if text.count > maxLength {
            let part = clause(of: sentence, around: expression, marks: clauseMarks)
            if let range = sentence.range(of: part), part != sentence {
                // A semicolon closes a clause: what follows it is another one, not a cut.
                cutEnd = !sentence[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .!?»\"")).isEmpty
                    && part.trimmingCharacters(in: .whitespaces).last != ";"
                let opening = String(sentence[..<range.lowerBound])
                let lead = tidy(lead(of: firstPart(of: opening, marks: clauseMarks.union([","]))))
                // After a colon or a semicolon a clause has its own subject; after a dash it may
                // not ("Zelensky — arrivé dimanche — indique que …"). A place in capitals is a dateline.
                let mark = opening.trimmingCharacters(in: .whitespaces).last
                if range.lowerBound > sentence.startIndex, mark == "—" || mark == "–", !lead.isEmpty,
                   lead.contains(where: \.isLowercase) {
                    text = lead + " … " + trimStart(part)
                } else {
                    text = part
                }
            } else {
                text = part
            }
        }
        return cutEnd ? ellipsized(commaLabel(text, expression: expression)) : commaLabel(text, expression: expression)
    }

    private static func ellipsized(_ label: String) -> String {
        label.hasSuffix("…") ? label : label + "…"
    }

    /// A text still past `maxLength` cut at its commas.
    private static func commaLabel(_ input: String, expression: String) -> String {
        var text = input
        if text.count > maxLength {
            // Commas cut inside a sentence: a label that starts after its subject keeps the subject
            // before an ellipsis, one that stops before the end says so, and an opening participle
            // ("S'exprimant …", "Speaking …") keeps the clause it leads to.
            let whole = text
            let part = clause(of: whole, around: expression, marks: [","])
            guard let range = whole.range(of: part) else { return tidy(cut(part)) }
            let rest = whole[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " .!?»\""))
            var ended = !rest.isEmpty
            if range.lowerBound > whole.startIndex {
                text = tidy(lead(of: firstPart(of: whole))) + " … " + trimStart(part)
            } else if ended, isParticiple(firstWord(of: part)) || part.count < maxLength / 2 {
                // An opening participle ("S'exprimant …", "Réunis jeudi à Bruxelles") or a short
                // opening phrase ("After the talks,") keeps the clause it leads to.
                text = whole
                ended = false
            } else {
                text = part
            }
            if text.count > maxLength { return tidy(cut(text)) }
            return ended ? tidy(text) + "…" : tidy(text)
        }
        if text.count > maxLength { text = cut(text) }
        return tidy(text)
    }

    /// The opening words of a sentence's first part, up to about 60 characters on a whole word:
    /// the subject a clause cut from later in the sentence is about.
    private static func lead(of part: String) -> String {
        var out = ""
        for word in part.split(separator: " ") {
            if !out.isEmpty, out.count + word.count + 1 > 60 { break }
            out += out.isEmpty ? String(word) : " " + word
        }
        return trimEnd(out)
    }

    /// The sentence up to its first comma (or first of `marks`).
    private static func firstPart(of text: String, marks: Set<Character> = [","]) -> String {
        guard let mark = text.firstIndex(where: { marks.contains($0) }) else { return text }
        return String(text[..<mark])
    }

    /// The sentence without a wire dateline before it: "WASHINGTON, Oct 22 (Reuters) - ",
    /// "PARIS (AFP) — ": the place and the agency are the clip's, not what happened.
    static func withoutDateline(_ text: String) -> String {
        let head = text.prefix(80)
        guard let close = head.firstIndex(of: ")"), let open = head[..<close].lastIndex(of: "(") else { return text }
        let agency = head[head.index(after: open)..<close]
        guard !agency.isEmpty, agency.count <= 16, agency.first?.isUppercase == true else { return text }
        var rest = text[text.index(after: close)...].drop { $0 == " " }
        guard let dash = rest.first, "-–—".contains(dash) else { return text }
        rest = rest.dropFirst().drop { $0 == " " }
        // The place before: a word in capitals ("WASHINGTON", "HALLANDALE BEACH").
        let place = head[..<open].split(whereSeparator: { $0 == " " || $0 == "," }).first ?? ""
        guard place.count >= 2, place.allSatisfy({ !$0.isLetter || $0.isUppercase }), !rest.isEmpty else { return text }
        return String(rest)
    }

    private static func firstWord(of text: String) -> String {
        let word = text.split(separator: " ").first.map(String.init) ?? ""
        return TextFolding.fold(word.split(separator: "'").last.map(String.init) ?? word)
    }

    /// A present participle opening a sentence: "exprimant", "speaking".
    private static func isParticiple(_ folded: String) -> Bool {
        folded.utf8.count > 5 && (folded.hasSuffix("ant") || folded.hasSuffix("ing"))
    }

    private static func trimStart(_ text: String) -> String {
        var s = text.trimmingCharacters(in: .whitespaces)
        while let c = s.first, ",;:-–—".contains(c) { s.removeFirst(); s = s.trimmingCharacters(in: .whitespaces) }
        return s
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
