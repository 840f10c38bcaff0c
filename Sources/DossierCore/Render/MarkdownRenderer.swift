import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown to HTML through cmark, in safe mode: raw HTML and dangerous URLs are never
/// passed through. The only file that imports `CCmark`; cmark's memory never leaves it.
public enum MarkdownRenderer {
    /// The HTML of `markdown` (CommonMark, safe mode, smart punctuation off so the clip's own
    /// typography is kept).
    public static func html(_ markdown: String) -> String {
        let length = markdown.utf8.count
        guard let raw = markdown.withCString({ cmark_markdown_to_html($0, length, CMARK_OPT_DEFAULT) }) else {
            return ""
        }
        defer { free(raw) }
        return String(cString: raw)
    }
}
