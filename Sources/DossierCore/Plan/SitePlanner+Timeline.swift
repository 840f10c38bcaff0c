extension SitePlanner {
    /// How many events one timeline page shows: a longer timeline gets a page a year, a year
    /// longer than this a page a month, a month longer than this several pages.
    static let timelinePageLimit = 500

    /// For each timeline entry (same order), the folder of the page that lists it, from the root:
    /// `timeline/`, `timeline/2025/`, `timeline/2025/03/`, `timeline/2025/03/2/`.
    static func timelinePages(_ timeline: [TimelineEntry]) -> [String] {
        guard timeline.count > timelinePageLimit else { return timeline.map { _ in "timeline/" } }
        var perYear: [Int: Int] = [:], perMonth: [Int: Int] = [:]
        for entry in timeline {
            perYear[entry.date.year, default: 0] += 1
            if let month = entry.date.month { perMonth[entry.date.year * 100 + month, default: 0] += 1 }
        }
        var seenInMonth: [Int: Int] = [:]
        return timeline.map { entry in
            let year = entry.date.year
            guard (perYear[year] ?? 0) > timelinePageLimit, let month = entry.date.month else { return "timeline/\(year)/" }
            let key = year * 100 + month
            let position = seenInMonth[key, default: 0]
            seenInMonth[key] = position + 1
            let part = position / timelinePageLimit
            return "timeline/\(year)/\(SimpleDate.pad(month, 2))/" + (part == 0 ? "" : "\(part + 1)/")
        }
    }

    /// The timeline: one page, or, when long, an index of years and a page per year, a year
    /// too long for one page being split into months (and a month into parts).
    func timelineFiles(_ index: DossierIndex) -> [PlannedFile] {
        let timeline = index.dossier.timeline
        let title = strings[.timeline]
        let drawing = TemplateValue.string(index.drawing.full(prefix: "../"))
        let empty: [String: TemplateValue] = ["years": false, "month_nav": false, "parts": false, "drawing": "", "heading": .string(title)]
        guard index.timelineSplit else {
            var fields = timelinePage(Array(timeline.indices), index, root: "../")
            fields.merge(empty) { old, _ in old }
            fields["drawing"] = drawing
            return [page("timeline/index.html", "timeline", depth: 1, title: title, nav: .timeline, index.dossier, fields)]
        }
        // The pages in order, each with its entries; a year split into months keeps a page of its own.
        var order: [String] = [], entries: [String: [Int]] = [:]
        var yearOrder: [Int] = [], yearCounts: [Int: Int] = [:], months: [Int: [(page: String, month: Int, count: Int)]] = [:]
        for (i, path) in index.entryPages.enumerated() {
            let entry = timeline[i]
            if entries[path] == nil { order.append(path); entries[path] = [] }
            entries[path, default: []].append(i)
            if yearCounts[entry.date.year] == nil { yearOrder.append(entry.date.year) }
            yearCounts[entry.date.year, default: 0] += 1
            if let month = entry.date.month, path != "timeline/\(entry.date.year)/" {
                let first = "timeline/\(entry.date.year)/\(SimpleDate.pad(month, 2))/"
                var list = months[entry.date.year, default: []]
                if let k = list.firstIndex(where: { $0.month == month }) { list[k].count += 1 } else { list.append((first, month, 1)) }
                months[entry.date.year] = list
            }
        }
        let years = yearOrder.map { (year: $0, count: yearCounts[$0] ?? 0) }
        for y in years where months[y.year] != nil && !order.contains("timeline/\(y.year)/") {
            if let k = order.firstIndex(where: { $0.hasPrefix("timeline/\(y.year)/") }) { order.insert("timeline/\(y.year)/", at: k) }
            entries["timeline/\(y.year)/"] = []
        }
        func yearLinks(current: Int?, root: String) -> TemplateValue {
            .section(years.map { y in
                ["label": .string(String(y.year)), "url": .string("\(root)timeline/\(y.year)/"), "count": .int(y.count),
                 "current": .bool(y.year == current)]
            })
        }
        var files = [page("timeline/index.html", "timeline", depth: 1, title: title, nav: .timeline, index.dossier,
                          empty.merging(["months": .list([]), "has_events": true, "years": yearLinks(current: nil, root: "../"),
                                         "drawing": drawing]) { _, new in new })]
        for path in order {
            let parts = path.split(separator: "/").dropFirst().map(String.init)  // ["2025"], ["2025", "03"], ["2025", "03", "2"]
            guard let year = parts.first.flatMap({ Int($0) }) else { continue }
            let depth = parts.count + 1
            let root = String(repeating: "../", count: depth)
            var fields = timelinePage(entries[path] ?? [], index, root: root)
            fields["drawing"] = ""
            fields["years"] = yearLinks(current: year, root: root)
            let month = parts.count > 1 ? Int(parts[1]) : nil
            fields["month_nav"] = .section((months[year] ?? []).map { m in
                ["label": .string(strings.shortMonth(m.month)), "url": .string(root + m.page), "count": .int(m.count),
                 "current": .bool(m.month == month)]
            })
            var heading = "\(title) \(year)"
            if let month {
                let monthPages = order.filter { $0.hasPrefix("timeline/\(year)/\(parts[1])/") }
                let part = parts.count > 2 ? Int(parts[2]) ?? 1 : 1
                heading = title + " — " + strings.monthYear(year: year, month: month)
                if monthPages.count > 1 {
                    heading += " — " + strings.fill(.pageOf, ["n": String(part), "total": String(monthPages.count)])
                    fields["parts"] = .section(monthPages.enumerated().map { k, p in
                        ["label": .string(String(k + 1)), "url": .string(root + p), "current": .bool(k + 1 == part)]
                    })
                } else {
                    fields["parts"] = false
                }
            } else {
                fields["parts"] = false
                if (entries[path] ?? []).isEmpty { fields["has_events"] = true }
            }
            fields["heading"] = .string(heading)
            files.append(page(path + "index.html", "timeline", depth: depth, title: heading, nav: .timeline, index.dossier, fields))
        }
        return files
    }

    /// Events by date, grouped by month; `root` leads from the page to the site's root.
    func timelinePage(_ range: [Int], _ index: DossierIndex, root: String) -> [String: TemplateValue] {
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
