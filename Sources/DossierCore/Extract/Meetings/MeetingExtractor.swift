/// Finds the meetings a clip reports: a meeting noun or verb tied to a date and/or a place,
/// with who took part and the group that held it. A pure function of the clip.
public struct MeetingExtractor: Sendable {
    public init() {}

    private static let stems = TextSearch.Needles(MeetingCueLexicon.stems)

    /// The meeting mentions of `article`, given the dates and the names found in it.
    public func extract(from article: Article, events: [DatedEvent], people: [PersonMention]) -> [MeetingMention] {
        var state = MeetingClipState(article: article)
        for (blockIndex, block) in article.blocks.enumerated() {
            let text = block.plainText
            let folded = MeetingFolding.fold(text)
            guard TextSearch.containsAny(folded, Self.stems) else {
                state.leaveBlock(blockIndex)
                continue
            }
            let blockEvents = events.filter { $0.blockIndex == blockIndex }
            let blockNames = MeetingSentenceReader.nameWords(Set(people.filter { $0.blockIndex == blockIndex }.map(\.name)))
            let sentences = SentenceSplitter.sentences(in: text)
            for sentence in sentences {
                let reader = MeetingSentenceReader(sentence: sentence, blockIndex: blockIndex, names: blockNames,
                                                   events: blockEvents, lang: article.lang)
                state.read(reader)
            }
            state.leaveBlock(blockIndex)
        }
        return state.finish()
    }
}
