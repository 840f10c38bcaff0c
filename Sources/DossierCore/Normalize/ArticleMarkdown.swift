/// Writes an `Article` as Markdown with YAML front matter.
/// (Placeholder: escaping and the exact front matter live beside it in `Normalize/`.)
public enum ArticleMarkdown {
    public static func render(_ article: Article) -> String {
        var out = "---\ntitle: \"\(article.title)\"\nsource: \(article.source)\n---\n\n"
        for block in article.blocks {
            out += blockMarkdown(block) + "\n\n"
        }
        return out
    }

    /// The Markdown of one block.
    public static func blockMarkdown(_ block: Block) -> String {
        switch block.kind {
        case .heading: "## " + block.text
        case .list: block.items.map { "- " + $0 }.joined(separator: "\n")
        case .quote: "> " + block.text + (block.attribution.map { "\n>\n> — " + $0 } ?? "")
        case .paragraph: block.text
        }
    }
}
