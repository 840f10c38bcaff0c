/// Checks that every variable and section a template uses exists in a page's context,
/// so that a typo in a template is a build error with its file and line, never a silently
/// empty string. swift-mustache renders; this walks the same tags over the same data.
struct TemplateChecker: Sendable {
    /// A parsed tag tree of one template.
    indirect enum Node: Sendable {
        case variable(name: String, line: Int)
        case section(name: String, inverted: Bool, line: Int, children: [Node])
        case partial(name: String, line: Int)
    }

    struct ParseError: Error {
        var message: String
        var line: Int
    }

    /// The tag tree of a template's text.
    static func parse(_ text: String) throws(ParseError) -> [Node] {
        var stack: [(name: String, inverted: Bool, line: Int, children: [Node])] = [("", false, 0, [])]
        var line = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].count(where: { $0 == "\n" })
            var afterOpen = rest[open.upperBound...]
            let triple = afterOpen.first == "{"
            if triple { afterOpen = afterOpen.dropFirst() }
            guard let close = afterOpen.range(of: triple ? "}}}" : "}}") else {
                throw ParseError(message: "a tag opened with '{{' is never closed", line: line)
            }
            let tag = afterOpen[..<close.lowerBound]
            let tagLine = line
            line += tag.count(where: { $0 == "\n" })
            rest = afterOpen[close.upperBound...]
            let sigil = tag.first
            let body = tag.dropFirst(sigil.map { "#^/!>&<$=".contains($0) } == true ? 1 : 0)
            let name = body.trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!": continue
            case "=": throw ParseError(message: "changing delimiters ('{{=') is not supported in dossier templates", line: tagLine)
            case "<", "$": throw ParseError(message: "template inheritance ('{{\(sigil ?? " ")') is not supported; use partials ('{{>name}}')", line: tagLine)
            case "#", "^": stack.append((name, sigil == "^", tagLine, []))
            case "/":
                guard stack.count > 1, let open = stack.last, open.name == name else {
                    throw ParseError(message: "'{{/\(name)}}' closes a section that is not open", line: tagLine)
                }
                stack.removeLast()
                stack[stack.count - 1].children.append(.section(name: open.name, inverted: open.inverted, line: open.line, children: open.children))
            case ">": stack[stack.count - 1].children.append(.partial(name: name, line: tagLine))
            default: stack[stack.count - 1].children.append(.variable(name: name, line: tagLine))
            }
        }
        if stack.count > 1, let open = stack.last {
            throw ParseError(message: "section '{{#\(open.name)}}' is never closed", line: open.line)
        }
        return stack[0].children
    }

    /// A variable a template uses that the context lacks.
    struct Missing: Sendable, Hashable {
        var template: String
        var name: String
        var line: Int
    }

    let trees: [String: [Node]]

    /// The first missing variable when rendering `template` with `context`, if any.
    func firstMissing(in template: String, context: TemplateValue) -> Missing? {
        guard let nodes = trees[template] else { return nil }
        return check(nodes, template: template, stack: [context], depth: 0)
    }

    private func check(_ nodes: [Node], template: String, stack: [TemplateValue], depth: Int) -> Missing? {
        guard depth < 32 else { return nil }
        for node in nodes {
            switch node {
            case .variable(let name, let line):
                if resolve(name, in: stack) == nil { return Missing(template: template, name: name, line: line) }
            case .partial(let name, _):
                if let nodes = trees[name], let missing = check(nodes, template: name, stack: stack, depth: depth + 1) {
                    return missing
                }
            case .section(let name, let inverted, let line, let children):
                guard let value = resolve(name, in: stack) else {
                    return Missing(template: template, name: name, line: line)
                }
                if inverted {
                    if let missing = check(children, template: template, stack: stack, depth: depth) { return missing }
                    continue
                }
                switch value {
                case .list(let items):
                    for item in items {
                        if let missing = check(children, template: template, stack: stack + [item], depth: depth) { return missing }
                    }
                case .bool(false):
                    continue
                case .object, .string, .int, .bool:
                    if let missing = check(children, template: template, stack: stack + [value], depth: depth) { return missing }
                }
            }
        }
        return nil
    }

    /// Mustache name resolution: `.`, `a`, `a.b`, looked up from the innermost context out.
    private func resolve(_ name: String, in stack: [TemplateValue]) -> TemplateValue? {
        if name == "." { return stack.last }
        // Most names have no dot: looked up as they are, without splitting them.
        if !name.isEmpty, !name.utf8.contains(0x2E) {
            for context in stack.reversed() {
                if let value = context[name] { return value }
            }
            return nil
        }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for context in stack.reversed() {
            if var value = context[first] {
                for part in parts.dropFirst() {
                    guard let next = value[part] else { return nil }
                    value = next
                }
                return value
            }
        }
        return nil
    }
}
