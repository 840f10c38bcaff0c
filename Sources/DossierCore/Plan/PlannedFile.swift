/// One file of the output site, before rendering.
public struct PlannedFile: Sendable {
    public enum Content: Sendable {
        /// An HTML page: a template and its context.
        case page(template: String, context: TemplateValue)
        /// A file written as is (Markdown, JSON, XML, text).
        case text(String)
        /// Bytes copied as they are (CSS, JS, images from the templates' assets).
        case bytes([UInt8])
    }

    /// The path inside the output folder, e.g. `articles/slug/index.html`.
    public var path: String
    private let make: @Sendable () -> Content

    /// The file's content; a file planned with `deferred:` makes it now, each time it is asked.
    public var content: Content { make() }

    public init(path: String, content: Content) {
        self.path = path
        make = { content }
    }

    /// A file whose content is made only when it is rendered, so that a build never holds the
    /// contexts and texts of all its pages at once.
    public init(path: String, deferred make: @escaping @Sendable () -> Content) {
        self.path = path
        self.make = make
    }
}
