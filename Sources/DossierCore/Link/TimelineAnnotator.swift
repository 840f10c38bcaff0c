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

    /// Whether two dates can name the same day: equal where both are known.
    static func compatible(_ a: PartialDate, _ b: PartialDate) -> Bool {
        guard a.year == b.year else { return false }
        if let m = a.month, let n = b.month, m != n { return false }
        if let d = a.day, let e = b.day, d != e { return false }
        return true
    }
}
