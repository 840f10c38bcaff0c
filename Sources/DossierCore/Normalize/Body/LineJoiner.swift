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
        for line in lines {
            if let previous = out.last, previous.quote == nil, line.quote == nil, !line.blankBefore,
               BulletRule.item(line.text) == nil, continues(previous.text, with: line.text) {
                out[out.count - 1].text += " " + line.text
            } else {
                out.append(line)
            }
        }
        return out
    }

    static func continues(_ previous: String, with next: String) -> Bool {
        if LineShape.endsWithPunctuation(previous) && !previous.hasSuffix(",") { return false }
        if LineShape.startsLowercase(next) { return true }
        let lastWord = previous.split(separator: " ").last.map { TextFolding.fold($0) } ?? ""
        return openEnders.contains(lastWord) && !LineShape.isAllCaps(previous)
    }
}
