extension SitePlanner {
    /// Meetings in chronological order.
    func meetingsIndex(_ index: DossierIndex) -> [String: TemplateValue] {
        let items: [TemplateValue] = index.dossier.meetings.map { m in
            var fields = statusFields(m, index)
            fields["title"] = .string(m.title)
            fields["url"] = .string("\(m.id)/")
            fields["meta"] = .string(indexMeta(m))
            fields["count"] = .string(strings.count(m.articles.count, .articles))
            return .object(fields)
        }
        return ["meetings": .list(items), "has_meetings": .bool(!items.isEmpty)]
    }

    /// The kind, then the date and the place only when the title does not already say them
    /// (a generated title ends with them; an edited one may not).
    func indexMeta(_ m: Meeting) -> String {
        let kind = kindLabel(m.kind)
        var parts = [kind]
        let title = TextFolding.fold(m.title)
        if let date = m.date.map(strings.date), !title.contains(TextFolding.fold(date)) { parts.append(date) }
        if let place = m.place, !title.contains(TextFolding.fold(place)), TextFolding.fold(place) != TextFolding.fold(kind) {
            parts.append(place)
        }
        return parts.joined(separator: " · ")
    }

    func meetingPage(_ meeting: Meeting, _ index: DossierIndex, position: Int) -> [String: TemplateValue] {
        let participants: [TemplateValue] = meeting.participants.compactMap { id in
            index.people[id].map { ["name": .string($0.name), "url": .string("../../people/\(id)/"), "role": .optional($0.role)] }
        }
        let mentions: [TemplateValue] = meeting.mentions.compactMap { citation in
            guard let entry = index.articles[citation.articleID] else { return nil }
            return ["title": .string(entry.article.title), "url": .string("../../articles/\(entry.id)/#\(citation.anchor)"),
                    "date": .optional(entry.article.date.map(strings.date)), "sentence": .string(citation.sentence),
                    "lang": .string(entry.article.lang)]
        }
        let all = index.dossier.meetings
        let neighbour: (Int) -> TemplateValue = { offset in
            guard all.indices.contains(position + offset) else { return false }
            let m = all[position + offset]
            return ["title": .string(m.title), "url": .string("../\(m.id)/"), "date": .optional(m.date.map(strings.date))]
        }
        var place = meeting.place.flatMap { TextFolding.fold($0) == TextFolding.fold(kindLabel(meeting.kind)) ? nil : $0 }
        // The building the clips name, with its city: "Kremlin, Moscou".
        if let venue = meeting.venue { place = place.map { $0 == venue ? venue : venue + ", " + $0 } ?? venue }
        var fields: [String: TemplateValue] = statusFields(meeting, index)
        fields.merge([
            "title": .string(meeting.title),
            "date": .optional(meeting.date.map(strings.date)),
            "place": .optional(place),
            "kind": .string(kindLabel(meeting.kind)),
            "participants": .section(participants),
            "mentions": .list(mentions),
            "previous": neighbour(-1),
            "next": neighbour(1),
            "strip": .optional(index.drawing.strip(highlight: .meeting(meeting.id), prefix: "../../",
                                                   label: strings[.meetingStrip] + " — " + meeting.title)),
            "jsonld": .string(JSONLD.meeting(meeting, people: index.people)),
        ]) { _, new in new }
        return fields
    }

    /// A meeting in a list: title, url, status; `prefix` leads from the page to `meetings/`.
    func meetingLink(_ m: Meeting, prefix: String, _ index: DossierIndex) -> TemplateValue {
        var fields = statusFields(m, index)
        fields["title"] = .string(m.title)
        fields["url"] = .string("\(prefix)\(m.id)/")
        fields["date"] = .optional(m.date.map(strings.date))
        fields["date_iso"] = .optional(m.date?.iso)
        fields["kind"] = .string(kindLabel(m.kind))
        return .object(fields)
    }

    /// `status` (the word shown) and `status_key` (held, planned, cancelled) of a meeting.
    func statusFields(_ m: Meeting, _ index: DossierIndex) -> [String: TemplateValue] {
        let status = index.status(of: m)
        let label = switch status {
        case .held: strings[.statusHeld]
        case .planned: strings[.statusPlanned]
        case .cancelled: strings[.statusCancelled]
        }
        return ["status": .string(label), "status_key": .string(status.rawValue)]
    }

    /// Meetings by date, undated last, then by title.
    static func chronological(_ l: Meeting, _ r: Meeting) -> Bool {
        switch (l.date, r.date) {
        case let (a?, b?) where a != b: return a < b
        case (.some, nil): return true
        case (nil, .some): return false
        default: return l.title < r.title
        }
    }

    func kindLabel(_ kind: MeetingMention.Kind) -> String {
        switch kind {
        case .summit: strings[.kindSummit]
        case .meeting: strings[.kindMeetingNoun]
        case .videoConference: strings[.kindVideoConference]
        case .talks: strings[.kindTalks]
        case .call: strings[.kindCall]
        case .lunch: strings[.kindLunch]
        case .pressConference: strings[.kindPressConference]
        }
    }
}

/// Whether a meeting took place, as the site shows it.
enum MeetingDisplayStatus: String, Sendable {
    case held, planned, cancelled
}
