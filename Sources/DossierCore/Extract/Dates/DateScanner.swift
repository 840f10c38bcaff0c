/// A sentence of the clip with its tokens and date expressions.
struct ScannedSentence: Sendable {
    var blockIndex: Int
    var text: String
    var tokens: [DateToken]
    var expressions: [DateExpression]

    /// The expression as written in the sentence.
    func written(_ e: DateExpression) -> String {
        guard e.tokens.lowerBound < tokens.count, e.tokens.upperBound <= tokens.count, !e.tokens.isEmpty else { return "" }
        return String(text[tokens[e.tokens.lowerBound].range.lowerBound..<tokens[e.tokens.upperBound - 1].range.upperBound])
    }

    /// Whether one of `words` stands among the `window` tokens before the expression.
    func isPreceded(_ e: DateExpression, byAnyOf words: Set<String>, window: Int) -> Bool {
        let lo = max(0, e.tokens.lowerBound - window)
        return tokens[lo..<min(e.tokens.lowerBound, tokens.count)].contains { words.contains($0.folded) }
    }
}

/// Cuts blocks into sentences and finds their date expressions.
enum DateScanner {
    /// The sentences of `text` that carry at least one date expression.
    static func scan(_ text: String, blockIndex: Int) -> [ScannedSentence] {
        guard !text.isEmpty else { return [] }
        var out: [ScannedSentence] = []
        for range in SentenceSplitter.sentenceRanges(in: text) {
            let sentence = String(text[range])
            let tokens = DateTokenizer.tokens(in: sentence)
            let expressions = DateMatcher.expressions(in: tokens)
            if !expressions.isEmpty {
                out.append(ScannedSentence(blockIndex: blockIndex, text: sentence, tokens: tokens, expressions: expressions))
            }
        }
        return out
    }

    /// The text a block offers to date extraction: a quote without its attribution
    /// (an embed's own date is not news), list items one per line.
    static func text(of block: Block) -> String {
        switch block.kind {
        case .list: block.items.joined(separator: "\n")
        default: block.text
        }
    }

    /// The largest year written in full in the sentences, if any.
    static func latestExplicitYear(in sentences: [ScannedSentence]) -> Int? {
        sentences.flatMap(\.expressions).compactMap { e -> Int? in
            switch e.kind {
            case let .day(d): d.year
            case let .month(_, year, _): year
            case let .year(y, _): y
            default: nil
            }
        }.max()
    }
}
