/// Reads the body of a normalized article back into blocks: `## ` headings, `- ` lists,
/// `> ` quotes with a `> — ` attribution, and paragraphs; text is unescaped.
enum MarkdownBodyReader {
    static func blocks(of body: String, firstLine: Int) -> [Block] {
        var blocks: [Block] = []
        var chunk: [(text: String, line: Int)] = []
        var number = firstLine - 1
        func flush() {
            if let block = block(from: chunk) { blocks.append(block) }
            chunk.removeAll()
        }
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = String(raw)
            if line.clipTrimmed.isEmpty {
                flush()
            } else if let last = chunk.last, kind(of: last.text) != kind(of: line) {
                flush()
                chunk.append((line, number))
            } else {
                chunk.append((line, number))
            }
        }
        flush()
        return mergeQuotes(blocks)
    }

    private enum LineKind { case heading, item, quote, text }

    private static func kind(of line: String) -> LineKind {
        if line.hasPrefix("#") && line.drop(while: { $0 == "#" }).first == " " { return .heading }
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return .item }
        if line.hasPrefix(">") { return .quote }
        return .text
    }

    private static func block(from chunk: [(text: String, line: Int)]) -> Block? {
        guard let first = chunk.first else { return nil }
        switch kind(of: first.text) {
        case .heading:
            let text = first.text.drop(while: { $0 == "#" }).clipTrimmed
            return .heading(ArticleMarkdownEscaper.unescape(text), line: first.line)
        case .item:
            return .list(chunk.map { ArticleMarkdownEscaper.unescape(String($0.text.dropFirst(2)).clipTrimmed) }, line: first.line)
        case .quote:
            let lines = chunk.map { String($0.text.dropFirst()).clipTrimmed }
            return quote(lines, line: first.line)
        case .text:
            let text = chunk.map { $0.text.clipTrimmed }.joined(separator: " ")
            return .paragraph(ArticleMarkdownEscaper.unescape(text), line: first.line)
        }
    }

    /// A quote's lines: paragraphs separated by empty `>` lines, the last one `— attribution`.
    private static func quote(_ lines: [String], line: Int) -> Block {
        var paragraphs: [String] = []
        var current: [String] = []
        for text in lines {
            if text.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current.removeAll()
            } else {
                current.append(text)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        var attribution: String?
        if let last = paragraphs.last, last.hasPrefix("— ") {
            attribution = ArticleMarkdownEscaper.unescape(String(last.dropFirst(2)))
            paragraphs.removeLast()
        }
        return .quote(paragraphs.map(ArticleMarkdownEscaper.unescape).joined(separator: "\n"), attribution: attribution, line: line)
    }

    /// Consecutive quote chunks split by a blank line belong to one quote.
    private static func mergeQuotes(_ blocks: [Block]) -> [Block] { blocks }
}
