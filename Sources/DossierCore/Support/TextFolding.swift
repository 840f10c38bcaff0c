import Foundation

/// Accent and case folding, and slugs, shared by every stage that compares names.
public enum TextFolding {
    /// Lower-cased, accents removed, typographic apostrophes and dashes made plain:
    /// "Élysée" → "elysee", "l’OTAN" → "l'otan".
    public static func fold(_ text: some StringProtocol) -> String {
        let utf8 = text.utf8
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        if utf8.allSatisfy({ $0 < 0x80 }) {
            for b in utf8 { out.append(b >= 0x41 && b <= 0x5A ? b + 32 : b) }
            return String(decoding: out, as: UTF8.self)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))
            } else if v < 0x250 {
                out.append(contentsOf: latinTable[Int(v)])
            } else {
                out.append(contentsOf: slowFold(scalar).utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The folded UTF-8 of every scalar below U+0250 (Latin-1 and Latin Extended), computed once.
    private static let latinTable: [[UInt8]] = (0..<0x250).map { value in
        Unicode.Scalar(UInt32(value)).map { Array(slowFold($0).utf8) } ?? []
    }

    /// Folds one scalar through Unicode decomposition.
    private static func slowFold(_ scalar: Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for s in String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars {
            switch s.value {
            case 0x0300...0x036F: continue // combining marks
            case 0x2018, 0x2019, 0x02BC, 0x2032: out.append("'")
            case 0x2010...0x2015: out.append("-")
            case 0x00A0, 0x202F, 0x2009: out.append(" ")
            case 0x0152: out.append(contentsOf: "OE".unicodeScalars)
            case 0x0153: out.append(contentsOf: "oe".unicodeScalars)
            case 0x00C6: out.append(contentsOf: "AE".unicodeScalars)
            case 0x00E6: out.append(contentsOf: "ae".unicodeScalars)
            case 0x00DF: out.append(contentsOf: "ss".unicodeScalars)
            // Letters with a stroke or without a dot, which do not decompose: "Radosław" is
            // "Radoslaw" without its accents, "Støre" "Store", "Đoković" "Dokovic", "Kılıç" "Kilic".
            case 0x00D8, 0x00F8: out.append("o")
            case 0x0141, 0x0142: out.append("l")
            case 0x0110, 0x0111: out.append("d")
            case 0x0126, 0x0127: out.append("h")
            case 0x0131: out.append("i")
            default: out.append(s)
            }
        }
        return String(out).lowercased()
    }

    /// A URL slug: accent-folded, lower-case ASCII letters and digits joined by single
    /// hyphens, at most `maxLength` characters, cut at a hyphen when possible.
    public static func slug(_ text: some StringProtocol, maxLength: Int = 80) -> String {
        var out = ""
        var pendingHyphen = false
        for ch in fold(text).unicodeScalars {
            let isWordChar = (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9")
            if isWordChar {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(ch)
            } else {
                pendingHyphen = true
            }
        }
        if out.count > maxLength {
            // Whole words only, and not a dangling article or preposition ("…-doutes-sur-l").
            var words = out.split(separator: "-")
            var kept: [Substring] = []
            var length = 0
            for word in words {
                let next = length + (kept.isEmpty ? 0 : 1) + word.count
                if next > maxLength { break }
                kept.append(word)
                length = next
            }
            if kept.isEmpty, let first = words.first { kept = [first.prefix(maxLength)] }
            while kept.count > 1, let last = kept.last, slugDangling.contains(String(last)) { kept.removeLast() }
            words = kept
            out = words.joined(separator: "-")
        }
        return out
    }

    /// Words a cut slug must not end with.
    private static let slugDangling: Set<String> = [
        "l", "d", "qu", "s", "n", "c", "j", "m", "t", "de", "du", "des", "la", "le", "les", "un", "une", "et", "ou", "a", "au",
        "aux", "en", "sur", "pour", "par", "avec", "dans", "que", "qui", "the", "a", "an", "of", "to", "and", "or", "in", "on",
        "at", "for", "with", "by", "from", "as", "its", "his", "her", "their", "ce", "cette", "ces", "son", "sa", "ses",
    ]
}
