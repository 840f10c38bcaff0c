/// Joins lines that are a hard-wrapped continuation of the line before: the previous line has
/// no final punctuation and this one starts in lower case, or the previous one ends on a word that
/// cannot end a sentence ("de", "the").
enum LineJoiner {
    private static let openEnders: Set<String> = [
        "de", "du", "des", "la", "le", "les", "un", "une", "et", "ou", "a", "au", "aux", "pour", "par", "sur", "avec",
        "dans", "que", "qui", "the", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from", "that",
    ]

    static func join(_ lines: [ClipLine]) -> [ClipLine] {
        var out: [ClipLine] = []
        // The paragraph being joined, given to its line once complete (a line folds its text
        // again on each change), and whether it is in capitals, kept as lines are added, so
        // that joining many lines stays linear.
        var joined: String?
        var caps = CapsCount()
        func finish() {
            if let joined { out[out.count - 1].text = joined }
            joined = nil
        }
        for line in lines {
            if let previous = out.last, previous.quote == nil, line.quote == nil, !line.blankBefore,
               BulletRule.item(line.text) == nil, continues(joined ?? previous.text, with: line.text, isAllCaps: { caps.isAllCaps }) {
                var text = joined ?? previous.text
                joined = nil
                text += " " + line.text
                joined = text
                caps.add(line.text)
            } else {
                finish()
                out.append(line)
                caps = CapsCount()
                caps.add(line.text)
            }
        }
        finish()
        return out
    }

    static func continues(_ previous: String, with next: String) -> Bool {
        continues(previous, with: next, isAllCaps: { LineShape.isAllCaps(previous) })
    }

    private static func continues(_ previous: String, with next: String, isAllCaps: () -> Bool) -> Bool {
        if LineShape.endsWithPunctuation(previous) && !previous.hasSuffix(",") { return false }
        if LineShape.startsLowercase(next) { return true }
        return openEnders.contains(TextFolding.fold(lastWord(previous))) && !isAllCaps()
    }

    /// The last word of `text` (split on spaces), read from the end.
    private static func lastWord(_ text: String) -> Substring {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        var start = end
        while start > text.startIndex, text[text.index(before: start)] != " " { start = text.index(before: start) }
        return text[start..<end]
    }

    /// `LineShape.isAllCaps` over text given piece by piece.
    private struct CapsCount {
        var upper = 0
        var hasLower = false
        var isAllCaps: Bool { !hasLower && upper >= 3 }

        mutating func add(_ text: String) {
            guard !hasLower else { return }
            for ch in text where ch.isLetter {
                if ch.isLowercase {
                    hasLower = true
                    return
                }
                if ch.isUppercase { upper += 1 }
            }
        }
    }
}
