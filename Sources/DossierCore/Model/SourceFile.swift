/// A clip as read from disk: its path as the user names it, and its decoded text.
public struct SourceFile: Sendable, Hashable {
    /// The path shown in diagnostics and in `source:`, e.g. `seeds/003_x.txt`.
    public var path: String
    /// The decoded text with line ends normalized to `\n` and no byte-order mark.
    public var text: String
    /// Whether the file is Markdown (`.md`) rather than a raw clip (`.txt`).
    public var isMarkdown: Bool

    public init(path: String, text: String, isMarkdown: Bool = false) {
        self.path = path
        self.text = text
        self.isMarkdown = isMarkdown
    }

    /// The file name without folders, e.g. `003_x.txt`.
    public var fileName: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
