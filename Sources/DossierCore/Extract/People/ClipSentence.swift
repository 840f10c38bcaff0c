/// One sentence of a clip as the person rules read it: where it is, its tokens, its names.
struct ClipSentence: Sendable {
    /// The index of the text piece the sentence belongs to (see `ClipText`).
    var piece: Int
    /// The block index (-1 for the title, subtitle and caption).
    var blockIndex: Int
    var text: Substring
    var tokens: [NameToken]
    var isTitleCase: Bool
    var spans: [NameSpan] = []

    /// Where the span starts in the piece's text.
    func position(of span: NameSpan) -> String.Index {
        span.range.lowerBound < tokens.count ? tokens[span.range.lowerBound].text.startIndex : text.startIndex
    }
}

/// The text pieces of a clip: title, subtitle and caption (block -1), then each block's
/// text, list items and quote attribution, credit lines left out.
struct ClipText: Sendable {
    struct Piece: Sendable {
        var blockIndex: Int
        var text: String
        /// The attribution line of an embedded post.
        var isAttribution: Bool
    }

    var pieces: [Piece] = []

    init(_ article: Article) {
        for header in [article.title, article.subtitle, article.caption].compactMap({ $0 }) where !header.isEmpty {
            pieces.append(Piece(blockIndex: -1, text: header, isAttribution: false))
        }
        for (index, block) in article.blocks.enumerated() {
            switch block.kind {
            case .list:
                for item in block.items { pieces.append(Piece(blockIndex: index, text: item, isAttribution: false)) }
            case .quote:
                pieces.append(Piece(blockIndex: index, text: block.text, isAttribution: false))
                if let attribution = block.attribution {
                    pieces.append(Piece(blockIndex: index, text: attribution, isAttribution: true))
                }
            default:
                if !CreditLine.isCredit(block.text) {
                    pieces.append(Piece(blockIndex: index, text: block.text, isAttribution: false))
                }
            }
        }
    }
}
