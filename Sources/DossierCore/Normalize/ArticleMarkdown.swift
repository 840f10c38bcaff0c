/// Writes an `Article` as Markdown with YAML front matter, the form published beside each page
/// and read back by `ClipNormalizer` unchanged.
public enum ArticleMarkdown {
    /// The whole document: front matter, a blank line, then the blocks separated by blank lines.
    public static func render(_ article: Article) -> String {
        var out = frontMatter(article)
        let body = article.blocks.map(blockMarkdown).filter { !$0.isEmpty }
        if !body.isEmpty { out += "\n" + body.joined(separator: "\n\n") + "\n" }
        return out
    }

    /// The front matter, between `---` lines, in a stable key order.
    static func frontMatter(_ a: Article) -> String {
        var lines = ["---", "title: \(FrontMatterScalar.quoted(a.title))"]
        if a.titleDerived { lines.append("title_derived: true") }
        if let subtitle = a.subtitle { lines.append("subtitle: \(FrontMatterScalar.quoted(subtitle))") }
        if let caption = a.caption { lines.append("caption: \(FrontMatterScalar.quoted(caption))") }
        lines.append("date: \(a.date?.iso ?? "null")")
        lines.append("date_basis: \(a.dateBasis.rawValue)")
        lines.append("authors: \(FrontMatterScalar.list(a.authors))")
        lines.append("contributors: \(FrontMatterScalar.list(a.contributors))")
        lines.append("credits: \(FrontMatterScalar.list(a.credits))")
        lines.append("outlet: \(FrontMatterScalar.optional(a.outlet))")
        lines.append("wire: \(FrontMatterScalar.optional(a.wire))")
        if let url = a.url { lines.append("url: \(FrontMatterScalar.quoted(url))") }
        lines.append("source: \(FrontMatterScalar.quoted(a.source))")
        lines.append("lang: \(FrontMatterScalar.quoted(a.lang))")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Markdown of one block, with its text escaped so that it renders as written.
    public static func blockMarkdown(_ block: Block) -> String {
        switch block.kind {
        case .paragraph:
            return ArticleMarkdownEscaper.escape(block.text)
        case .heading:
            return "## " + ArticleMarkdownEscaper.escapeHeading(block.text)
        case .list:
            return block.items.map { "- " + ArticleMarkdownEscaper.escape($0) }.joined(separator: "\n")
        case .quote:
            var parts = block.text.split(separator: "\n").map { "> " + ArticleMarkdownEscaper.escape(String($0)) }
            if let attribution = block.attribution { parts.append("> — " + ArticleMarkdownEscaper.escape(attribution)) }
            return parts.joined(separator: "\n>\n")
        }
    }
}
