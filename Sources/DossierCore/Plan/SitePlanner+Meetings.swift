extension SitePlanner {
    /// Meetings in chronological order.
    func meetingsIndex(_ index: DossierIndex) -> [String: TemplateValue] {
        let items: [TemplateValue] = index.dossier.meetings.map { m in
            ["title": .string(m.title), "url": .string("\(m.id)/"),
             "date": .optional(m.date.map(FrenchDateFormatter.long)), "place": .optional(m.place),
             "kind": .string(Self.kindLabel(m.kind)), "count": .int(m.articles.count)]
        }
        return ["meetings": .list(items), "has_meetings": .bool(!items.isEmpty)]
    }

    func meetingPage(_ meeting: Meeting, _ index: DossierIndex) -> [String: TemplateValue] {
        let participants: [TemplateValue] = meeting.participants.compactMap { id in
            index.people[id].map { ["name": .string($0.name), "url": .string("../../people/\(id)/"), "role": .optional($0.role)] }
        }
        let mentions: [TemplateValue] = meeting.mentions.compactMap { citation in
            guard let entry = index.articles[citation.articleID] else { return nil }
            return ["title": .string(entry.article.title), "url": .string("../../articles/\(entry.id)/#\(citation.anchor)"),
                    "date": .optional(entry.article.date.map(FrenchDateFormatter.long)), "sentence": .string(citation.sentence)]
        }
        let all = index.dossier.meetings
        let position = all.firstIndex { $0.id == meeting.id }
        let neighbour: (Int) -> TemplateValue = { offset in
            guard let position, all.indices.contains(position + offset) else { return false }
            let m = all[position + offset]
            return ["title": .string(m.title), "url": .string("../\(m.id)/"), "date": .optional(m.date.map(FrenchDateFormatter.long))]
        }
        return [
            "title": .string(meeting.title),
            "date": .optional(meeting.date.map(FrenchDateFormatter.long)),
            "place": .optional(meeting.place),
            "kind": .string(Self.kindLabel(meeting.kind)),
            "participants": .section(participants),
            "mentions": .list(mentions),
            "previous": neighbour(-1),
            "next": neighbour(1),
            "jsonld": .string(JSONLD.meeting(meeting, people: index.people)),
        ]
    }

    static func kindLabel(_ kind: MeetingMention.Kind) -> String {
        switch kind {
        case .summit: "sommet"
        case .meeting: "réunion"
        case .videoConference: "visioconférence"
        case .talks: "pourparlers"
        case .call: "appel"
        case .lunch: "déjeuner"
        case .pressConference: "conférence de presse"
        }
    }
}
