import Yams

/// Reads a normalized article (`.md` with YAML front matter) back into an `Article`.
/// Bad values are warnings that quote the value and say what to write instead.
enum FrontMatterReader {
    /// The front matter and body of `text`, or nil when it does not start with front matter.
    static func split(_ text: String) -> (yaml: String, body: String, bodyFirstLine: Int)? {
        guard text.hasPrefix("---\n") else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let end = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else { return nil }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return (yaml, body, end + 2)
    }

    /// The article written in `file`, or nil when it has no front matter.
    static func read(_ file: SourceFile) -> (article: Article, diagnostics: [Diagnostic])? {
        guard let parts = split(file.text) else { return nil }
        var diagnostics: [Diagnostic] = []
        func warn(_ message: String, _ node: Node?) {
            diagnostics.append(.warning(message, file: file.path, line: node?.mark.map { $0.line + 1 } ?? 1))
        }
        var article = Article(source: file.fileName, blocks: MarkdownBodyReader.blocks(of: parts.body, firstLine: parts.bodyFirstLine))
        let root: Node?
        do {
            root = try Yams.compose(yaml: parts.yaml)
        } catch let error as YamlError {
            diagnostics.append(.warning("the front matter is not valid YAML (\(Self.problem(error))); fix it, or remove it to treat the file as a raw clip",
                                        file: file.path, line: Self.line(of: error).map { $0 + 1 } ?? 1))
            root = nil
        } catch {
            root = nil
        }
        var sawTitle = false
        var keys: Set<String> = []
        if let mapping = root?.mapping {
            for (keyNode, value) in mapping {
                guard let key = keyNode.string else { continue }
                keys.insert(key)
                FrontMatterField.apply(key: key, value: value, to: &article, sawTitle: &sawTitle, warn: warn)
            }
        } else if root != nil {
            warn("the front matter is not a list of `key: value` lines; write e.g. `title: \"…\"`", root)
        }
        // Front matter written by hand: a date without a basis is an editor's date; no language, read the body.
        if article.date != nil, !keys.contains("date_basis") { article.dateBasis = .override }
        if !keys.contains("lang") {
            article.lang = ClipLanguage.language(of: article.blocks.prefix(5).map(\.plainText).joined(separator: " "))
        }
        if !sawTitle || article.title.isEmpty {
            article.title = file.fileName
            article.titleDerived = true
            diagnostics.append(.warning("the front matter has no title; the file name is used. Add `title: \"…\"`", file: file.path, line: 2))
        }
        return (article, diagnostics)
    }

    private static func problem(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _): problem
        default: "\(error)"
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _): mark.line
        default: nil
        }
    }
}
