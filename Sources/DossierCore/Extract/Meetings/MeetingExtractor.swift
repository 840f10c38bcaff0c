/// Finds the meetings a clip reports: a meeting noun or verb tied to a date and/or a place.
/// (Placeholder: the rules live beside it in `Extract/Meetings/`.)
public struct MeetingExtractor: Sendable {
    public init() {}

    public func extract(from article: Article, events: [DatedEvent], people: [PersonMention]) -> [MeetingMention] { [] }
}
