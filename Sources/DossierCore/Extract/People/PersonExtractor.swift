/// Finds the people an article names, their roles, and the quotes attributed to them.
/// (Placeholder: the rules live beside it in `Extract/People/`.)
public struct PersonExtractor: Sendable {
    public init() {}

    public func extract(from article: Article) -> (people: [PersonMention], quotes: [Quote]) { ([], []) }
}
