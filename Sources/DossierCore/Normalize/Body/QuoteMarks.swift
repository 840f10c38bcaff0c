/// Typewriter marks made typographic, as the clip's language writes them: straight double quotes
/// become « » in French and “ ” in English, a straight apostrophe becomes ’, a single-quoted phrase
/// ‘ ’, and "--" a dash. The words are never changed, quoted copy included.
enum QuoteMarks {
    static func apply(_ text: String, lang: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x27 || $0 == 0x2D }) else { return text }
        let french = lang == "fr"
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var openDouble = false
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            let before: Unicode.Scalar? = out.last
            let after: Unicode.Scalar? = i + 1 < chars.count ? chars[i + 1] : nil
            switch ch {
            case "\"":
                // Opening after a space, a bracket or the start; closing after a word or punctuation.
                let opens = before.map { isOpeningContext($0) } ?? true
                let atBreak = after.map { isSpace($0) || isPunctuation($0) } ?? true
                if opens && !(openDouble && atBreak) {
                    out.append(french ? "«" : "“")
                    openDouble = true
                } else {
                    out.append(french ? "»" : "”")
                    openDouble = false
                }
            case "'":
                if let b = before, isWord(b) || isPunctuation(b) && b != "(" {
                    out.append("’")
                } else if let a = after, isWord(a) {
                    out.append("‘")
                } else {
                    out.append("’")
                }
            case "-" where after == "-":
                // "--" (and "---") is a dash; "<!--" and "-->" are not prose but are left alone.
                var j = i
                while j < chars.count, chars[j] == "-" { j += 1 }
                if j - i <= 3, before != "!", j >= chars.count || chars[j] != ">" {
                    out.append("—")
                    i = j
                    continue
                }
                out.append(contentsOf: chars[i..<j])
                i = j
                continue
            default:
                out.append(ch)
            }
            i += 1
        }
        return String(out)
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{00A0}" || s == "\u{202F}" || s == "\n" || s == "\t"
    }

    private static func isOpeningContext(_ s: Unicode.Scalar) -> Bool {
        isSpace(s) || "([{—–-/«“‘:".unicodeScalars.contains(s)
    }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        ".,;:!?…)]}»”’".unicodeScalars.contains(s)
    }

    private static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || (s.value >= 0x30 && s.value <= 0x39)
    }
}
