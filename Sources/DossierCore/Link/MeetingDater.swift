/// Dates a clip that has no publication date from a meeting other clips date: a clip that tells
/// of "le sommet de ce mardi" in Paris with the coalition's leaders is dated to the Tuesday of
/// the one such meeting the dossier knows (`date_basis: meeting`). Conservative: a clip that
/// fits two meeting days, or none at its place, stays undated.
///
/// The pipeline calls it after a first clustering of meetings, then extracts the clip's dates
/// again with its new date and clusters once more.
public struct MeetingDater: Sendable {
    public init() {}

    /// The clip with the date of the meeting it reports, or nil when it has a date already or no
    /// meeting of the dossier fits one and only one way.
    public func redated(_ article: Article, people: [PersonMention], personIDs: [String: String],
                        meetings: [Meeting]) -> Article? {
        guard let day = date(for: article, people: people, personIDs: personIDs, meetings: meetings) else { return nil }
        var dated = article
        dated.date = day
        dated.dateBasis = .meeting
        return dated
    }

    /// The day of the meeting a clip with no date reports on a named weekday, when exactly one
    /// meeting day of the dossier fits: that weekday, a place the clip names, and the clip's group
    /// or one of its people; and, when the clip writes full dates, within a few weeks of one of them.
    public func date(for article: Article, people: [PersonMention], personIDs: [String: String],
                     meetings: [Meeting]) -> SimpleDate? {
        guard article.date == nil else { return nil }
        let clue = MeetingClipClues(article: article, people: people, personIDs: personIDs)
        guard !clue.weekdayCues.isEmpty, !clue.places.isEmpty else { return nil }
        let written = DateExtractor().events(in: article).compactMap { $0.date.simpleDate?.dayNumber }
        var days = Set<SimpleDate>()
        for (kind, weekday) in clue.weekdayCues {
            for meeting in meetings {
                guard let day = meeting.date?.simpleDate, day.weekday == weekday,
                      MeetingKindGroup(meeting.kind) == MeetingKindGroup(kind), clue.fits(meeting) else { continue }
                if !written.isEmpty, !written.contains(where: { abs($0 - day.dayNumber) <= Self.reach }) { continue }
                days.insert(day)
            }
        }
        return days.count == 1 ? days.first : nil
    }

    /// How many days a meeting may lie from the full dates a clip writes.
    private static let reach = 21

    fileprivate static func weekday(_ folded: String) -> Int? { MeetingLexicon.all.weekdays[folded] }
}

/// What a clip says that can match it to a meeting: the meetings it tells of on a weekday,
/// the groups, places and people it names.
private struct MeetingClipClues {
    var weekdayCues: [(MeetingMention.Kind, Int)] = []
    var forums: Set<String> = []
    var places: Set<String> = []
    var personIDs: Set<String> = []

    init(article: Article, people: [PersonMention], personIDs ids: [String: String]) {
        personIDs = Set(people.compactMap { ids[$0.name] })
        let names = MeetingSentenceReader.nameWords(Set(people.map(\.name)))
        let lexicon = MeetingLexicon.forLanguage(article.lang)
        let placeFinder = MeetingPlaceFinder(lexicon: lexicon)
        var firstWeekday: Int?
        var cues: [MeetingMention.Kind] = []
        for (b, block) in article.blocks.enumerated() {
            for sentence in SentenceSplitter.sentences(in: block.plainText) {
                let reader = MeetingSentenceReader(sentence: sentence, blockIndex: b, names: names, events: [], lang: article.lang)
                let tokens = reader.tokens
                for i in tokens.indices {
                    if let f = MeetingForums.forum(at: i, in: tokens, lexicon: lexicon) { forums.insert(f.forum.name) }
                }
                if let p = placeFinder.place(in: tokens, range: 0..<tokens.count, people: reader.nameTokens) {
                    places.insert(MeetingPlaces.region(of: placeFinder.city(ofVenue: p) ?? p))
                }
                let weekday = tokens.lazy.compactMap { MeetingDater.weekday($0.folded) }.first
                if let weekday {
                    for cue in reader.cues { weekdayCues.append((cue.kind, weekday)) }
                }
                if firstWeekday == nil { firstWeekday = weekday }
                cues += reader.cues.map(\.kind)
            }
        }
        // "Macron said on Thursday …" then "after the summit at the Elysee": the clip's day is the
        // summit's when no sentence names both.
        if weekdayCues.isEmpty, let firstWeekday {
            weekdayCues = cues.map { ($0, firstWeekday) }
        }
    }

    /// Whether a meeting fits the clip: held at a place the clip names, and by the clip's group
    /// or with one of its people.
    func fits(_ meeting: Meeting) -> Bool {
        guard let p = meeting.place, p != MeetingPlaces.videoConference, places.contains(MeetingPlaces.region(of: p)) else {
            return false
        }
        if let f = meeting.forum, forums.contains(f) { return true }
        return meeting.participants.contains(where: personIDs.contains)
    }
}
