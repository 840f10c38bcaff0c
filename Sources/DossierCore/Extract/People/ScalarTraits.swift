import Foundation

/// The Unicode properties the text rules ask of every scalar, looked up in a table computed once
/// for the scalars news text is made of (below U+3000), and asked of Unicode above it. Each
/// answer is exactly the property's: the table only saves the lookup.
enum ScalarTraits {
    private static let limit: UInt32 = 0x3000

    private static let alphabetic: UInt8 = 1
    private static let uppercase: UInt8 = 2
    private static let whitespace: UInt8 = 4
    /// `Character(scalar).isUppercase`.
    private static let characterUppercase: UInt8 = 8
    /// `Character(scalar).isNumber`.
    private static let characterNumber: UInt8 = 16
    /// Never joins a neighbouring scalar into one `Character` (see `isStandalone`).
    private static let standalone: UInt8 = 32
    /// Standalone, and canonically equivalent to no other scalar ("Å" U+212B is "Å" U+00C5).
    private static let searchable: UInt8 = 64

    private static let table: [UInt8] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        return traits(of: scalar)
    }

    private static func traits(of scalar: Unicode.Scalar) -> UInt8 {
        let p = scalar.properties
        var bits: UInt8 = 0
        if p.isAlphabetic { bits |= alphabetic }
        if p.isUppercase { bits |= uppercase }
        if p.isWhitespace { bits |= whitespace }
        let character = Character(scalar)
        if character.isUppercase { bits |= characterUppercase }
        if character.isNumber { bits |= characterNumber }
        if computeStandalone(scalar) {
            bits |= standalone
            if !hasSingletonDecomposition(scalar) { bits |= searchable }
        }
        return bits
    }

    @inline(__always)
    private static func bits(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.value < limit ? table[Int(scalar.value)] : traits(of: scalar)
    }

    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return bits(scalar) & alphabetic != 0
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return bits(scalar) & uppercase != 0
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return bits(scalar) & whitespace != 0
    }

    /// `Character(scalar).isUppercase`, for a scalar that is a whole character.
    static func isCharacterUppercase(_ scalar: Unicode.Scalar) -> Bool { bits(scalar) & characterUppercase != 0 }

    /// `Character(scalar).isNumber`, for a scalar that is a whole character.
    static func isCharacterNumber(_ scalar: Unicode.Scalar) -> Bool { bits(scalar) & characterNumber != 0 }

    /// Whether the scalar is a whole `Character` whatever its neighbours (other standalone
    /// scalars): not a combining mark, a joiner, a format character, a carriage return, a
    /// conjoining jamo, a regional indicator, an emoji modifier or a prepended or spacing mark.
    /// A text made only of such scalars has one character per scalar.
    static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v != 0x0D }
        return bits(scalar) & standalone != 0
    }

    /// See `searchable`.
    static func isSearchable(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v != 0x0D }
        return bits(scalar) & searchable != 0
    }

    private static func hasSingletonDecomposition(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v) { return true }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
        return decomposed.count == 1 && decomposed.first != scalar
    }

    private static func computeStandalone(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0D { return false }
        if v < 0x300 { return true }
        switch v {
        case 0x1100...0x11FF, 0xA960...0xA97F, 0xD7B0...0xD7FF, 0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF,
             0x0E33, 0x0EB3, 0x0D4E, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46:
            return false
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }
}
