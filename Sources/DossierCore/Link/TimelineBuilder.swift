/// Builds the timeline from the events of all clips.
/// (Placeholder: merging and labels live beside it in `Link/`.)
public struct TimelineBuilder: Sendable {
    public init() {}

    public func build(_ articles: [DossierArticle]) -> [TimelineEntry] {
        articles.flatMap { entry in
            entry.mentions.events.map { event in
                TimelineEntry(date: event.date, label: event.sentence,
                              sources: [Citation(articleID: entry.id, blockIndex: event.blockIndex, sentence: event.sentence)])
            }
        }.sorted { $0.date < $1.date }
    }
}
