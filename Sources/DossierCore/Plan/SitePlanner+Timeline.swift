extension SitePlanner {
    /// How many events one timeline page shows before the timeline is split into a page a year.
    static let timelinePageLimit = 1_500

    /// The timeline: one page, or, when long, an index of years and a page per year.
    func timelineFiles(_ index: DossierIndex) -> [PlannedFile] {
        let timeline = index.dossier.timeline
        var years: [(year: Int, entries: [TimelineEntry])] = []
        for entry in timeline {
            if years.last?.year == entry.date.year { years[years.count - 1].entries.append(entry) } else { years.append((entry.date.year, [entry])) }
        }
        let title = strings.timeline
        guard timeline.count > Self.timelinePageLimit, years.count > 1 else {
            var fields = timelinePage(timeline, index, root: "../")
            fields["years"] = false
            return [page("timeline/index.html", "timeline", depth: 1, title: title, nav: .timeline, index.dossier, fields)]
        }
        func yearLinks(current: Int?, prefix: String) -> TemplateValue {
            .section(years.map { y in
                ["label": .string(String(y.year)), "url": .string("\(prefix)\(y.year)/"), "count": .int(y.entries.count),
                 "current": .bool(y.year == current)]
            })
        }
        var files = [page("timeline/index.html", "timeline", depth: 1, title: title, nav: .timeline, index.dossier,
                          ["months": .list([]), "has_events": true, "years": yearLinks(current: nil, prefix: "")])]
        for y in years {
            var fields = timelinePage(y.entries, index, root: "../../")
            fields["years"] = yearLinks(current: y.year, prefix: "../")
            files.append(page("timeline/\(y.year)/index.html", "timeline", depth: 2, title: "\(title) \(y.year)", nav: .timeline,
                              index.dossier, fields))
        }
        return files
    }

    /// Events by date, grouped by month; `root` leads from the page to the site's root.
    func timelinePage(_ timeline: [TimelineEntry], _ index: DossierIndex, root: String) -> [String: TemplateValue] {
        var groups: [(key: String, label: String, events: [TemplateValue])] = []
        for entry in timeline {
            let key = entry.date.month.map { "\(entry.date.year)-\($0)" } ?? "\(entry.date.year)"
            let label = entry.date.month.map { FrenchDateFormatter.monthYear(year: entry.date.year, month: $0) } ?? String(entry.date.year)
            var cited = Set<String>()
            let sources: [TemplateValue] = entry.sources.compactMap { citation in
                guard cited.insert(citation.articleID).inserted, let article = index.articles[citation.articleID] else { return nil }
                return ["title": .string(article.article.title), "url": .string("\(root)articles/\(article.id)/#\(citation.anchor)")]
            }
            let people: [TemplateValue] = entry.people.compactMap { id in
                index.people[id].map { ["name": .string($0.name), "url": .string("\(root)people/\(id)/")] }
            }
            let meeting: TemplateValue = entry.meeting.flatMap { id in index.meetings[id] }
                .map { ["title": .string($0.title), "url": .string("\(root)meetings/\($0.id)/")] } ?? false
            let event: TemplateValue = [
                "date": .string(FrenchDateFormatter.long(entry.date)),
                "date_iso": .string(entry.date.iso),
                "precision": .string(entry.date.precision.rawValue),
                "label": .string(entry.label),
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
        return [
            "months": .list(groups.map { ["label": .string($0.label), "events": .list($0.events)] }),
            "has_events": .bool(!groups.isEmpty),
        ]
    }
}
