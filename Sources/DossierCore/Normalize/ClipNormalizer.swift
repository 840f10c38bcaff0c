import Foundation

/// Turns a raw clip into an `Article`: title, date stamp, bylines, credits, body blocks.
/// A `.md` file with front matter is read back as the article it describes.
public struct ClipNormalizer: Sendable {
    public init() {}

    /// Normalizes one clip. Never fails: what cannot be understood becomes a warning.
    public func normalize(_ file: SourceFile) -> (article: Article, diagnostics: [Diagnostic]) {
        var result = (file.isMarkdown ? FrontMatterReader.read(file) : nil) ?? RawClipReader(file: file).read()
        result.diagnostics += BlockLimiter.limit(&result.article.blocks, path: file.path)
        return result
    }
}
