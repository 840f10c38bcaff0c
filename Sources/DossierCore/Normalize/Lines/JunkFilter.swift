/// Removes site chrome and comment-form junk (see `JunkPatterns`): whole lines, menus,
/// breadcrumbs, copyright lines, and junk glued to the end of a paragraph.
enum JunkFilter {
    private static func patternTokens(_ pattern: String) -> [String] {
        numbered(FoldedWords.of(pattern.replacingOccurrences(of: "#", with: " 0 ")))
    }

    /// Digits become `#`, so that "5 min de lecture" matches "# min de lecture".
    private static func numbered(_ tokens: [String]) -> [String] {
        tokens.map { $0.allSatisfy(\.isNumber) ? "#" : $0 }
    }

    private static let wholeLines: Set<[String]> = Set(JunkPatterns.wholeLines.map(patternTokens))
    private static let prefixes: [String: [[String]]] =
        Dictionary(grouping: JunkPatterns.linePrefixes.map(patternTokens).filter { !$0.isEmpty }, by: { $0[0] })
    private static let tails: [[String]] = JunkPatterns.gluedTails.map(patternTokens)
    /// The longest word of each glued-tail pattern: a cheap test before looking closer.
    private static let tailKeys: [String] = tails.compactMap { $0.max(by: { $0.count < $1.count }) }
    /// No whole-line or prefix pattern is longer than this many words.
    private static let longestPattern = (JunkPatterns.wholeLines + JunkPatterns.linePrefixes).map { patternTokens($0).count }.max() ?? 0

    /// The lines without junk; junk glued to the end of one of the last lines is cut.
    static func filter(_ lines: [ClipLine]) -> [ClipLine] {
        var kept: [ClipLine] = []
        let closing = max(0, lines.count - 3)
        var skipRelatedHeadline = false
        for (index, var line) in lines.enumerated() {
            if skipRelatedHeadline {
                skipRelatedHeadline = false
                if line.text.count <= 200, !LineShape.endsWithPunctuation(line.text) || line.text.hasSuffix("?") { continue }
            }
            if relatedLabels.contains(numbered(FoldedWords.tokens(ofFolded: line.folded, limit: 8))) {
                if isClosingSection(lines[(index + 1)...]) { break }
                skipRelatedHeadline = true
                continue
            }
            let tokens = numbered(FoldedWords.tokens(ofFolded: line.folded, limit: 40))
            if isJunk(line.text, tokens: tokens) { continue }
            // Comment forms and copyright notices close the page: look for them glued to the last lines.
            if index >= closing, tailKeys.contains(where: { ByteSearch.contains(line.folded, $0) }), let cut = cutGluedTail(line.text) { line.text = cut }
            kept.append(line)
        }
        return kept
    }

    private static let relatedLabels: Set<[String]> = Set(JunkPatterns.relatedLabels.map(patternTokens))

    /// Whether the lines after a "Related topics" label are only short link lines up to the end.
    private static func isClosingSection(_ rest: ArraySlice<ClipLine>) -> Bool {
        rest.count <= 12 && rest.allSatisfy { $0.text.count <= 120 && !LineShape.endsSentence($0.text) || isJunk($0.text) }
    }

    /// Whether the whole line is junk.
    static func isJunk(_ text: String) -> Bool {
        isJunk(text, tokens: numbered(FoldedWords.of(text)))
    }

    private static func isJunk(_ text: String, tokens: [String]) -> Bool {
        if tokens.isEmpty { return !text.contains(where: { $0.isLetter || $0.isNumber || $0.isClipSymbol }) }
        if tokens.count <= longestPattern, wholeLines.contains(tokens) { return true }
        if let candidates = prefixes[tokens[0]], candidates.contains(where: { tokens.starts(with: $0) }) { return true }
        return isCopyright(text, tokens: tokens) || isBreadcrumb(text) || isMenu(tokens)
    }

    /// "© 2026 Le Monde", "(c) 2025 Example Media": a copyright line with a year.
    private static func isCopyright(_ text: String, tokens: [String]) -> Bool {
        (text.hasPrefix("©") || text.hasPrefix("(c)") || text.hasPrefix("(C)")) && tokens.contains("#") && text.count < 120
    }

    /// "International > Europe", "Accueil › Monde › Europe".
    static func isBreadcrumb(_ text: String) -> Bool {
        guard text.utf8.count <= 300,
              ByteSearch.contains(text, " > ") || ByteSearch.contains(text, " › ") || ByteSearch.contains(text, " | ") || ByteSearch.contains(text, " / ")
        else { return false }
        let separators: Set<Character> = [">", "›", "/", "|"]
        let parts = text.split(whereSeparator: { separators.contains($0) })
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            let p = part.clipTrimmed
            return !p.isEmpty && LineShape.words(p).count <= 4 && !LineShape.endsSentence(p)
        } && !(parts.count == 2 && ByteSearch.contains(text, " / ")) // "Name / AFP" is a credit, not a menu
    }

    /// A line of menu labels: "Accueil Monde Europe Politique".
    private static func isMenu(_ tokens: [String]) -> Bool {
        guard tokens.count >= 3, tokens.count < 40 else { return false }
        let menu = tokens.filter { JunkPatterns.menuWords.contains($0) }.count
        return menu >= tokens.count - 1 && menu * 10 >= tokens.count * 8
    }

    /// The line without the junk glued after its last sentence, or nil when there is none.
    static func cutGluedTail(_ text: String) -> String? {
        let folded = TextFolding.fold(text)
        let words = LineShape.words(text)
        let foldedWords = folded.split(separator: " ")
        guard words.count == foldedWords.count, words.count > 1 else { return nil }
        // Every word's tokens once, and where each word's tokens start: the rest of the line
        // after any word is then a slice, not a new string (linear in the line).
        var tokens: [String] = []
        var firstToken: [Int] = []
        firstToken.reserveCapacity(foldedWords.count)
        for word in foldedWords {
            firstToken.append(tokens.count)
            tokens += numbered(FoldedWords.tokens(ofFolded: String(word)))
        }
        for start in 1..<words.count where LineShape.endsSentence(String(words[start - 1])) {
            let rest = tokens[firstToken[start]...]
            if tails.contains(where: { rest.starts(with: $0) }) {
                return words[..<start].joined(separator: " ")
            }
        }
        return nil
    }
}
