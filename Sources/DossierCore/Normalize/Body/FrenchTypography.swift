/// French spacing: a no-break space inside « » and before `:`, a narrow no-break space before
/// `;`, `!` and `?`; never inside a URL or a time ("13:00"). Apostrophes are left as they are.
enum FrenchTypography {
    static let noBreak: Character = "\u{00A0}"
    static let narrow: Character = "\u{202F}"
    private static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]

    static func apply(_ text: String) -> String {
        guard text.contains(where: { "«»:;!?".contains($0) }) else { return text }
        var out: [Character] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            switch ch {
            case "«":
                out.append(ch)
                var j = i + 1
                while j < chars.count, spaces.contains(chars[j]) { j += 1 }
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
                let nextIsBreak = i + 1 == chars.count || spaces.contains(chars[i + 1]) || "»\"”)".contains(chars[i + 1])
                let hadSpace = out.last.map { spaces.contains($0) } ?? false
                trimSpaces(&out)
                if let last = out.last, nextIsBreak || hadSpace, last.isLetter || last.isNumber || "»\"”)".contains(last) || (hadSpace && !"!?".contains(last)) {
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
    private static func closesEntity(_ out: [Character]) -> Bool {
        var i = out.count - 1
        while i >= 0, out[i].isASCII, out[i].isLetter || out[i].isNumber || out[i] == "#" { i -= 1 }
        return i >= 0 && i < out.count - 1 && out[i] == "&"
    }

    private static func trimSpaces(_ out: inout [Character]) {
        while let last = out.last, spaces.contains(last) { out.removeLast() }
    }
}
