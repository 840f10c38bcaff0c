/// Small, fast JSON writing for the large generated data files, where
/// `JSONSerialization` would dominate the build time.
enum JSONText {
    /// `text` as a JSON string literal, quotes included. `<`, `>` and `&` are written
    /// `\u003c`, `\u003e` and `\u0026` (and U+2028, U+2029 escaped), so the result is safe
    /// inside an HTML `<script>` element: no `</script>`, `<!--` or `<script` can end or
    /// change the element, whatever the text.
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `[1,2,3]`.
    static func integers(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }
}
