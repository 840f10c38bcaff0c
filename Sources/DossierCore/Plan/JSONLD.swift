/// schema.org structured data for entity pages, as JSON safe to put in a `<script>` element.
enum JSONLD {
    static func article(_ entry: DossierArticle, people: [String]) -> String {
        let a = entry.article
        var object: [String: Any] = ["@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title, "inLanguage": a.lang]
        if let date = a.date { object["datePublished"] = date.iso }
        if !a.authors.isEmpty { object["author"] = a.authors.map { ["@type": "Person", "name": $0] } }
        if let outlet = a.outlet { object["publisher"] = ["@type": "Organization", "name": outlet] }
        if !people.isEmpty { object["mentions"] = people.map { ["@type": "Person", "name": $0] } }
        return serialize(object)
    }

    static func person(_ person: Person) -> String {
        var object: [String: Any] = ["@context": "https://schema.org", "@type": "Person", "name": person.name]
        if !person.aliases.isEmpty { object["alternateName"] = person.aliases }
        if let role = person.role { object["jobTitle"] = role }
        if let id = person.wikidata { object["sameAs"] = "https://www.wikidata.org/wiki/\(id)" }
        return serialize(object)
    }

    static func meeting(_ meeting: Meeting, people: [String: Person]) -> String {
        var object: [String: Any] = ["@context": "https://schema.org", "@type": "Event", "name": meeting.title]
        if let date = meeting.date { object["startDate"] = date.iso }
        if let place = meeting.place { object["location"] = ["@type": "Place", "name": place] }
        let attendees = meeting.participants.compactMap { people[$0]?.name }
        if !attendees.isEmpty { object["attendee"] = attendees.map { ["@type": "Person", "name": $0] } }
        return serialize(object)
    }

    /// Compact JSON with sorted keys, written by hand: `JSONSerialization` cost more than
    /// the rest of an article page.
    static func serialize(_ object: [String: Any]) -> String {
        write(object)
    }

    private static func write(_ value: Any) -> String {
        switch value {
        case let text as String:
            return JSONText.string(text)
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { JSONText.string($0) + ":" + write(object[$0] ?? "") }.joined(separator: ",") + "}"
        case let list as [Any]:
            return "[" + list.map(write).joined(separator: ",") + "]"
        default:
            return "null"
        }
    }
}
