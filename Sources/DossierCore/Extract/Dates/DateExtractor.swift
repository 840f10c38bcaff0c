/// Finds the dates a clip gives and resolves them against its publication date.
/// (Placeholder: the French and English rules live beside it in `Extract/Dates/`.)
public struct DateExtractor: Sendable {
    public init() {}

    /// The publication date the text gives when the clip has no stamp, and how it was found.
    public func publicationDate(of article: Article) -> (date: SimpleDate, basis: DateBasis)? { nil }

    /// Every date expression in the body, resolved at its precision.
    public func events(in article: Article) -> [DatedEvent] { [] }
}
