/// Finds the meetings a clip reports: a meeting noun or verb tied to a date and/or a place,
/// with who took part and the group that held it. A pure function of the clip.
public struct MeetingExtractor: Sendable {
    public init() {}

    /// The meeting mentions of `article`, given the dates and the names found in it; with the
    /// story's `calendar` on a second reading, a meeting named by its place and not dated takes
    /// the day of the one meeting of the calendar it names.
    public func extract(from article: Article, events: [DatedEvent], people: [PersonMention],
                        calendar: StoryCalendar? = nil) -> [MeetingMention] {
        var state = MeetingClipState(article: article, calendar: calendar)
        let roles = Self.roleReferences(people)
        var inLiveEntry = false
        let stems = MeetingCueLexicon.stems(forLanguage: article.lang)
        for (blockIndex, block) in article.blocks.enumerated() {
            if block.kind == .heading, LiveEntryStamp.isStamp(block.plainText, lexicon: state.lexicon) { inLiveEntry = true }
            let text = block.plainText
            let folded = MeetingFolding.fold(text)
            guard TextSearch.containsAny(folded, stems) else {
                state.leaveBlock(blockIndex)
                continue
            }
            let blockEvents = events.filter { $0.blockIndex == blockIndex }
            let blockNames = MeetingSentenceReader.nameWords(Set(people.filter { $0.blockIndex == blockIndex }.map(\.name)))
                + roles.filter { TextSearch.contains(folded, $0.words.joined(separator: " ")) }
            let sentences = SentenceSplitter.sentences(in: text)
            for sentence in sentences {
                let reader = MeetingSentenceReader(sentence: sentence, blockIndex: blockIndex, names: blockNames,
                                                   events: blockEvents, lang: article.lang)
                state.read(reader, inLiveEntry: inLiveEntry && block.kind != .heading)
            }
            state.leaveBlock(blockIndex)
        }
        return state.finish()
    }

    /// Role phrases that stand for one person of the clip ("le président ukrainien" for the
    /// Volodymyr Zelensky it names with that role), so "le président ukrainien s'était entretenu
    /// avec Donald Trump" has both as participants. Roles of one word, or shared by two people,
    /// say nothing of who is meant.
    static func roleReferences(_ people: [PersonMention]) -> MeetingSentenceReader.NameWords {
        var byRole: [String: Set<String>] = [:]
        var written: [String: [String]] = [:]
        for mention in people {
            guard let role = mention.role else { continue }
            let words = MeetingToken.tokens(in: role).map(\.folded)
            guard words.count >= 2 else { continue }
            let key = words.joined(separator: " ")
            byRole[key, default: []].insert(mention.name.split(separator: " ").last.map(String.init) ?? mention.name)
            if byRole[key]?.count == 1, written[key] == nil { written[key] = words }
        }
        var result: MeetingSentenceReader.NameWords = []
        for (key, surnames) in byRole.sorted(by: { $0.key < $1.key }) where surnames.count == 1 {
            guard let words = written[key],
                  let name = people.filter({ $0.role.map { MeetingToken.tokens(in: $0).map(\.folded).joined(separator: " ") } == key })
                    .map(\.name).max(by: { ($0.count, $0) < ($1.count, $1) }) else { continue }
            result.append((name, words))
        }
        return result
    }
}
