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
        // After the headline of a link to another article: the date line that goes with it.
        var skipRelatedDate = false
        for (index, var line) in lines.enumerated() {
            if skipRelatedDate, isDateStamp(line.text) { continue }
            skipRelatedDate = false
            if skipRelatedHeadline {
                skipRelatedHeadline = false
                if line.text.count <= 200, !LineShape.endsWithPunctuation(line.text) || line.text.hasSuffix("?") {
                    skipRelatedDate = true
                    continue
                }
            }
            if relatedLabels.contains(numbered(FoldedWords.tokens(ofFolded: line.folded, limit: 8))) {
                if isClosingSection(lines[(index + 1)...]) { break }
                skipRelatedHeadline = true
                continue
            }
            if line.isNavigation { continue }
            let tokens = numbered(FoldedWords.tokens(ofFolded: line.folded, limit: 40))
            if isJunk(line.text, tokens: tokens) {
                // "Lire aussi : <headline>" on one line: its date may follow.
                skipRelatedDate = relatedPrefixes.contains(where: { tokens.starts(with: $0) })
                continue
            }
            // Comment forms and copyright notices close the page: look for them glued to the last lines.
            if index >= closing, tailKeys.contains(where: { ByteSearch.contains(line.folded, $0) }), let cut = cutGluedTail(line.text) { line.text = cut }
            kept.append(line)
        }
        return kept
    }

    private static let relatedLabels: Set<[String]> = Set(JunkPatterns.relatedLabels.map(patternTokens))
    /// Related labels of two words or more, which may open a line: "Lire aussi : …", "Read more: …".
    private static let relatedPrefixes: [[String]] = JunkPatterns.relatedLabels.map(patternTokens).filter { $0.count >= 2 }
    private static let pageNotes: [String: [[String]]] =
        Dictionary(grouping: JunkPatterns.pageNotes.map(patternTokens).filter { !$0.isEmpty }, by: { $0[0] })

    /// Whether the line is a note about the page (an editor's note, an appeal for members or
    /// donations, a sign-up form, a cookie banner) rather than a paragraph of the story.
    /// A line that opens with a quote mark is someone speaking, never a page note.
    static func isPageNote(_ text: String, tokens: [String]) -> Bool {
        guard let first = tokens.first, let candidates = pageNotes[first], text.count <= JunkPatterns.notesLimit,
              let opening = text.first, !"«“\"‘'„‹".contains(opening) else { return false }
        return candidates.contains(where: { tokens.starts(with: $0) })
    }

    /// "Watch: Meloni arrives at the Élysée": a link to a video or a podcast, a headline without a full stop.
    static func isMediaLink(_ text: String) -> Bool {
        text.count <= 160 && !LineShape.endsSentence(text) && JunkPatterns.mediaLinkLabels.contains(where: { text.hasPrefix($0) })
    }

    /// Whether the line only dates something: "12 December 2025", "Publié le 10 décembre 2025",
    /// "Updated 2 hours ago".
    static func isDateStamp(_ text: String) -> Bool {
        PublishedLineRule.date(ofLine: text) != nil || isRelativeStamp(numbered(FoldedWords.of(text)))
    }

    /// "Updated 2 hours ago", "Published 35 mins ago", "il y a 3 heures", "Mis à jour il y a 3 h",
    /// "Updated 14:32 GMT": a stamp relative to the moment the page was read, which dates nothing.
    static func isRelativeStamp(_ tokens: [String]) -> Bool {
        guard tokens.count <= 10, let opening = tokens.first else { return false }
        var rest = tokens[...]
        while let t = rest.first, JunkPatterns.stampLeads.contains(t) { rest = rest.dropFirst() }
        let r = Array(rest)
        func isCount(_ t: String) -> Bool { t == "#" || ["a", "an", "one", "un", "une", "few", "quelques"].contains(t) }
        /// "2h", "35min": a number glued to its unit.
        func isCountWithUnit(_ t: String) -> Bool {
            guard t.first?.isNumber == true else { return false }
            return JunkPatterns.stampUnits.contains(String(t.drop(while: \.isNumber)))
        }
        /// "14", "9h12", "14h": a clock time, as the tokens give it.
        func isClock(_ t: String) -> Bool {
            let parts = t.split(separator: "h", omittingEmptySubsequences: false)
            return parts.count <= 2 && parts[0].count <= 2 && !parts[0].isEmpty && parts.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isNumber) } || t == "#"
        }
        // "2 hours ago", "2h ago", "a few hours ago"
        if r.last == "ago" {
            let count = r.dropLast()
            if count.count == 1, let only = count.first { return isCountWithUnit(only) }
            return count.count >= 2 && count.dropLast().allSatisfy(isCount) && count.last.map(JunkPatterns.stampUnits.contains) == true
        }
        // "il y a 3 heures", "il y a 3h"
        if r.count >= 4, r.starts(with: ["il", "y", "a"]) {
            let count = r.dropFirst(3)
            if count.count == 1, let only = count.first { return isCountWithUnit(only) }
            return count.count == 2 && isCount(r[3]) && JunkPatterns.stampUnits.contains(r[4])
        }
        // "Updated 14:32 GMT", "Mis à jour à 9h12": an update word, then only a clock time.
        let updateWords: Set<String> = ["updated", "published", "posted", "last", "modified", "mis", "publie", "publiee", "modifie", "actualise", "maj"]
        // At most an hour and its minutes: "Mis à jour le 06/01/2026 à 18:45" is a date line.
        let clock = r.filter(isClock).count
        return updateWords.contains(opening) && (1...2).contains(clock)
            && r.allSatisfy { isClock($0) || JunkPatterns.stampTimeWords.contains($0) || $0 == "a" }
    }

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
        return isCopyright(text, tokens: tokens) || isBreadcrumb(text) || isMenu(tokens) || isPageNote(text, tokens: tokens)
            || isRelativeStamp(tokens) || isCookieBanner(text, tokens: tokens) || isMediaLink(text)
    }

    /// "Le Monde et ses partenaires utilisent des cookies … Accepter et fermer | Paramétrer |",
    /// "We and our partners use cookies … Accept all": a consent banner, whatever site name opens
    /// it. It ends on its buttons, not on a sentence: a sentence about cookies is text.
    private static func isCookieBanner(_ text: String, tokens: [String]) -> Bool {
        text.count <= JunkPatterns.notesLimit && !LineShape.endsSentence(text)
            && tokens.contains(where: { $0 == "cookies" || $0 == "cookie" })
            && tokens.contains(where: JunkPatterns.consentButtons.contains)
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
