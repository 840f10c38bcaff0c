/// The same folding as `TextFolding.fold`, without Unicode decomposition for the letters of
/// French and English text (a table lookup), falling back to `TextFolding.fold` for anything else.
enum LineFolding {
    /// Folded UTF-8 of U+00C0…U+017F; empty where the table has no entry.
    private static let latin: [[UInt8]] = (0xC0..<0x180).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        let folded = TextFolding.fold(String(scalar))
        return folded.unicodeScalars.allSatisfy({ $0.isASCII }) ? Array(folded.utf8) : []
    }

    static func fold(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))
                continue
            }
            if v >= 0xC0 && v < 0x180 {
                let folded = latin[Int(v) - 0xC0]
                if folded.isEmpty { return TextFolding.fold(text) }
                out.append(contentsOf: folded)
                continue
            }
            switch v {
            case 0x2018, 0x2019, 0x02BC, 0x2032: out.append(0x27)
            case 0x2010...0x2015: out.append(0x2D)
            case 0x00A0, 0x202F, 0x2009: out.append(0x20)
            case 0x00AB, 0x00BB, 0x00A9, 0x00B0, 0x2026, 0x201C, 0x201D, 0x00B7, 0x2022, 0x1F000...0x1FAFF, 0x2600...0x27BF, 0xFE0F, 0x200D:
                out.append(contentsOf: String(scalar).utf8)
            default:
                return TextFolding.fold(text)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
