import Foundation

/// Writes the timeline in TimelineJS's JSON format: a title slide and one event per
/// entry, dates at their precision, approximate ones shown as written ("mi-décembre 2025"),
/// sources as links to the paragraphs. Keys are sorted, so the output is stable.
public enum TimelineJSExporter {
    public static func json(_ timeline: [TimelineEntry], articles: [DossierArticle], title: String) -> String {
        json(timeline, articles: articles, title: title, strings: .french)
    }

    static func json(_ timeline: [TimelineEntry], articles: [DossierArticle], title: String, strings: SiteStrings) -> String {
        var titles: [String: String] = [:]
        for a in articles { titles[a.id] = a.article.title }
        let events: [[String: Any]] = timeline.map { entry in
            var start: [String: String] = ["year": String(entry.date.year)]
            if let m = entry.date.month { start["month"] = String(m) }
            if let d = entry.date.day { start["day"] = String(d) }
            var event: [String: Any] = [
                "start_date": start,
                "text": ["headline": entry.label, "text": sourcesHTML(entry, titles: titles)],
                "group": entry.meeting == nil ? strings[.events] : strings[.meetings],
            ]
            if entry.date.approx != nil || entry.date.precision != .day {
                event["display_date"] = strings.date(entry.date)
            }
            return event
        }
        let root: [String: Any] = ["title": ["text": ["headline": title, "text": ""]], "events": events]
        guard let data = try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{\"events\":[]}" }
        return text
    }

    /// The sources of an entry as a list of links to the cited paragraphs.
    private static func sourcesHTML(_ entry: TimelineEntry, titles: [String: String]) -> String {
        var seen = Set<String>()
        let items = entry.sources.filter { seen.insert($0.articleID).inserted }.map { c in
            "<li><a href=\"articles/\(escape(c.articleID))/#\(c.anchor)\">\(escape(titles[c.articleID] ?? c.articleID))</a></li>"
        }
        return "<ul>" + items.joined() + "</ul>"
    }

    /// HTML text for TimelineJS's fields, escaped as every page escapes its text.
    static func escape(_ s: String) -> String { HTMLEscaper.escape(s) }
}
