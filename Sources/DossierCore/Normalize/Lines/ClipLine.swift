/// One non-empty line of a raw clip, cleaned of stray spaces, with its source line number.
struct ClipLine: Sendable, Hashable {
    /// The cleaned text: trimmed, single spaces, no stray no-break or zero-width spaces.
    var text: String {
        didSet { folded = TextFolding.fold(text) }
    }
    /// The accent- and case-folded text, for matching patterns.
    private(set) var folded: String
    /// The 1-based line of the source file.
    var line: Int
    /// Whether a blank line separates this line from the previous non-empty one.
    var blankBefore: Bool
    /// A block already built from this line and the ones it replaced (a social-media embed).
    var quote: Block?
    /// Whether the raw line was a row of a page's navigation (see `NavigationRow`).
    var isNavigation = false

    init(_ text: String, line: Int, blankBefore: Bool = false) {
        self.text = text
        self.folded = TextFolding.fold(text)
        self.line = line
        self.blankBefore = blankBefore
    }
}
