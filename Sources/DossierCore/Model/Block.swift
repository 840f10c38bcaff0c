/// One block of an article body, holding plain text (never Markdown): the normalizer
/// decides what a line is, the Markdown writer escapes it, the renderer shows it.
public struct Block: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Running text.
        case paragraph
        /// A subheading inside the article (rendered as `##`).
        case heading
        /// A bulleted list; the text is in `items`.
        case list
        /// A quoted embed (a post on a social network), with its `attribution`.
        case quote
    }

    public var kind: Kind
    /// The text of a paragraph, heading or quote.
    public var text: String
    /// The items of a list.
    public var items: [String]
    /// Who a quote is from: "Chef d'état-major des armées (@CEMA_FR) January 6, 2026".
    public var attribution: String?
    /// The 1-based line of the source file where the block starts.
    public var line: Int

    public init(_ kind: Kind, _ text: String = "", items: [String] = [], attribution: String? = nil, line: Int) {
        self.kind = kind
        self.text = text
        self.items = items
        self.attribution = attribution
        self.line = line
    }

    public static func paragraph(_ text: String, line: Int) -> Block { Block(.paragraph, text, line: line) }
    public static func heading(_ text: String, line: Int) -> Block { Block(.heading, text, line: line) }
    public static func list(_ items: [String], line: Int) -> Block { Block(.list, items: items, line: line) }
    public static func quote(_ text: String, attribution: String?, line: Int) -> Block {
        Block(.quote, text, attribution: attribution, line: line)
    }

    /// All the text of the block, for extraction and search.
    public var plainText: String {
        switch kind {
        case .list: items.joined(separator: "\n")
        case .quote: attribution.map { text + "\n" + $0 } ?? text
        default: text
        }
    }

    /// The stable anchor of the block at `index` (0-based) in its article: `p-1`, `p-2`, …
    public static func anchor(forIndex index: Int) -> String { "p-\(index + 1)" }
}
