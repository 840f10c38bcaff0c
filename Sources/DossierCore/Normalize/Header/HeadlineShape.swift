/// How a headline looks next to a lede: short, one sentence, no final period, starts with a capital.
enum HeadlineShape {
    /// Whether the line may be a headline.
    static func isHeadline(_ text: String) -> Bool {
        guard text.utf8.count <= 800 else { return false }
        let count = text.count
        guard count >= 8, count <= 200, TextShape.words(text).count <= 30 else { return false }
        guard !TextShape.startsLowercase(text) else { return false }
        if let last = TextShape.lastSignificant(text), ".…,;:".contains(last) { return false }
        if text.hasSuffix("?") || text.hasSuffix("!") { return count <= 150 && !TextShape.hasInnerSentenceBreak(text) }
        return !TextShape.hasInnerSentenceBreak(text) || startsWithLabel(text)
    }

    /// "DIRECT. Guerre en Ukraine : …", "VIDEO. …": a short all-caps label before the headline.
    static func startsWithLabel(_ text: String) -> Bool {
        let sentences = SentenceSplitter.sentences(in: text)
        guard sentences.count == 2, let label = sentences.first else { return false }
        return TextShape.words(label).count <= 3 && TextShape.isAllCaps(label)
    }

    /// Whether the line reads as running text: a long sentence or several.
    static func isBodyText(_ text: String) -> Bool {
        let bytes = text.utf8.count
        if bytes > 800 { return true }
        return (TextShape.endsSentence(text) && (bytes >= 100 || text.count >= 80 || TextShape.words(text).count >= 12)) || text.count > 200
    }
}
