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
        let lexicon = MeetingLexicon.forLanguage(lang)
        self.dates = Self.locate(events, in: sentence, tokens: tokens, lexicon: lexicon)
        cues = MeetingCueFinder(lang: lang, lexicon: lexicon).cues(in: tokens, personStarts: Set(spans.map(\.start)))
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
    /// A day counted from a meeting ("Le lendemain du sommet d'Alaska", "the day before the
    /// Geneva talks") gives two dates over the same words: the day counted, which is the
    /// sentence's, and the meeting's own, which is placed on the last word of the expression, at
    /// the meeting's name.
    private static func locate(_ events: [DatedEvent], in sentence: String, tokens: [MeetingToken],
                               lexicon: MeetingLexicon) -> [MeetingDateFinder.PlacedDate] {
        var placed: [(date: MeetingDateFinder.PlacedDate, last: Int, expression: String)] = []
        for event in events {
            guard !event.expression.isEmpty, let range = TextSearch.range(of: event.expression, in: sentence) else { continue }
            let sameSentence = event.sentence == sentence || TextSearch.contains(event.sentence, sentence) || TextSearch.contains(sentence, event.sentence)
            guard sameSentence else { continue }
            var first = tokens.tokenIndex(at: range.lowerBound)
            let last = max(first, tokens.tokenIndex(at: range.upperBound) - 1)
            // "dans la foulée de son sommet en Alaska": the day of that summit, not of the clause.
            if (first..<last).contains(where: { $0 + 1 < tokens.count && lexicon.dayLinks.contains(tokens[$0].folded)
                                                  && lexicon.genitives.contains(tokens[$0 + 1].folded) }) {
                first = last
            }
            placed.append((.init(date: event.date, token: first, last: last), last, event.expression))
        }
        for a in placed.indices {
            for b in placed.indices where b != a && placed[b].expression == placed[a].expression
                && placed[b].date.token == placed[a].date.token && placed[b].last > placed[a].date.token {
                let words = (placed[a].date.token...placed[a].last).filter { $0 < tokens.count }.map { tokens[$0].folded }
                let later = words.contains(where: lexicon.laterWords.contains)
                let earlier = words.contains(where: lexicon.earlierWords.contains)
                guard later != earlier, let da = placed[a].date.date.simpleDate, let db = placed[b].date.date.simpleDate else { continue }
                // Counted later from the meeting: the earlier day is the meeting's; counted earlier, the later one.
                if later ? da < db : da > db { placed[a].date.token = placed[a].last }
            }
        }
        return placed.map(\.date).sorted { $0.token < $1.token }
    }
}
