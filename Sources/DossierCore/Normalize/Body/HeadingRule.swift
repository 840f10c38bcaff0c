/// Subheadings: short lines without final punctuation between paragraphs, ALL-CAPS lines, and
/// «…»-quoted short lines. A long unpunctuated line between paragraphs is a related-article link.
enum HeadingRule {
    static let maxHeadingLength = 90

    /// What a line between two others is.
    enum Role: Equatable {
        case heading
        case relatedLink
        case text
    }

    /// The role of `text`, given whether the block before ends a sentence (or is not running
    /// text) and the line after it, if any.
    static func role(_ text: String, afterSentenceEnd: Bool, next: String?) -> Role {
        guard text.utf8.count <= 1200 else { return .text }
        if text.count <= maxHeadingLength, LineShape.isAllCaps(text), LineShape.words(text).count <= 12 { return .heading }
        guard afterSentenceEnd, !LineShape.endsWithPunctuation(text), let next, !LineShape.startsLowercase(next),
              let first = text.first, first.isUppercase || first.isNumber || "«\"“'".contains(first)
        else { return .text }
        if text.count <= maxHeadingLength && LineShape.words(text).count <= 14 { return .heading }
        if text.count <= 180, LineShape.words(text).count <= 28, let last = text.last, last.isLetter || last.isNumber,
           !LineShape.hasInnerSentenceBreak(text) {
            return .relatedLink
        }
        return .text
    }
}
