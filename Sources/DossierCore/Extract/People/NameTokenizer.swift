/// Splits a sentence into `NameToken`s by scanning Unicode scalars once: words keep inner
/// hyphens, French elisions ("l'", "d'") become their own token, English possessives mark
/// the word, emoji and symbols vanish, handles, hashtags and links become junk.
enum NameTokenizer {
    /// Elided words that end with an apostrophe in French.
    private static let elisions: Set<String> = ["l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "presqu", "quoiqu"]
    private static let punctuation: Set<Unicode.Scalar> = [
        ",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "«", "»", "\"", "“", "”", "„", "—", "–", "…", "/", "|", "*", "•",
    ]

    static func tokens(in text: Substring) -> [NameToken] {
        var tokens: [NameToken] = []
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            if isLetter(c) {
                i = scanWord(scalars, from: i, into: &tokens)
            } else if c == "@" || c == "#" {
                i = skipChunk(scalars, from: i)
                tokens.append(junk(text, i))
            } else if punctuation.contains(c) {
                let next = scalars.index(after: i)
                let mark = c == "“" || c == "”" || c == "„" ? "\"" : String(c)
                tokens.append(NameToken(kind: .punctuation, text: text[i..<next], key: mark, isCapitalized: false,
                                        isAllCaps: false, isPossessive: false, isElision: false))
                i = next
            } else {
                i = scalars.index(after: i)
            }
        }
        return tokens
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        ScalarTraits.isAlphabetic(c) || ("0"..."9").contains(c)
    }

    private static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" || c == "ʼ" }

    /// Scans one word starting at `start`; appends it (and a split elision) and returns where it ended.
    private static func scanWord(_ s: Substring.UnicodeScalarView, from start: String.Index, into tokens: inout [NameToken]) -> String.Index {
        var wordStart = start
        var i = start
        while i < s.endIndex {
            let c = s[i]
            if isLetter(c) { i = s.index(after: i); continue }
            let next = s.index(after: i)
            let nextIsLetter = next < s.endIndex && isLetter(s[next])
            if (c == "-" || c == "‑") && nextIsLetter { i = next; continue }
            if isApostrophe(c) && nextIsLetter {
                let prefix = TextFolding.fold(String(s[wordStart..<i]))
                if elisions.contains(prefix) {
                    tokens.append(make(s, wordStart..<next, key: prefix + "'", elision: true))
                    wordStart = next
                    i = next
                    continue
                }
                // English possessive: "Putin's", "Zelenskyy’s".
                let after = s.index(after: next)
                if (s[next] == "s" || s[next] == "S"), after == s.endIndex || !isLetter(s[after]) {
                    var token = make(s, wordStart..<i, key: nil, elision: false)
                    token.isPossessive = true
                    tokens.append(token)
                    return after
                }
                i = next
                continue
            }
            if c == ".", nextIsLetter, !(ScalarTraits.isUppercase(s[next]) && isUpper(s[wordStart]) && s.distance(from: wordStart, to: i) == 1) {
                // A link or a domain ("pic.twitter.com", "lemonde.fr"): junk up to the next space.
                let end = skipChunk(s, from: i)
                tokens.append(NameToken(kind: .junk, text: Substring(s[wordStart..<end]), key: "", isCapitalized: false,
                                        isAllCaps: false, isPossessive: false, isElision: false))
                return end
            }
            if c == "_" {
                let end = skipChunk(s, from: i)
                tokens.append(NameToken(kind: .junk, text: Substring(s[wordStart..<end]), key: "", isCapitalized: false,
                                        isAllCaps: false, isPossessive: false, isElision: false))
                return end
            }
            break
        }
        if wordStart < i { tokens.append(make(s, wordStart..<i, key: nil, elision: false)) }
        return i
    }

    private static func isUpper(_ c: Unicode.Scalar) -> Bool { ScalarTraits.isUppercase(c) }

    private static func make(_ s: Substring.UnicodeScalarView, _ range: Range<String.Index>, key: String?, elision: Bool) -> NameToken {
        let text = Substring(s[range])
        let folded = key ?? foldWord(text)
        var letters = 0, upper = 0
        for c in text.unicodeScalars where ScalarTraits.isAlphabetic(c) {
            letters += 1
            if ScalarTraits.isUppercase(c) { upper += 1 }
        }
        let first = text.unicodeScalars.first
        var capitalized = first.map(isUpper) ?? false
        if !capitalized, folded.utf8.contains(0x2D), let prefix = NameParticles.hyphenPrefixes.first(where: { folded.hasPrefix($0) }) {
            let rest = text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
            capitalized = rest.first.map(isUpper) ?? false
        }
        return NameToken(kind: .word, text: text, key: folded, isCapitalized: capitalized && !elision,
                         isAllCaps: letters >= 2 && upper == letters, isPossessive: false, isElision: elision)
    }

    /// Folds a word, with a fast path for plain ASCII.
    static func foldWord(_ text: Substring) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            let count = utf8.count
            return String(unsafeUninitializedCapacity: count) { buffer in
                var i = 0
                for b in utf8 {
                    buffer[i] = b >= 65 && b <= 90 ? b + 32 : b
                    i += 1
                }
                return count
            }
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32) ?? scalar : scalar)
            } else if v < UInt32(latinFoldTable.count), let folded = latinFoldTable[Int(v)] {
                out.append(contentsOf: folded.unicodeScalars)
            } else if v >= UInt32(latinFoldTable.count), let folded = latinFolds[scalar] {
                out.append(contentsOf: folded.unicodeScalars)
            } else {
                return TextFolding.fold(text)
            }
        }
        return String(out)
    }

    /// `latinFolds` as a table by scalar value, up to the typographic marks.
    private static let latinFoldTable: [String?] = (0..<0x2040).map { v in Unicode.Scalar(UInt32(v)).flatMap { latinFolds[$0] } }

    /// Accented Latin letters and typographic marks folded without Unicode decomposition.
    private static let latinFolds: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćčĉċ", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ğĝġģ", "g"), ("ìíîïīĭįı", "i"),
            ("ñńňņ", "n"), ("òóôõöōŏőø", "o"), ("ùúûüūŭůűų", "u"), ("ýÿ", "y"), ("śšşŝș", "s"), ("źżž", "z"),
            ("ťţț", "t"), ("řŕ", "r"), ("ľĺļł", "l"), ("ķ", "k"), ("ĵ", "j"), ("ĥħ", "h"), ("ŵ", "w"),
            ("’‘ʼ′", "'"), ("‐‑‒–—―", "-"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars {
                table[scalar] = base
                for upper in String(scalar).uppercased().unicodeScalars where upper != scalar { table[upper] = base }
            }
        }
        table["œ"] = "oe"; table["Œ"] = "oe"; table["æ"] = "ae"; table["Æ"] = "ae"; table["ß"] = "ss"
        return table
    }()

    private static func skipChunk(_ s: Substring.UnicodeScalarView, from start: String.Index) -> String.Index {
        var i = start
        while i < s.endIndex, !ScalarTraits.isWhitespace(s[i]) { i = s.index(after: i) }
        return i
    }

    private static func junk(_ text: Substring, _ end: String.Index) -> NameToken {
        NameToken(kind: .junk, text: text[end..<end], key: "", isCapitalized: false, isAllCaps: false,
                  isPossessive: false, isElision: false)
    }
}
