/// A fast accent and case folding for Latin text, equal to `TextFolding.fold` on French and
/// English, without Foundation: the meeting stages fold every word of every clip.
enum MeetingFolding {
    /// Base letters of U+00C0…U+00FF, lower-cased ("" where the character has no base letter).
    private static let latin1: [String] = {
        let bases = "aaaaaaaceeeeiiiidnooooo*ouuuuyts" + "aaaaaaaceeeeiiiidnooooo/ouuuuyty"
        return bases.map { $0 == "*" ? "×" : $0 == "/" ? "÷" : String($0) }
    }()

    /// Lower-cased, accents removed, typographic apostrophes and dashes made plain.
    static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return String(text) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A: out.append(UInt8(v + 32))
            case 0..<0x80: out.append(UInt8(v))
            case 0xC0...0xFF:
                if v == 0xC6 || v == 0xE6 { out += [0x61, 0x65] } else if v == 0xDF { out += [0x73, 0x73] } else { out += latin1Bytes[Int(v - 0xC0)] }
            case 0x0152, 0x0153: out += [0x6F, 0x65]
            case 0x0300...0x036F: continue
            case 0x2018, 0x2019, 0x02BC, 0x2032: out.append(0x27)
            case 0x2010...0x2015: out.append(0x2D)
            case 0x00A0, 0x202F, 0x2009: out.append(0x20)
            default:
                let lower = String(scalar).lowercased()
                if lower.unicodeScalars.count == 1, !lower.unicodeScalars.contains(where: { $0.value > 0x24F }) {
                    out += TextFolding.fold(lower).utf8
                } else {
                    out += lower.utf8
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let latin1Bytes: [[UInt8]] = latin1.map { Array($0.utf8) }
}
