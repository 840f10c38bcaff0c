/// French spacing: a no-break space inside « » and before `:`, a narrow no-break space before
/// `;`, `!` and `?`; never inside a URL, an entity or a time ("13:00"). Apostrophes are left as they are.
enum FrenchTypography {
    static let noBreak: Unicode.Scalar = "\u{00A0}"
    static let narrow: Unicode.Scalar = "\u{202F}"

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == noBreak || s == narrow }
    private static func isCloser(_ s: Unicode.Scalar) -> Bool { s == "»" || s == "\"" || s == "”" || s == ")" }
    private static func isWord(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s.value >= 0x30 && s.value <= 0x39) || (s.value | 0x20 >= 0x61 && s.value | 0x20 <= 0x7A) : s.properties.isAlphabetic
    }

    static func apply(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "«" || $0 == "»" || $0 == ":" || $0 == ";" || $0 == "!" || $0 == "?" })
        else { return text }
        let chars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            switch ch {
            case "«":
                out.append(ch)
                var j = i + 1
                while j < chars.count, isSpace(chars[j]) { j += 1 }
                if j < chars.count, chars[j] != "»" { out.append(noBreak) }
                i = j
                continue
            case "»":
                trimSpaces(&out)
                if let last = out.last, last != "«" { out.append(noBreak) }
                out.append(ch)
            case ";" where closesEntity(out):
                out.append(ch)
            case ":", ";", "!", "?":
                let nextIsBreak = i + 1 == chars.count || isSpace(chars[i + 1]) || isCloser(chars[i + 1])
                let hadSpace = out.last.map(isSpace) ?? false
                trimSpaces(&out)
                if let last = out.last, nextIsBreak || hadSpace,
                   isWord(last) || isCloser(last) || (hadSpace && last != "!" && last != "?") {
                    out.append(ch == ":" ? noBreak : narrow)
                } else if hadSpace, !out.isEmpty {
                    out.append(" ")
                }
                out.append(ch)
            default:
                out.append(ch)
            }
            i += 1
        }
        return String(out)
    }

    /// Whether `out` ends with "&amp" or "&#233", so that a `;` closes an entity.
    private static func closesEntity(_ out: String.UnicodeScalarView) -> Bool {
        var i = out.endIndex
        var length = 0
        while i > out.startIndex {
            let prev = out.index(before: i)
            let s = out[prev]
            if s.isASCII, isWord(s) || s == "#" {
                i = prev
                length += 1
                continue
            }
            return s == "&" && length > 0
        }
        return false
    }

    private static func trimSpaces(_ out: inout String.UnicodeScalarView) {
        while let last = out.last, isSpace(last) { out.removeLast() }
    }
}
