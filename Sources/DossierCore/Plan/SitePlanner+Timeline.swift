extension SitePlanner {
    /// Events by date, grouped by month.
    func timelinePage(_ index: DossierIndex) -> [String: TemplateValue] {
        var groups: [(key: String, label: String, events: [TemplateValue])] = []
        for entry in index.dossier.timeline {
            let key = entry.date.month.map { "\(entry.date.year)-\($0)" } ?? "\(entry.date.year)"
            let label = entry.date.month.map { FrenchDateFormatter.monthYear(year: entry.date.year, month: $0) } ?? String(entry.date.year)
            var cited = Set<String>()
            let sources: [TemplateValue] = entry.sources.compactMap { citation in
                guard cited.insert(citation.articleID).inserted, let article = index.articles[citation.articleID] else { return nil }
                return ["title": .string(article.article.title), "url": .string("../articles/\(article.id)/#\(citation.anchor)")]
            }
            let people: [TemplateValue] = entry.people.compactMap { id in
                index.people[id].map { ["name": .string($0.name), "url": .string("../people/\(id)/")] }
            }
            let meeting: TemplateValue = entry.meeting.flatMap { id in index.meetings[id] }
                .map { ["title": .string($0.title), "url": .string("../meetings/\($0.id)/")] } ?? false
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
