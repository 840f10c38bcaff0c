import Foundation
import Mustache

/// Renders pages with the Mustache templates of a folder (`Templates/*.mustache`).
/// A template that is missing, does not parse, or uses a variable that the page's context
/// lacks is an error naming the template's file and line.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    private let checker: TemplateChecker
    /// How diagnostics name the templates folder, e.g. `Templates`.
    private let displayFolder: String

    /// Loads and parses every `*.mustache` file of `folder`.
    public init(folder: URL, displayFolder: String) throws(DiagnosticError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }.sorted()
        } catch {
            throw DiagnosticError(.error(
                "cannot read the templates folder '\(displayFolder)'; pass --templates with the folder that holds the *.mustache files",
                file: displayFolder))
        }
        var sources: [String: String] = [:]
        let reader = FolderReader(root: folder, description: "templates folder '\(displayFolder)'")
        for name in names {
            let display = "\(displayFolder)/\(name)"
            switch reader.read(name, display: display, severity: .error) {
            case .refused(let diagnostic): throw DiagnosticError(diagnostic)
            case .missing: continue
            case .bytes(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw DiagnosticError(.error("cannot read this template as UTF-8 text; save it as UTF-8", file: display))
                }
                sources[String(name.dropLast(".mustache".count))] = text
            }
        }
        try self.init(templates: sources, displayFolder: displayFolder)
    }

    /// Parses templates given as text, keyed by name (file name without `.mustache`).
    public init(templates: [String: String], displayFolder: String) throws(DiagnosticError) {
        MustacheContentTypes.register(HTMLEscaper(), named: HTMLEscaper.name)
        var library = MustacheLibrary()
        var trees: [String: [TemplateChecker.Node]] = [:]
        var diagnostics: [Diagnostic] = []
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            let file = "\(displayFolder)/\(name).mustache"
            do {
                trees[name] = try TemplateChecker.parse(text)
            } catch {
                diagnostics.append(.error("template does not parse: \(error.message)", file: file, line: error.line))
                continue
            }
            do {
                // The pragma sits on line 1 without a newline, so template lines keep their numbers.
                library.register(try MustacheTemplate(string: HTMLEscaper.pragma + text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template does not parse: \(error.error) at '\(error.context.line.trimmingCharacters(in: .whitespaces))'",
                                          file: file, line: error.context.lineNumber))
            } catch {
                diagnostics.append(.error("template does not parse: \(error)", file: file))
            }
        }
        for (name, nodes) in trees.sorted(by: { $0.key < $1.key }) {
            for partial in Self.partials(in: nodes) where trees[partial.name] == nil {
                diagnostics.append(.error("partial '\(partial.name)' is missing; add \(displayFolder)/\(partial.name).mustache",
                                          file: "\(displayFolder)/\(name).mustache", line: partial.line))
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        self.library = library
        self.checker = TemplateChecker(trees: trees)
        self.displayFolder = displayFolder
    }

    /// Whether a template of that name exists.
    public func has(_ template: String) -> Bool { library.getTemplate(named: template) != nil }

    /// The rendered text of `template` with `context`.
    public func render(_ template: String, context: TemplateValue) throws(DiagnosticError) -> String {
        guard let compiled = library.getTemplate(named: template) else {
            throw DiagnosticError(.error("template '\(template)' is missing; add \(displayFolder)/\(template).mustache (the default templates are in the project's Templates/ folder)",
                                         file: "\(displayFolder)/\(template).mustache"))
        }
        if let missing = checker.firstMissing(in: template, context: context) {
            throw DiagnosticError(.error("template uses '\(missing.name)', which this page does not provide; fix the name or remove the tag",
                                         file: "\(displayFolder)/\(missing.template).mustache", line: missing.line))
        }
        return compiled.render(context.mustacheValue, library: library)
    }

    private static func partials(in nodes: [TemplateChecker.Node]) -> [(name: String, line: Int)] {
        nodes.flatMap { node -> [(name: String, line: Int)] in
            switch node {
            case .partial(let name, let line): [(name, line)]
            case .section(_, _, _, let children): partials(in: children)
            case .variable: []
            }
        }
    }
}
