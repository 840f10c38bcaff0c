/// Dates a clip that has no publication date from a meeting other clips date: a clip that tells
/// of "le sommet de ce mardi" in Paris with the coalition's leaders is dated to the Tuesday of
/// the one such meeting the dossier knows (`date_basis: meeting`).
///
/// The pipeline calls it after a first clustering of meetings, then extracts the clip's dates
/// again with its new date and clusters once more.
public struct MeetingDater: Sendable {
    private static let weekdays: [String: Int] = [
        "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]

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

    /// The day of the meeting a clip with no date reports on a named weekday, when one meeting
    /// of the dossier fits it better than any other.
    public func date(for article: Article, people: [PersonMention], personIDs: [String: String],
                     meetings: [Meeting]) -> SimpleDate? {
        guard article.date == nil else { return nil }
        let clue = MeetingClipClues(article: article, people: people, personIDs: personIDs)
        var best: (day: SimpleDate, score: Int)?
        var tie = false
        for (kind, weekday) in clue.weekdayCues {
            for meeting in meetings {
                guard let day = meeting.date?.simpleDate, day.weekday == weekday,
                      MeetingKindGroup(meeting.kind) == MeetingKindGroup(kind) else { continue }
                let score = clue.score(meeting, kind: kind)
                guard score >= 2 else { continue }
                if let b = best, b.day != day, b.score == score { tie = true }
                if best == nil || score > (best?.score ?? 0) { best = (day, score); tie = false }
            }
        }
        return tie ? nil : best?.day
    }

    fileprivate static func weekday(_ folded: String) -> Int? { weekdays[folded] }
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
        let placeFinder = MeetingPlaceFinder()
        for (b, block) in article.blocks.enumerated() {
            for sentence in SentenceSplitter.sentences(in: block.plainText) {
                let reader = MeetingSentenceReader(sentence: sentence, blockIndex: b, names: names, events: [], lang: article.lang)
                let tokens = reader.tokens
                for i in tokens.indices {
                    if let f = MeetingForums.forum(at: i, in: tokens) { forums.insert(f.forum.name) }
                }
                if let p = placeFinder.place(in: tokens, range: 0..<tokens.count, people: reader.nameTokens) {
                    places.insert(MeetingPlaces.region(of: p))
                }
                let weekday = tokens.lazy.compactMap { MeetingDater.weekday($0.folded) }.first
                if let weekday {
                    for cue in reader.cues { weekdayCues.append((cue.kind, weekday)) }
                }
            }
        }
    }

    /// How well a meeting fits the clip: its group (2), its place (2), its kind (1), each shared participant (1).
    func score(_ meeting: Meeting, kind: MeetingMention.Kind) -> Int {
        var s = 0
        if let f = meeting.forum, forums.contains(f) { s += 2 }
        if let p = meeting.place, p != MeetingPlaces.videoConference, places.contains(MeetingPlaces.region(of: p)) { s += 2 }
        if meeting.kind == kind { s += 1 }
        s += meeting.participants.filter(personIDs.contains).count
        return s
    }
}
