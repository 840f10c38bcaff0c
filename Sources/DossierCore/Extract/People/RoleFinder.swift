/// Finds the role phrase the text gives next to a name: before it ("le chancelier allemand
/// Friedrich Merz", "US envoy Steve Witkoff") or in apposition after it ("Mark Rutte,
/// secrétaire général de l'Otan,", "X, the NATO chief,").
enum RoleFinder {
    /// Words after which an article belongs to the role phrase: "de l'OTAN", "of the Treasury".
    private static let innerLinks: Set<String> = ["de", "of", "a", "du", "pour", "for", "to"]

    /// The role phrase right before `tokens[start]`, if it has a role noun.
    static func roleBefore(_ tokens: [NameToken], start: Int) -> String? {
        var end = start
        if end > 0, tokens[end - 1].isMark(",") { end -= 1 }
        var j = end - 1
        guard j >= 0, tokens[j].isWord, !RoleWords.connectors.contains(tokens[j].key) else { return nil }
        var first = end
        var hasHead = false
        var count = 0
        while j >= 0, count < 8, tokens[j].isWord {
            let t = tokens[j]
            let isOfThe = j > 0 && innerLinks.contains(tokens[j - 1].key)
            if RoleWords.determiners.contains(t.key) && !isOfThe { break }
            if NameLexicon.isRoleWord(t) {
                if NameLexicon.isRoleHead(t.key) { hasHead = true }
                first = j
            } else if !RoleWords.connectors.contains(t.key) {
                break
            }
            j -= 1
            count += 1
        }
        guard hasHead, first < end else { return nil }
        return text(tokens, first..<end)
    }

    /// The role phrase in apposition after a name ending at `end`: ", secrétaire général de l'Otan,".
    static func roleAfter(_ tokens: [NameToken], end: Int) -> String? {
        guard end < tokens.count, tokens[end].isMark(",") else { return nil }
        var start = end + 1
        if start < tokens.count, RoleWords.determiners.contains(tokens[start].key) { start += 1 }
        var k = start
        var head: Int?
        while k < tokens.count, k < start + 4, tokens[k].isWord {
            if NameLexicon.isRoleHead(tokens[k].key) { head = k; break }
            if !NameLexicon.isRoleWord(tokens[k]) && !tokens[k].isPossessive && !tokens[k].isCapitalized { break }
            k += 1
        }
        guard let head else { return nil }
        var e = head + 1
        while e < tokens.count, tokens[e].isWord, !SpeechWords.verbs.contains(tokens[e].key) {
            // Another name: the comma separated list items, not a name and its role.
            if NameFinder.isNameable(tokens[e]), !NameLexicon.isRoleWord(tokens[e]), !NameLexicon.isStopWord(tokens[e].key) { return nil }
            e += 1
        }
        guard e - start <= 12 else { return nil }
        if e < tokens.count, !tokens[e].isMark(","), !tokens[e].isMark(")"), !tokens[e].isMark(";"),
           !tokens[e].isMark("."), !tokens[e].isMark("—"), !tokens[e].isMark(":") { return nil }
        return text(tokens, start..<e)
    }

    /// The text of `tokens[range]` as written in the sentence.
    static func text(_ tokens: [NameToken], _ range: Range<Int>) -> String {
        guard let lo = range.first, let hi = range.last, lo < tokens.count, hi < tokens.count else { return "" }
        let a = tokens[lo].text, b = tokens[hi].text
        guard a.startIndex <= b.endIndex else { return String(a) }
        return String(a.base[a.startIndex..<b.endIndex])
    }
}
