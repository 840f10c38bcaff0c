/// How a headline looks next to a lede: short, one sentence, no final period, starts with a capital.
enum HeadlineShape {
    /// Whether the line may be a headline.
    static func isHeadline(_ text: String) -> Bool {
        guard text.utf8.count <= 800 else { return false }
        let count = text.count
        guard count >= 8, count <= 200, LineShape.words(text).count <= 30 else { return false }
        guard !LineShape.startsLowercase(text) else { return false }
        if let last = LineShape.lastSignificant(text), ".…,;:".contains(last) { return false }
        if text.hasSuffix("?") || text.hasSuffix("!") { return count <= 150 && !LineShape.hasInnerSentenceBreak(text) }
        return !LineShape.hasInnerSentenceBreak(text) || startsWithLabel(text)
    }

    /// "DIRECT. Guerre en Ukraine : …", "VIDEO. …": a short all-caps label before the headline.
    static func startsWithLabel(_ text: String) -> Bool {
        let sentences = SentenceSplitter.sentences(in: text)
        guard sentences.count == 2, let label = sentences.first else { return false }
        return LineShape.words(label).count <= 3 && LineShape.isAllCaps(label)
    }

    /// Whether the line reads as running text: a long sentence or several.
    static func isBodyText(_ text: String) -> Bool {
        let bytes = text.utf8.count
        if bytes > 800 { return true }
        return (LineShape.endsSentence(text) && (bytes >= 100 || text.count >= 80 || LineShape.words(text).count >= 12)) || text.count > 200
    }
}
