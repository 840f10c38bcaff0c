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
    public var content: Content

    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }
}
