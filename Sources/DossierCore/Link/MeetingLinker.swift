/// Clusters the meeting mentions of all clips into meetings.
/// (Placeholder: the clustering rules live beside it in `Link/`.)
public struct MeetingLinker: Sendable {
    public var corrections: Corrections

    public init(corrections: Corrections = Corrections()) { self.corrections = corrections }

    public func link(_ articles: [DossierArticle], personIDs: [[String: String]]) -> (meetings: [Meeting], articleMeetings: [[String]]) {
        ([], articles.map { _ in [] })
    }
}
