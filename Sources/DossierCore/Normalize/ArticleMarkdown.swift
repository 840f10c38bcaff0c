/// Writes an `Article` as Markdown with YAML front matter.
/// (Placeholder: escaping and the exact front matter live beside it in `Normalize/`.)
public enum ArticleMarkdown {
    public static func render(_ article: Article) -> String {
        var out = "---\ntitle: \"\(article.title)\"\nsource: \(article.source)\n---\n\n"
        for block in article.blocks {
            out += block.plainText + "\n\n"
        }
        return out
    }
}
