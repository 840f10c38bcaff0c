import Foundation

/// Turns a raw clip into an `Article`: title, date stamp, bylines, credits, body blocks.
/// (Placeholder: the full rule set lives beside it in `Normalize/`.)
public struct ClipNormalizer: Sendable {
    public init() {}

    /// Normalizes one clip. Never fails: what cannot be understood becomes a warning.
    public func normalize(_ file: SourceFile) -> (article: Article, diagnostics: [Diagnostic]) {
        var blocks: [Block] = []
        var lineNumber = 0
        for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let text = line.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { blocks.append(.paragraph(text, line: lineNumber)) }
        }
        let title = blocks.first?.text ?? file.fileName
        return (Article(title: title, source: file.path, blocks: Array(blocks.dropFirst())), [])
    }
}
