/// Makes the readable French title and the stable id of each meeting:
/// "Sommet de la coalition des volontaires — Paris, 6 janvier 2026".
struct MeetingTitler: Sendable {
    var corrections: Corrections

    /// The meetings for `clusters` (already in order), with unique ids.
    func meetings(for clusters: [MeetingCluster], articles: [DossierArticle], personIDs: [[String: String]]) -> [Meeting] {
        let names = fullestNames(personIDs)
        var used = Set<String>()
        return clusters.map { cluster in
            let title = generatedTitle(cluster, names: names)
            var id = TextFolding.slug(title)
            if id.isEmpty { id = "rencontre" }
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
                forum: cluster.forum)
        }
    }

    /// "Sommet de la coalition des volontaires — Paris, 6 janvier 2026", "Rencontre Macron – Rutte — 24 décembre 2025".
    func generatedTitle(_ cluster: MeetingCluster, names: [String: String]) -> String {
        let kind = cluster.kind
        var head: String
        if let forumName = cluster.forum, let forum = MeetingForums.forum(named: forumName) {
            head = (kind == .meeting ? "Réunion" : label(kind, cluster: cluster)) + " " + forum.genitive
        } else {
            head = label(kind, cluster: cluster)
            let people = cluster.participants.prefix(3).compactMap { names[$0] }.map(Self.surname)
            if !people.isEmpty { head += " " + people.joined(separator: " – ") }
        }
        var tail: [String] = []
        if let place = cluster.place, !(kind == .videoConference && place == MeetingPlaces.videoConference) {
            tail.append(place)
        }
        if let date = cluster.date { tail.append(FrenchDateFormatter.long(date)) }
        return tail.isEmpty ? head : head + " — " + tail.joined(separator: ", ")
    }

    private func label(_ kind: MeetingMention.Kind, cluster: MeetingCluster) -> String {
        switch kind {
        case .summit: "Sommet"
        case .meeting: "Rencontre"
        case .videoConference: "Visioconférence"
        case .talks: "Discussions"
        case .call: "Entretien téléphonique"
        case .pressConference: "Conférence de presse"
        case .lunch:
            cluster.items.contains { TextSearch.contains(MeetingFolding.fold($0.mention.cue), "din") }
                ? "Dîner" : "Déjeuner"
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
