/// The meeting cues of each language's lexicon, indexed by first word for the cue finder.
enum MeetingCueLexicon {
    typealias Entry = MeetingLexicon.Cue

    /// Entries by first word, longest first, for the language of a clip.
    static func entries(forLanguage lang: String) -> [String: [Entry]] {
        switch lang {
        case "fr": frenchIndex
        case "en": englishIndex
        default: allIndex
        }
    }

    /// The cheap first pass: folded stems one of which a block must contain to hold a cue.
    static func stems(forLanguage lang: String) -> TextSearch.Needles {
        switch lang {
        case "fr": frenchStems
        case "en": englishStems
        default: allStems
        }
    }

    private static let frenchIndex = index(MeetingLexicon.french.cues)
    private static let englishIndex = index(MeetingLexicon.english.cues)
    private static let allIndex = index(MeetingLexicon.all.cues)
    private static let frenchStems = TextSearch.Needles(MeetingLexicon.french.stems)
    private static let englishStems = TextSearch.Needles(MeetingLexicon.english.stems)
    private static let allStems = TextSearch.Needles(MeetingLexicon.all.stems)

    private static func index(_ entries: [Entry]) -> [String: [Entry]] {
        var byFirst: [String: [Entry]] = [:]
        for entry in entries { byFirst[entry.words[0], default: []].append(entry) }
        // Longest first; entries of one length keep their order in the table.
        return byFirst.mapValues { list in
            list.enumerated().sorted { ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset) }
                .map(\.element)
        }
    }
}
