extension SitePlanner {
    /// Everyone, by number of clips, and alphabetically.
    func peopleIndex(_ index: DossierIndex) -> [String: TemplateValue] {
        let item: (Person) -> TemplateValue = { p in
            ["name": .string(p.name), "url": .string("\(p.id)/"), "role": .optional(p.role), "count": .int(p.articles.count)]
        }
        let alphabetical = index.dossier.people.sorted {
            let l = TextFolding.fold(Self.sortName($0.name)), r = TextFolding.fold(Self.sortName($1.name))
            return l != r ? l < r : $0.id < $1.id
        }
        return ["people": .list(index.dossier.people.map(item)), "alphabetical": .list(alphabetical.map(item)),
                "has_people": .bool(!index.dossier.people.isEmpty)]
    }

    /// Surname first, for the alphabetical list.
    static func sortName(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let last = words.last else { return name }
        return ([String(last)] + words.dropLast().map(String.init)).joined(separator: " ")
    }

    /// How many mentions or quotes a page lists: the newest ones; the rest are counted, and
    /// every article stays in dossier.json and in search.
    static let listLimit = 100

    func personPage(_ person: Person, _ index: DossierIndex) -> [String: TemplateValue] {
        let mentions: [TemplateValue] = person.mentions
            .sorted { lhs, rhs in
                let l = index.articles[lhs.articleID]?.article.date, r = index.articles[rhs.articleID]?.article.date
                if l != r { return (l ?? SimpleDate(year: 0, month: 1, day: 1)) > (r ?? SimpleDate(year: 0, month: 1, day: 1)) }
                return lhs.articleID < rhs.articleID
            }
            .compactMap { citation in
                guard let entry = index.articles[citation.articleID] else { return nil }
                return ["title": .string(entry.article.title),
                        "url": .string("../../articles/\(entry.id)/#\(citation.anchor)"),
                        "date": .optional(entry.article.date.map(FrenchDateFormatter.long)),
                        "sentence": .string(citation.sentence)]
            }
        let quotes: [TemplateValue] = person.quotes.compactMap { quote in
            guard let entry = index.articles[quote.citation.articleID] else { return nil }
            return ["text": .string(quote.text), "title": .string(entry.article.title),
                    "url": .string("../../articles/\(entry.id)/#\(quote.citation.anchor)")]
        }
        let meetings: [TemplateValue] = index.dossier.meetings.filter { $0.participants.contains(person.id) }.map { m in
            ["title": .string(m.title), "url": .string("../../meetings/\(m.id)/"), "date": .optional(m.date.map(FrenchDateFormatter.long))]
        }
        let coNamed: [TemplateValue] = coOccurring(with: person, index).prefix(8).compactMap { id, count in
            guard let other = index.people[id] else { return nil }
            return ["name": .string(other.name), "url": .string("../\(id)/"), "count": .int(count)]
        }
        return [
            "name": .string(person.name),
            "role": .optional(person.role),
            "aliases": .optional(person.aliases.isEmpty ? nil : person.aliases.joined(separator: ", ")),
            "mentions": .list(Array(mentions.prefix(Self.listLimit))),
            "more_mentions": mentions.count > Self.listLimit ? .int(mentions.count - Self.listLimit) : false,
            "quotes": .section(Array(quotes.prefix(Self.listLimit))),
            "meetings": .section(meetings),
            "co_named": .section(coNamed),
            "count": .int(person.articles.count),
            "jsonld": .string(JSONLD.person(person)),
        ]
    }

    /// The people named in the same clips as `person`, most shared clips first.
    func coOccurring(with person: Person, _ index: DossierIndex) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for articleID in person.articles {
            for other in index.articles[articleID]?.people ?? [] where other != person.id {
                counts[other, default: 0] += 1
            }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }
}
