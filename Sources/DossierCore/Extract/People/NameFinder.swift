/// Finds the person names in one sentence's tokens: full names that start with a known
/// given name, two-word names that a role or a speech verb vouches for, and family names
/// alone when the clip, a title, a role or a speech verb shows they are a person.
struct NameFinder {
    var context: NameContext

    func spans(in tokens: [NameToken]) -> [NameSpan] {
        var spans: [NameSpan] = []
        var i = 0
        while i < tokens.count {
            guard Self.isNameable(tokens[i]) else { i += 1; continue }
            if let end = fullNameEnd(tokens, from: i) {
                spans.append(span(tokens, i..<end, isFull: true))
                i = end
                continue
            }
            if NameLexicon.isStopWord(tokens[i].key) { i += 1; continue }
            if let pair = confirmedPair(tokens, at: i) {
                spans.append(span(tokens, pair, isFull: true))
                i = pair.upperBound
                continue
            }
            spans.append(contentsOf: singles(tokens, at: i))
            i += 1
        }
        return spans.filter { !isExcluded($0, tokens) }
    }

    /// A word that may be part of a name: capitalized, not an acronym, not an elision.
    static func isNameable(_ t: NameToken) -> Bool {
        t.isWord && t.isCapitalized && (!t.isAllCaps || GivenNames.all.contains(t.key)) && !t.isElision && t.key.count >= 2
            && !(t.key.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? true)
    }

    private func isNameWord(_ t: NameToken) -> Bool {
        Self.isNameable(t) && (!NameLexicon.isStopWord(t.key) || NameLexicon.isKnownSurname(t.key))
    }

    /// The end of a name starting with a given name at `i`: given names, particles, a family name.
    private func fullNameEnd(_ tokens: [NameToken], from i: Int) -> Int? {
        guard NameLexicon.isGiven(tokens[i].key), !tokens[i].isPossessive else { return nil }
        var j = i + 1
        var middles = 0
        while j + 1 < tokens.count, middles < 2, NameLexicon.isGiven(tokens[j].key), Self.isNameable(tokens[j]),
              !tokens[j].isPossessive, isNameWord(tokens[j + 1]) {
            j += 1
            middles += 1
        }
        var particles = 0
        while j + 1 < tokens.count, particles < 3, tokens[j].isWord, NameParticles.all.contains(tokens[j].key),
              !tokens[j].isAllCaps, Self.isNameable(tokens[j + 1]) || NameParticles.all.contains(tokens[j + 1].key) {
            j += 1
            particles += 1
        }
        guard j < tokens.count, isNameWord(tokens[j]) else { return nil }
        if context.isTitleCase, NameLexicon.ambiguousGiven.contains(tokens[i].key), !context.knowsSurname(tokens[j].key) {
            return nil
        }
        // "Abdel Fattah al-Sisi": a family name with a lower-case prefix comes last.
        if j + 1 < tokens.count, tokens[j + 1].isCapitalized, tokens[j + 1].text.first?.isLowercase == true { return j + 2 }
        // "Jonas Gahr Støre", "Andrés Manuel López Obrador": a second family name right after the
        // first, in prose (a title-case headline capitalizes every word).
        if !context.isTitleCase, !tokens[j].isPossessive, j + 1 < tokens.count, isNameWord(tokens[j + 1]),
           !NameLexicon.isGiven(tokens[j + 1].key), !Self.nameSuffixes.contains(tokens[j + 1].key),
           j + 2 >= tokens.count || !isNameWord(tokens[j + 2]) {
            return j + 2
        }
        return j + 1
    }

    /// "Donald Trump Jr": a generation, not a second family name.
    private static let nameSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// Marks that open an item of a list written as text: "– Guenter Sautter, conseiller…".
    private static let itemMarks: Set<String> = ["-", "–", "—", "•", "*", "·", "▪"]

    /// Two capitalized words with no known given name ("Keir Starmer" if "Keir" were unknown),
    /// kept when a role, an apposition or a speech verb vouches for them, or the family name is known.
    private func confirmedPair(_ tokens: [NameToken], at i: Int) -> Range<Int>? {
        let j = i + 1
        guard j < tokens.count, !tokens[i].isPossessive, isNameWord(tokens[j]) else { return nil }
        if j + 1 < tokens.count, !tokens[j].isPossessive, isNameWord(tokens[j + 1]) { return nil }
        let last = tokens[j].key
        let byRole = RoleFinder.roleBefore(tokens, start: i) != nil
        if context.isTitleCase { return byRole && context.knowsSurname(last) ? i..<(j + 1) : nil }
        let roleAfter = RoleFinder.roleAfter(tokens, end: j + 1) != nil
        let vouched = byRole || roleAfter || SpeechCue.follows(tokens, end: j + 1, strong: true) || context.knowsSurname(last)
        // An item of a list of people opens with the name, then its role: "Guenter Sautter, conseiller…".
        let opensItem = i == 0 || tokens[i - 1].kind == .punctuation && Self.itemMarks.contains(tokens[i - 1].key)
        return vouched && (byRole || context.knowsSurname(last) || NameLexicon.hasSurnameEnding(last)
            || SpeechCue.follows(tokens, end: j + 1, strong: true) || roleAfter && opensItem) ? i..<(j + 1) : nil
    }

    /// A family name alone at `i`, or the parts of a hyphenated pair of family names ("Macron-Rutte").
    private func singles(_ tokens: [NameToken], at i: Int) -> [NameSpan] {
        let t = tokens[i]
        if t.key.contains("-"), !context.knowsSurname(t.key) {
            let parts = t.text.split(separator: "-")
            let keys = parts.map { NameTokenizer.foldWord($0) }
            if parts.count == 2, keys.allSatisfy({ context.knowsSurname($0) }) {
                return parts.map { NameSpan(range: i..<(i + 1), name: String($0), isFull: false, role: nil, isComplement: false) }
            }
        }
        guard isConfirmedSingle(tokens, at: i) else { return [] }
        // "von der Leyen", "bin Salman": take the particles the clip's full name has.
        var start = i
        var phrase = t.key
        var k = i - 1
        while k >= 0, k >= i - 3, tokens[k].isWord, NameParticles.all.contains(tokens[k].key), !tokens[k].isCapitalized {
            phrase = tokens[k].key + " " + phrase
            if context.surnamePhrases.contains(phrase) { start = k }
            k -= 1
        }
        return [span(tokens, start..<(i + 1), isFull: false)]
    }

    /// Capitalized words alone in the middle of a sentence that no rule vouches for, outside
    /// the names already found: family names only the rest of the dossier can confirm
    /// ("Støre did not comment", when another clip names Jonas Gahr Støre).
    func possibleSingles(in tokens: [NameToken], taken: [NameSpan]) -> [NameSpan] {
        guard !context.isTitleCase, tokens.count > 1 else { return [] }
        var out: [NameSpan] = []
        var next = 0  // the spans come in sentence order: the first one not wholly before `i`
        for i in tokens.indices {
            while next < taken.count, taken[next].range.upperBound <= i { next += 1 }
            if next < taken.count, taken[next].range.contains(i) { continue }
            let t = tokens[i]
            guard isNameWord(t), !t.isAllCaps, t.key.count >= 3, !NameLexicon.isGiven(t.key), !t.key.contains("-"),
                  !RoleWords.modifiers.contains(t.key) else { continue }
            if i > 0 {
                let prev = tokens[i - 1]
                if prev.kind == .junk || prev.isWord && Self.isNameable(prev) { continue }
            }
            if i + 1 < tokens.count, tokens[i + 1].isWord, Self.isNameable(tokens[i + 1]) { continue }
            out.append(span(tokens, i..<(i + 1), isFull: false))
        }
        return out
    }

    private func isConfirmedSingle(_ tokens: [NameToken], at i: Int) -> Bool {
        let key = tokens[i].key
        if context.knowsSurname(key) { return true }
        if i >= 1 {
            let prev = tokens[i - 1]
            if NameLexicon.isRoleHead(prev.key) || RoleWords.honorifics.contains(prev.key) { return true }
            if prev.isMark("."), i >= 2, RoleWords.honorifics.contains(tokens[i - 2].key) { return true }
        }
        if i >= 1, !tokens[i - 1].isMark(","), RoleFinder.roleBefore(tokens, start: i) != nil { return true }
        if context.isTitleCase { return false }
        return SpeechCue.follows(tokens, end: i + 1, strong: true) || SpeechCue.isSourceAfterSelon(tokens, start: i)
    }

    private func span(_ tokens: [NameToken], _ range: Range<Int>, isFull: Bool) -> NameSpan {
        let role = RoleFinder.roleBefore(tokens, start: range.lowerBound) ?? RoleFinder.roleAfter(tokens, end: range.upperBound)
        let prev = range.lowerBound > 0 ? tokens[range.lowerBound - 1].key : ""
        let possessive = range.upperBound <= tokens.count && range.upperBound > 0 && tokens[range.upperBound - 1].isPossessive
        let complement = ["de", "d'", "du", "of", "des"].contains(prev) || possessive
        return NameSpan(range: range, name: RoleFinder.text(tokens, range), isFull: isFull || range.count > 1,
                        role: role, isComplement: complement)
    }

    private func isExcluded(_ span: NameSpan, _ tokens: [NameToken]) -> Bool {
        guard !context.excluded.isEmpty else { return false }
        let keys = span.range.filter { $0 < tokens.count }.map { tokens[$0].key }
        if context.excluded.contains(keys.joined(separator: " ")) { return true }
        return !span.isFull && context.excluded.contains(keys.last ?? "")
    }
}
