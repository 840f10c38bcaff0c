extension SitePlanner {
    /// How many events one timeline page shows before the timeline is split into a page a year.
    static let timelinePageLimit = 1_500

    /// The timeline: one page, or, when long, an index of years and a page per year.
    func timelineFiles(_ index: DossierIndex) -> [PlannedFile] {
        let timeline = index.dossier.timeline
        var years: [(year: Int, range: Range<Int>)] = []
        for (i, entry) in timeline.enumerated() {
            if let last = years.last, last.year == entry.date.year {
                years[years.count - 1].range = last.range.lowerBound..<(i + 1)
            } else {
                years.append((entry.date.year, i..<(i + 1)))
            }
        }
        let title = strings[.timeline]
        let drawing = TemplateValue.string(index.drawing.full(prefix: "../"))
        guard index.timelineSplit else {
            var fields = timelinePage(timeline.indices, index, root: "../")
            fields["years"] = false
            fields["drawing"] = drawing
            return [page("timeline/index.html", "timeline", depth: 1, title: title, nav: .timeline, index.dossier, fields)]
        }
        func yearLinks(current: Int?, prefix: String) -> TemplateValue {
            .section(years.map { y in
                ["label": .string(String(y.year)), "url": .string("\(prefix)\(y.year)/"), "count": .int(y.range.count),
                 "current": .bool(y.year == current)]
            })
        }
        var files = [page("timeline/index.html", "timeline", depth: 1, title: title, nav: .timeline, index.dossier,
                          ["months": .list([]), "has_events": true, "years": yearLinks(current: nil, prefix: ""), "drawing": drawing])]
        for y in years {
            var fields = timelinePage(y.range, index, root: "../../")
            fields["years"] = yearLinks(current: y.year, prefix: "../")
            fields["drawing"] = ""
            files.append(page("timeline/\(y.year)/index.html", "timeline", depth: 2, title: "\(title) \(y.year)", nav: .timeline,
                              index.dossier, fields))
        }
        return files
    }

    /// Events by date, grouped by month; `root` leads from the page to the site's root.
    func timelinePage(_ range: Range<Int>, _ index: DossierIndex, root: String) -> [String: TemplateValue] {
        var groups: [(key: String, label: String, events: [TemplateValue])] = []
        for i in range {
            let entry = index.dossier.timeline[i]
            let key = entry.date.month.map { "m-\(entry.date.year)-\(SimpleDate.pad($0, 2))" } ?? "y-\(entry.date.year)"
            let label = entry.date.month.map { strings.monthYear(year: entry.date.year, month: $0) } ?? String(entry.date.year)
            var cited = Set<String>()
            let sources: [TemplateValue] = entry.sources.compactMap { citation in
                guard cited.insert(citation.articleID).inserted, let article = index.articles[citation.articleID] else { return nil }
                return ["title": .string(article.article.title), "url": .string("\(root)articles/\(article.id)/#\(citation.anchor)")]
            }
            let people: [TemplateValue] = entry.people.compactMap { id in
                index.people[id].map { ["name": .string($0.name), "url": .string("\(root)people/\(id)/")] }
            }
            let meeting: TemplateValue = entry.meeting.flatMap { id in index.meetings[id] }
                .map { meetingLink($0, prefix: "\(root)meetings/", index) } ?? false
            let event: TemplateValue = [
                "anchor": .string(index.entryAnchors[i]),
                "date": .string(strings.date(entry.date)),
                "date_iso": .string(entry.date.iso),
                "precision": .string(entry.date.precision.rawValue),
                "label": .string(entry.label),
                "label_lang": .string(entry.sources.first.flatMap { index.articles[$0.articleID]?.article.lang } ?? strings.code),
                "sources": .list(sources),
                "people": .section(people),
                "meeting": meeting,
            ]
            if groups.last?.key == key {
                groups[groups.count - 1].events.append(event)
            } else {
                groups.append((key, label, [event]))
            }
        }
        // A month can come back after a year-only entry sorted between its days: its heading then gets its own id.
        var seen: [String: Int] = [:]
        let months: [TemplateValue] = groups.map { group in
            let n = seen[group.key, default: 0] + 1
            seen[group.key] = n
            return ["id": .string(n == 1 ? group.key : "\(group.key)-\(n)"), "label": .string(group.label), "events": .list(group.events)]
        }
        return [
            "months": .list(months),
            "has_events": .bool(!groups.isEmpty),
        ]
    }
}
