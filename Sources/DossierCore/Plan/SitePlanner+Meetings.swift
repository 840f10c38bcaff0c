extension SitePlanner {
    /// How many meetings one page of the index lists: a longer index gets a page a year, a
    /// crowded year a page a month, a crowded month several pages.
    static let meetingsPageLimit = 300

    /// The index's page for each meeting (same order), as a folder under `meetings/`: "" (one page),
    /// "2025/", "2025/03/", "2025/03/2/", "undated/". A meeting named like a year keeps its folder:
    /// the year's page then takes "2025-meetings/".
    static func meetingsIndexPages(_ meetings: [Meeting]) -> [String] {
        guard meetings.count > meetingsPageLimit else { return meetings.map { _ in "" } }
        let ids = Set(meetings.map(\.id))
        let folder: (String) -> String = { ids.contains($0) ? $0 + "-meetings" : $0 }
        var perYear: [Int: Int] = [:]
        for m in meetings { if let d = m.date { perYear[d.year, default: 0] += 1 } }
        var seenInMonth: [Int: Int] = [:]
        return meetings.map { m in
            guard let d = m.date else { return folder("undated") + "/" }
            guard (perYear[d.year] ?? 0) > meetingsPageLimit, let month = d.month else { return folder(String(d.year)) + "/" }
            let key = d.year * 100 + month
            let position = seenInMonth[key, default: 0]
            seenInMonth[key] = position + 1
            let part = position / meetingsPageLimit
            return folder(String(d.year)) + "/" + SimpleDate.pad(month, 2) + "/" + (part == 0 ? "" : "\(part + 1)/")
        }
    }

    /// Meetings in chronological order: one page, or, when many, an index of years and a page a
    /// year (a crowded year a page a month).
    func meetingsIndexFiles(_ index: DossierIndex) -> [PlannedFile] {
        let all = index.dossier.meetings.sorted(by: Self.chronological)
        let title = strings[.meetings]
        let item: (Meeting, String) -> TemplateValue = { m, root in
            var fields = statusFields(m, index)
            fields["title"] = .string(m.title)
            fields["url"] = .string("\(root)meetings/\(m.id)/")
            fields["meta"] = .string(indexMeta(m))
            fields["count"] = .string(strings.count(m.articles.count, .articles))
            return .object(fields)
        }
        let empty: [String: TemplateValue] = ["years": false, "month_nav": false, "parts": false, "heading": .string(title), "index": true]
        let folders = Self.meetingsIndexPages(all)
        guard all.count > Self.meetingsPageLimit else {
            var fields = empty
            fields["meetings"] = .list(all.map { item($0, "../") })
            fields["has_meetings"] = .bool(!all.isEmpty)
            return [page("meetings/index.html", "meetings", depth: 1, title: title, nav: .meetings, index.dossier, fields)]
        }
        // The pages in order with their meetings; a year split into months has a page of its own.
        var order: [String] = [], members: [String: [Meeting]] = [:]
        for (m, folder) in zip(all, folders) {
            let parts = folder.split(separator: "/")
            if parts.count > 1, members[parts[0] + "/"] == nil { order.append(parts[0] + "/"); members[parts[0] + "/"] = [] }
            if members[folder] == nil { order.append(folder); members[folder] = [] }
            members[folder, default: []].append(m)
        }
        let tops = order.filter { $0.split(separator: "/").count == 1 }
        let topCount: (String) -> Int = { top in zip(all, folders).filter { $0.1.hasPrefix(top) }.count }
        let topLabel: (String) -> String = { top in
            top.hasPrefix("undated") ? strings[.undated] : String(top.prefix(4))
        }
        func yearLinks(current: String?, root: String) -> TemplateValue {
            .section(tops.map { top in
                ["label": .string(topLabel(top)), "url": .string(root + "meetings/" + top), "count": .int(topCount(top)),
                 "current": .bool(top == current)]
            })
        }
        var fields = empty
        fields["meetings"] = .list([])
        fields["has_meetings"] = true
        fields["years"] = yearLinks(current: nil, root: "../")
        var files = [page("meetings/index.html", "meetings", depth: 1, title: title, nav: .meetings, index.dossier, fields)]
        for folder in order {
            let parts = folder.split(separator: "/").map(String.init)
            let depth = parts.count + 1
            let root = String(repeating: "../", count: depth)
            let top = parts[0] + "/"
            var fields = empty
            fields["index"] = false
            fields["meetings"] = .list((members[folder] ?? []).map { item($0, root) })
            fields["has_meetings"] = true
            fields["years"] = yearLinks(current: top, root: root)
            let monthFolders = order.filter { $0.hasPrefix(top) && $0 != top }
            let firstParts = monthFolders.filter { $0.split(separator: "/").count == 2 }
            fields["month_nav"] = .section(firstParts.compactMap { f in
                let month = f.split(separator: "/")[1]
                guard let number = Int(month) else { return nil }
                return ["label": .string(strings.shortMonth(number)), "url": .string(root + "meetings/" + f),
                        "count": .int(monthFolders.filter { $0.hasPrefix(f) }.reduce(0) { $0 + (members[$1]?.count ?? 0) }),
                        "current": .bool(parts.count > 1 && parts[1] == String(month))]
            })
            var heading = title + " — " + topLabel(top)
            if parts.count > 1, let year = Int(parts[0].prefix(4)), let month = Int(parts[1]) {
                heading = title + " — " + strings.monthYear(year: year, month: month)
                let monthParts = monthFolders.filter { $0.hasPrefix(parts[0] + "/" + parts[1] + "/") }
                if monthParts.count > 1 {
                    let part = parts.count > 2 ? Int(parts[2]) ?? 1 : 1
                    heading += " — " + strings.fill(.pageOf, ["n": String(part), "total": String(monthParts.count)])
                    fields["parts"] = .section(monthParts.enumerated().map { k, f in
                        ["label": .string(String(k + 1)), "url": .string(root + "meetings/" + f), "current": .bool(k + 1 == part)]
                    })
                }
            }
            fields["heading"] = .string(heading)
            files.append(page("meetings/" + folder + "index.html", "meetings", depth: depth, title: heading, nav: .meetings,
                              index.dossier, fields))
        }
        return files
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
