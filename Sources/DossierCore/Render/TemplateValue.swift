import Mustache

/// The data a page template renders: a small, `Sendable` JSON-like value that the
/// plan stage builds and the template checker can walk.
public indirect enum TemplateValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// The value as swift-mustache expects it: an object whose fields it asks for by name,
    /// `[Any]`, `String`, `Bool`, `Int`.
    var mustacheValue: Any {
        switch self {
        case .string(let s): s
        case .bool(let b): b
        case .int(let i): i
        case .list(let items): items.map(\.mustacheValue)
        case .object(let fields): MustacheObject(fields: fields)
        }
    }

    /// The field `name` of an object.
    subscript(name: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension TemplateValue {
    /// A list wrapped as `{items: [...]}`, or `false` when empty, so a template can show a
    /// heading once around the items: `{{#people}}<h2>…</h2>{{#items}}…{{/items}}{{/people}}`.
    static func section(_ items: [TemplateValue]) -> TemplateValue {
        items.isEmpty ? .bool(false) : .object(["items": .list(items)])
    }

    /// A string, or `false` when absent, so `{{#x}}…{{/x}}` shows optional text.
    static func optional(_ text: String?) -> TemplateValue {
        guard let text, !text.isEmpty else { return .bool(false) }
        return .string(text)
    }
}

/// An object of a page's context as swift-mustache sees it: a field is converted only when a
/// template asks for it (a page uses a few of the interface's many words), and a class is
/// found to be a `MustacheParent` faster than a dictionary, whose conformance is conditional.
/// swift-mustache treats it as it treats `[String: Any]`.
final class MustacheObject: MustacheParent {
    let fields: [String: TemplateValue]

    init(fields: [String: TemplateValue]) { self.fields = fields }

    func child(named name: String) -> Any? { fields[name]?.mustacheValue }
}
