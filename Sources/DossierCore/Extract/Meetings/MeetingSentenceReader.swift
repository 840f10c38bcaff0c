/// One sentence of a clip read for meetings: its words, where the names and the dates are,
/// and its meeting cues.
struct MeetingSentenceReader: Sendable {
    var sentence: String
    var blockIndex: Int
    var tokens: [MeetingToken]
    var names: [MeetingParticipantFinder.NameSpan]
    var dates: [MeetingDateFinder.PlacedDate]
    var cues: [MeetingCue]

    /// The folded words of each name, computed once per clip.
    typealias NameWords = [(name: String, words: [String])]

    /// The words of `names`, longest names first so "Emmanuel Macron" is not also read as "Macron".
    static func nameWords(_ names: Set<String>) -> NameWords {
        names.sorted { ($0.count, $0) > ($1.count, $1) }.map { ($0, MeetingToken.tokens(in: $0).map(\.folded)) }
    }

    init(sentence: String, blockIndex: Int, names: NameWords, events: [DatedEvent], lang: String) {
        self.sentence = sentence
        self.blockIndex = blockIndex
        let tokens = MeetingToken.tokens(in: sentence)
        self.tokens = tokens
        let spans = Self.locate(names, in: sentence, tokens: tokens)
        self.names = spans
        self.dates = Self.locate(events, in: sentence, tokens: tokens)
        cues = MeetingCueFinder(lang: lang, lexicon: MeetingLexicon.forLanguage(lang)).cues(in: tokens, personStarts: Set(spans.map(\.start)))
    }

    /// The token indices covered by names.
    var nameTokens: Set<Int> {
        Set(names.flatMap { $0.start..<$0.end })
    }

    /// Where each name occurs, longest names first so "Emmanuel Macron" is not also read as "Macron".
    private static func locate(_ names: NameWords, in sentence: String, tokens: [MeetingToken]) -> [MeetingParticipantFinder.NameSpan] {
        var spans: [MeetingParticipantFinder.NameSpan] = []
        var taken = Set<Int>()
        for (name, words) in names {
            guard let first = words.first else { continue }
            for i in tokens.indices where tokens[i].folded == first && tokens.matches(words, at: i) {
                let range = i..<(i + words.count)
                if range.contains(where: taken.contains) { continue }
                taken.formUnion(range)
                spans.append(.init(name: name, start: range.lowerBound, end: range.upperBound))
            }
        }
        return spans.sorted { $0.start < $1.start }
    }

    /// Where each date of the block that belongs to this sentence is written.
    private static func locate(_ events: [DatedEvent], in sentence: String, tokens: [MeetingToken]) -> [MeetingDateFinder.PlacedDate] {
        var placed: [MeetingDateFinder.PlacedDate] = []
        for event in events {
            guard !event.expression.isEmpty, let range = TextSearch.range(of: event.expression, in: sentence) else { continue }
            let sameSentence = event.sentence == sentence || TextSearch.contains(event.sentence, sentence) || TextSearch.contains(sentence, event.sentence)
            guard sameSentence else { continue }
            placed.append(.init(date: event.date, token: tokens.tokenIndex(at: range.lowerBound)))
        }
        return placed.sorted { $0.token < $1.token }
    }
}
