/// The same folding as `TextFolding.fold`, without Unicode decomposition for the letters of
/// French and English text (a table lookup), falling back to `TextFolding.fold` for anything else.
enum FastFold {
    /// Folded forms of U+00C0…U+017F; nil where the table has no entry.
    private static let latin: [String?] = {
        var table = [String?](repeating: nil, count: 0x180 - 0xC0)
        for value in 0xC0..<0x180 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = TextFolding.fold(String(scalar))
            if folded.unicodeScalars.allSatisfy({ $0.isASCII }) { table[value - 0xC0] = folded }
        }
        return table
    }()

    static func fold(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            } else if v >= 0xC0 && v < 0x180, let folded = latin[Int(v) - 0xC0] {
                out.append(contentsOf: folded.unicodeScalars)
            } else {
                switch v {
                case 0x2018, 0x2019, 0x02BC, 0x2032: out.append("'")
                case 0x2010...0x2015: out.append("-")
                case 0x00A0, 0x202F, 0x2009: out.append(" ")
                case 0x00AB, 0x00BB, 0x00A9, 0x00B0, 0x2026, 0x201C, 0x201D, 0x00B7, 0x2022: out.append(scalar)
                case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0xFE0F, 0x200D: out.append(scalar)
                default: return TextFolding.fold(text)
                }
            }
        }
        return String(out)
    }
}
