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
        var lines = ["---", "title: \(YAMLScalar.quoted(a.title))"]
        if a.titleDerived { lines.append("title_derived: true") }
        if let subtitle = a.subtitle { lines.append("subtitle: \(YAMLScalar.quoted(subtitle))") }
        if let caption = a.caption { lines.append("caption: \(YAMLScalar.quoted(caption))") }
        lines.append("date: \(a.date?.iso ?? "null")")
        lines.append("date_basis: \(a.dateBasis.rawValue)")
        lines.append("authors: \(YAMLScalar.list(a.authors))")
        lines.append("contributors: \(YAMLScalar.list(a.contributors))")
        lines.append("credits: \(YAMLScalar.list(a.credits))")
        lines.append("outlet: \(YAMLScalar.optional(a.outlet))")
        lines.append("source: \(YAMLScalar.quoted(a.source))")
        lines.append("lang: \(YAMLScalar.quoted(a.lang))")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Markdown of one block, with its text escaped so that it renders as written.
    public static func blockMarkdown(_ block: Block) -> String {
        switch block.kind {
        case .paragraph:
            return MarkdownEscaper.escape(block.text)
        case .heading:
            return "## " + MarkdownEscaper.escapeHeading(block.text)
        case .list:
            return block.items.map { "- " + MarkdownEscaper.escape($0) }.joined(separator: "\n")
        case .quote:
            var parts = block.text.split(separator: "\n").map { "> " + MarkdownEscaper.escape(String($0)) }
            if let attribution = block.attribution { parts.append("> — " + MarkdownEscaper.escape(attribution)) }
            return parts.joined(separator: "\n>\n")
        }
    }
}
