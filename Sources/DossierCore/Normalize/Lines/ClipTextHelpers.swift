/// Small text helpers shared by the normalize rules.

extension Character {
    /// Emoji and symbols: a line of them alone is not junk.
    var isClipSymbol: Bool {
        unicodeScalars.contains { $0.properties.isEmoji && $0.value > 0x7F }
    }
}

extension StringProtocol {
    /// The text without surrounding spaces.
    var clipTrimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " { s = s.dropFirst() }
        while let l = s.last, l == " " { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    /// The string without any of `characters` at its end.
    func clipTrimmingTrailing(_ characters: String) -> String {
        var s = Substring(self)
        while let last = s.last, characters.contains(last) { s = s.dropLast() }
        return String(s)
    }
}

extension Character {
    /// ASCII punctuation as CommonMark defines it for backslash escapes.
    var isMarkdownEscapable: Bool {
        guard let v = asciiValue else { return false }
        return (33...47).contains(v) || (58...64).contains(v) || (91...96).contains(v) || (123...126).contains(v)
    }
}
