import Foundation

/// Spelling-insensitive keys for names, so that transliterations and language variants of
/// one name meet: Volodymyr / Volodimir / Wolodymyr, Zelensky / Zelenskyy / Zelenskiy /
/// Zelenski, Putin / Poutine, Vladimir / Wladimir, Gérard / Gerard.
enum PersonNameKey {
    /// The key of one word of a name.
    static func key(_ word: some StringProtocol) -> String {
        var letters: [Character] = []
        for scalar in TextFolding.fold(word).unicodeScalars where scalar.properties.isAlphabetic {
            letters.append(Character(scalar))
        }
        var s = String(letters)
        for (from, to) in replacements { s = s.replacingAll(from, with: to) }
        if s.count > 4, s.hasSuffix("e") { s.removeLast() }
        var out = ""
        for ch in s where out.last != ch { out.append(ch) }
        return out
    }

    private static let replacements: [(String, String)] = [
        ("w", "v"), ("sch", "ch"), ("sh", "ch"), ("zh", "j"), ("kh", "h"), ("ck", "k"), ("ph", "f"),
        ("ou", "u"), ("gue", "ge"), ("gui", "gi"), ("y", "i"), ("j", "i"), ("ï", "i"),
    ]

    /// The keys of one name, computed once per distinct name of the dossier.
    struct Keys: Sendable {
        var isFullName: Bool
        var given: String?
        var surname: String
        var folded: String

        init(_ name: String) {
            isFullName = PersonNameKey.isFullName(name)
            given = PersonNameKey.givenKey(name)
            surname = PersonNameKey.surnameKey(name)
            folded = TextFolding.fold(name)
        }
    }

    /// The words of a name as written: "Ursula von der Leyen" → ["Ursula", "von", "der", "Leyen"].
    static func words(_ name: String) -> [Substring] {
        name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
    }

    /// The key of the family name: its last word ("leyen", "braunpivet", "zelenski").
    static func surnameKey(_ name: String) -> String {
        words(name).last.map { key($0) } ?? ""
    }

    /// Whether the name has a given name: several words, the first one capitalized
    /// ("Ursula von der Leyen", not "von der Leyen").
    static func isFullName(_ name: String) -> Bool {
        let w = words(name)
        return w.count >= 2 && w[0].first?.isUppercase == true
    }

    /// The key of the given name, when the name has more than one word.
    static func givenKey(_ name: String) -> String? {
        let w = words(name)
        return isFullName(name) ? key(w[0]) : nil
    }

    /// Whether two given-name keys may be the same person: equal, a short form ("steve",
    /// "steven") or an initial ("j", "jared").
    static func givenNamesMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count == 1 { return long.hasPrefix(short) }
        return short.count >= 3 && long.hasPrefix(short)
    }
}

extension String {
    /// The string with every occurrence of `target` replaced.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }
}
