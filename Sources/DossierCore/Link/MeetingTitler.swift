/// Makes the readable title, in the dossier's language, and the stable id of each meeting:
/// "Sommet de la coalition des volontaires — Paris, 6 janvier 2026",
/// "Coalition of the Willing summit — Paris, 6 January 2026".
struct MeetingTitler: Sendable {
    var corrections: Corrections
    var strings: SiteStrings = .french

    /// The meetings for `clusters` (already in order), with unique ids.
    func meetings(for clusters: [MeetingCluster], articles: [DossierArticle], personIDs: [[String: String]]) -> [Meeting] {
        let names = fullestNames(personIDs)
        var used = Set<String>()
        return clusters.map { cluster in
            let title = generatedTitle(cluster, names: names)
            var id = TextFolding.slug(title)
            if id.isEmpty { id = TextFolding.slug(strings[.kindMeeting]) }
            var n = 2
            let base = id
            while used.contains(id) { id = "\(base)-\(n)"; n += 1 }
            used.insert(id)
            var firstPerArticle: [Int: MeetingItem] = [:]
            for item in cluster.items where firstPerArticle[item.articleIndex] == nil { firstPerArticle[item.articleIndex] = item }
            let ordered = firstPerArticle.keys.sorted()
            return Meeting(
                id: id, title: corrections.meetingTitles[id] ?? title, kind: cluster.kind, date: cluster.date,
                place: cluster.place, participants: cluster.participants,
                articles: ordered.map { articles[$0].id },
                mentions: ordered.compactMap { a in
                    firstPerArticle[a].map { Citation(articleID: articles[a].id, blockIndex: $0.mention.blockIndex, sentence: $0.mention.sentence) }
                },
                forum: cluster.forum, venue: cluster.venue, status: cluster.status)
        }
    }

    /// "Sommet de la coalition des volontaires — Paris, 6 janvier 2026", "Rencontre Macron – Rutte — 24 décembre 2025";
    /// "Coalition of the Willing summit — Paris, 6 January 2026", "Macron – Rutte meeting — 24 December 2025".
    func generatedTitle(_ cluster: MeetingCluster, names: [String: String]) -> String {
        let kind = cluster.kind
        let (title, word) = words(kind, cluster: cluster)
        var head: String
        if let forumName = cluster.forum, let forum = MeetingForums.forum(named: forumName) {
            head = strings.fill(.titleWithForum, ["kind": kind == .meeting ? strings[.titleForumMeeting] : title,
                                                  "kind_word": word, "forum": forum.inTitle(language: strings.code)])
        } else {
            let people = cluster.participants.prefix(3).compactMap { names[$0] }.map(Self.surname)
            head = people.isEmpty ? title
                : strings.fill(.titleWithPeople, ["kind": title, "kind_word": word, "people": people.joined(separator: " – ")])
        }
        var tail: [String] = []
        if let place = cluster.place, !(kind == .videoConference && place == MeetingPlaces.videoConference) {
            tail.append(place)
        }
        if let date = cluster.date { tail.append(strings.date(date)) }
        return tail.isEmpty ? head : head + " — " + tail.joined(separator: ", ")
    }

    /// The kind as the head of a title ("Sommet", "Summit") and as a word in one ("sommet", "summit").
    private func words(_ kind: MeetingMention.Kind, cluster: MeetingCluster) -> (title: String, word: String) {
        switch kind {
        case .summit: (strings[.titleSummit], strings[.kindSummit])
        case .meeting: (strings[.titleMeeting], strings[.kindMeetingNoun])
        case .videoConference: (strings[.titleVideoConference], strings[.kindVideoConference])
        case .talks: (strings[.titleTalks], strings[.kindTalks])
        case .call: (strings[.titleCall], strings[.kindCall])
        case .pressConference: (strings[.titlePressConference], strings[.kindPressConference])
        case .lunch:
            cluster.items.contains { TextSearch.contains(MeetingFolding.fold($0.mention.cue), "din") }
                ? (strings[.titleDinner], strings[.kindDinner]) : (strings[.titleLunch], strings[.kindLunch])
        }
    }

    private static func surname(_ name: String) -> String {
        name.split(separator: " ").last.map(String.init) ?? name
    }

    /// For each person id, the longest name the clips write for it.
    private func fullestNames(_ personIDs: [[String: String]]) -> [String: String] {
        var names: [String: String] = [:]
        for map in personIDs {
            for (name, id) in map where name.count > (names[id]?.count ?? 0) || (name.count == names[id]?.count && name < (names[id] ?? "")) {
                names[id] = name
            }
        }
        return names
    }
}
