/// Merges the person mentions of all articles into people: short forms, variants
/// and transliterations of one name become one `Person`.
/// (Placeholder: the merging rules live beside it in `Link/`.)
public struct PersonLinker: Sendable {
    public var corrections: Corrections

    public init(corrections: Corrections = Corrections()) { self.corrections = corrections }

    /// The people of the dossier, and for each article (same order) the ids of the people it names.
    public func link(_ articles: [DossierArticle]) -> (people: [Person], articlePeople: [[String]]) {
        ([], articles.map { _ in [] })
    }
}
