/// Links each timeline entry to the people named in its sentences and to the meeting it
/// reports, once people and meetings are known.
struct TimelineAnnotator {
    /// For each article id, the person id of every surface name it uses.
    var personIDs: [String: [String: String]]
    var articles: [String: DossierArticle]
    var meetings: [Meeting]

    func annotate(_ timeline: [TimelineEntry]) -> [TimelineEntry] {
        // A meeting is known by the sentences that mention it.
        var meetingBySentence: [Citation: Meeting] = [:]
        for meeting in meetings {
            for citation in meeting.mentions { meetingBySentence[citation] = meeting }
        }
        return timeline.map { entry in
            var entry = entry
            var people: [String] = []
            for source in entry.sources {
                guard let article = articles[source.articleID] else { continue }
                for mention in article.mentions.people
                where mention.blockIndex == source.blockIndex && mention.sentence == source.sentence {
                    if let id = personIDs[source.articleID]?[mention.name], !people.contains(id) { people.append(id) }
                }
                if entry.meeting == nil, let meeting = meetingBySentence[source],
                   meeting.date.map({ Self.compatible($0, entry.date) }) ?? false {
                    entry.meeting = meeting.id
                }
            }
            entry.people = people
            return entry
        }
    }

    /// The timeline with an entry for every dated meeting: an entry of the meeting's day that
    /// cites one of its sentences is linked to it (when not linked to another); a meeting no entry
    /// tells of gets its own, labelled by its first sentence and citing all of them.
    func withMeetingEntries(_ timeline: [TimelineEntry]) -> [TimelineEntry] {
        var entries = timeline
        var linked = Set(entries.compactMap(\.meeting))
        var added: [TimelineEntry] = []
        // The entries of each date, in timeline order, so a meeting looks only at its day's.
        var byDate: [PartialDate: [Int]] = [:]
        for (i, entry) in entries.enumerated() { byDate[entry.date, default: []].append(i) }
        for meeting in meetings {
            guard let date = meeting.date, !linked.contains(meeting.id), let first = meeting.mentions.first else { continue }
            let cited = Set(meeting.mentions)
            if let i = byDate[date]?.first(where: { entries[$0].meeting == nil && entries[$0].sources.contains(where: cited.contains) }) {
                entries[i].meeting = meeting.id
            } else {
                added.append(TimelineEntry(date: date, label: TimelineLabeler.label(sentence: first.sentence, expression: ""),
                                           sources: meeting.mentions, people: meeting.participants, meeting: meeting.id))
            }
            linked.insert(meeting.id)
        }
        guard !added.isEmpty else { return entries }
        return (entries + added).enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date : a.offset < b.offset
        }.map(\.element)
    }

    /// Whether two dates can name the same day: equal where both are known.
    static func compatible(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.year == b.year else { return false }
        if let m = a.month, let n = b.month, m != n { return false }
        if let d = a.day, let e = b.day, d != e { return false }
        return true
    }
}
