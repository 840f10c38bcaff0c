extension SitePlanner {
    /// Everyone, by number of clips, and alphabetically in letter groups ("Macron, Emmanuel" under M).
    func peopleIndex(_ index: DossierIndex) -> [String: TemplateValue] {
        let item: (Person) -> TemplateValue = { p in
            ["name": .string(p.name), "sort_name": .string(Self.sortName(p.name)), "url": .string("\(p.id)/"),
             "role": .optional(p.role), "count": .int(p.articles.count)]
        }
        let keyed = index.dossier.people.map { (key: TextFolding.fold(Self.sortName($0.name)), person: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.person.id < $1.person.id }
        var letters: [(letter: String, people: [TemplateValue])] = []
        for (key, person) in keyed {
            let first = key.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
            if letters.last?.letter == first { letters[letters.count - 1].people.append(item(person)) } else { letters.append((first, [item(person)])) }
        }
        let groups: [TemplateValue] = letters.map { group in
            let key = group.letter == "#" ? "other" : TextFolding.slug(group.letter)
            return ["letter": .string(group.letter), "key": .string(key), "people": .list(group.people)]
        }
        return ["people": .list(index.dossier.people.map(item)), "letters": .list(groups),
                "has_people": .bool(!index.dossier.people.isEmpty)]
    }

    /// Surname first, as an index lists it: "Macron, Emmanuel", "von der Leyen, Ursula";
    /// a single name stays as it is.
    static func sortName(_ name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return name }
        // Surname particles stay with the surname: "von der Leyen", "de Gaulle", "Le Pen".
        let particles: Set<String> = ["von", "van", "der", "den", "de", "du", "des", "la", "le", "di", "da", "del", "al", "bin", "ben"]
        var start = words.count - 1
        while start > 1, particles.contains(words[start - 1].lowercased()) { start -= 1 }
        if start == 1, words.count > 2, particles.contains(words[0].lowercased()) { start = 0 }
        guard start > 0 else { return name }
        return words[start...].joined(separator: " ") + ", " + words[..<start].joined(separator: " ")
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
                        "date": .optional(entry.article.date.map(strings.date)),
                        "sentence": .string(citation.sentence), "lang": .string(entry.article.lang)]
            }
        let quotes: [TemplateValue] = person.quotes.compactMap { quote in
            guard let entry = index.articles[quote.citation.articleID] else { return nil }
            return ["text": .string(quote.text), "title": .string(entry.article.title), "lang": .string(entry.article.lang),
                    "url": .string("../../articles/\(entry.id)/#\(quote.citation.anchor)")]
        }
        // The newest meetings, in chronological order; the others are counted and in the meetings index.
        let allMeetings = index.meetingsByPerson[person.id] ?? []
        let meetings: [TemplateValue] = allMeetings.suffix(Self.listLimit).map { meetingLink($0, prefix: "../../meetings/", index) }
        let coNamed: [TemplateValue] = coOccurring(with: person, index).prefix(8).compactMap { id, count in
            guard let other = index.people[id] else { return nil }
            return ["name": .string(other.name), "url": .string("../\(id)/"), "count": .int(count)]
        }
        return [
            "name": .string(person.name),
            "role": .optional(person.role),
            "aliases": .optional(person.aliases.isEmpty ? nil : person.aliases.joined(separator: ", ")),
            "mentions": .list(Array(mentions.prefix(Self.listLimit))),
            "more_mentions": mentions.count > Self.listLimit ? .string(strings.count(mentions.count - Self.listLimit, .older)) : false,
            "quotes": .section(Array(quotes.prefix(Self.listLimit))),
            "more_quotes": quotes.count > Self.listLimit ? .string(strings.count(quotes.count - Self.listLimit, .moreQuotes)) : false,
            "meetings": .section(meetings),
            "more_meetings": allMeetings.count > Self.listLimit ? .string(strings.count(allMeetings.count - Self.listLimit, .moreMeetings)) : false,
            "co_named": .section(coNamed),
            "count": .int(person.articles.count),
            "named_in": .string(strings.count(person.articles.count, .namedIn)),
            "strip": .optional(index.drawing.strip(highlight: .person(person.id), prefix: "../../",
                                                   label: strings[.personStrip] + " — " + person.name)),
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
