/// The HTML body of an article: each block rendered by cmark on its own and given its
/// stable anchor (`id="p-3"`), so timelines and people pages can link to a paragraph.
public enum ArticleHTML {
    public static func body(_ article: Article) -> String {
        var html = ""
        for (index, block) in article.blocks.enumerated() {
            html += withAnchor(MarkdownRenderer.html(ArticleMarkdown.blockMarkdown(block)), Block.anchor(forIndex: index))
        }
        return html
    }

    /// Adds `id="anchor"` to the first element of `html`.
    static func withAnchor(_ html: String, _ anchor: String) -> String {
        guard html.hasPrefix("<"), let close = html.firstIndex(of: ">") else {
            return "<div id=\"\(anchor)\">\(html)</div>\n"
        }
        var tagEnd = close
        if html[html.index(before: close)] == "/" { tagEnd = html.index(before: close) }
        return String(html[..<tagEnd]) + " id=\"\(anchor)\"" + String(html[tagEnd...])
    }
}
