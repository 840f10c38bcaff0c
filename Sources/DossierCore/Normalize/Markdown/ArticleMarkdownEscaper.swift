/// Escapes plain text so that Markdown shows it exactly as written, and reads it back.
enum ArticleMarkdownEscaper {
    /// Characters escaped wherever they are.
    private static let always: Set<Character> = ["\\", "*", "_", "<", "[", "]", "`"]
    /// Characters escaped at the start of a line, where they would open a block.
    private static let atStart: Set<Character> = ["#", "-", "+", ">", "=", "|", "~"]

    /// The Markdown for one line of plain text (a paragraph, a heading, an item).
    static func escape(_ text: String) -> String {
        if !needsEscaping(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            if always.contains(ch) || (i == 0 && atStart.contains(ch)) || (ch == "&" && isEntity(chars, at: i)) {
                out.append("\\")
            } else if (ch == "." || ch == ")"), isOrderedMarker(chars, at: i) {
                out.append("\\")
            }
            out.append(ch)
        }
        return out
    }

    /// Whether any byte of `text` could need a backslash: most paragraphs need none, and
    /// this check over UTF-8 bytes spares them the walk over `Character`s.
    private static func needsEscaping(_ text: String) -> Bool {
        var first = true
        for b in text.utf8 {
            switch b {
            case 0x5C, 0x2A, 0x5F, 0x3C, 0x5B, 0x5D, 0x60, 0x26: return true          // \ * _ < [ ] ` &
            case 0x23, 0x2D, 0x2B, 0x3E, 0x3D, 0x7C, 0x7E, 0x30...0x39: if first { return true } // line starts
            default: break
            }
            first = false
        }
        return false
    }

    /// Escapes a heading, whose closing `#` would otherwise be dropped.
    static func escapeHeading(_ text: String) -> String {
        let escaped = escape(text)
        guard escaped.hasSuffix("#"), !escaped.hasSuffix("\\#") else { return escaped }
        return String(escaped.dropLast()) + "\\#"
    }

    /// "&amp;", "&#233;": text that would be read as an entity.
    private static func isEntity(_ chars: [Character], at i: Int) -> Bool {
        var j = i + 1
        while j < chars.count, j - i <= 32, chars[j].isASCII, chars[j].isLetter || chars[j].isNumber || chars[j] == "#" {
            j += 1
        }
        return j > i + 1 && j < chars.count && chars[j] == ";"
    }

    /// "1." or "12)" at the start of a line, which would open an ordered list.
    private static func isOrderedMarker(_ chars: [Character], at i: Int) -> Bool {
        guard i >= 1, i <= 9 else { return false }
        return chars[0..<i].allSatisfy { $0.isASCII && $0.isNumber } && (i + 1 == chars.count || chars[i + 1] == " ")
    }

    /// The plain text of escaped Markdown: a backslash before ASCII punctuation is dropped.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = ""
        var pending = false
        for ch in text {
            if pending {
                if !(ch.isASCII && ch.isMarkdownEscapable) { out.append("\\") }
                out.append(ch)
                pending = false
            } else if ch == "\\" {
                pending = true
            } else {
                out.append(ch)
            }
        }
        if pending { out.append("\\") }
        return out
    }
}
