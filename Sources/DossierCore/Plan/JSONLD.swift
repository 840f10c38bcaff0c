import Foundation

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

    static func serialize(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return "{}"
        }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
    }
}
