/// Clusters the meeting mentions of all clips into meetings: the same meeting reported by
/// several clips (same day, or a compatible coarser date, and an agreeing place, kind and group)
/// is one meeting; a lunch or a press conference on the summit's day stays its own; meetings
/// too vague to find (a year, a generic noun and nobody named) are left out.
/// Near-linear: mentions are bucketed by day, month and place.
public struct MeetingLinker: Sendable {
    public var corrections: Corrections
    /// The dossier's language, for generated titles.
    public var language: String

    public init(corrections: Corrections = Corrections(), language: String = "fr") {
        self.corrections = corrections
        self.language = language
    }

    /// The meetings, chronologically, and for each article (same order) the ids of its meetings.
    public func link(_ articles: [DossierArticle], personIDs: [[String: String]]) -> (meetings: [Meeting], articleMeetings: [[String]]) {
        var items: [MeetingItem] = []
        for (a, article) in articles.enumerated() {
            let ids = a < personIDs.count ? personIDs[a] : [:]
            for (k, mention) in article.mentions.meetings.enumerated() {
                var seen = Set<String>()
                let participantIDs = mention.participants.compactMap { ids[$0] }.filter { seen.insert($0).inserted }
                items.append(MeetingItem(articleIndex: a, order: k, mention: mention, participantIDs: participantIDs, names: ids.keys,
                                         clipDate: article.article.date))
            }
        }
        var clusters = MeetingClusterer().cluster(items).filter(MeetingSifter().keeps)
        Self.mergeSideEvents(&clusters)
        clusters.sort(by: Self.chronological)
        let meetings = MeetingTitler(corrections: corrections, strings: SiteStrings.forLanguage(language) ?? .french).meetings(for: clusters, articles: articles, personIDs: personIDs)

        var articleMeetings: [[(key: Int, id: String)]] = Array(repeating: [], count: articles.count)
        for (c, cluster) in clusters.enumerated() {
            for (a, first) in cluster.firstOrder {
                articleMeetings[a].append((first, meetings[c].id))
            }
        }
        return (meetings, articleMeetings.map { $0.sorted { $0.key < $1.key }.map(\.id) })
    }

    /// A lunch or a press conference held the same day at the same place as one summit or
    /// gathering is part of it ("un déjeuner à l'Élysée avant le sommet", "the press conference
    /// closing the summit"): one page, and its people took part. A day with two such gatherings
    /// there, neither of them a summit, is left alone.
    private static func mergeSideEvents(_ clusters: inout [MeetingCluster]) {
        var gatherings: [SimpleDate: [Int]] = [:]
        for (c, cluster) in clusters.enumerated() where cluster.group == .gathering {
            guard let date = cluster.date, let day = date.simpleDate else { continue }
            gatherings[day, default: []].append(c)
        }
        var merged = Set<Int>()
        for side in clusters.indices where [.lunch, .pressConference].contains(clusters[side].group) {
            guard let day = clusters[side].date?.simpleDate, let candidates = gatherings[day] else { continue }
            let place = clusters[side].place.flatMap { $0 == MeetingPlaces.videoConference ? nil : $0 }
            let matching = candidates.filter { c in
                guard let p = place else { return true }
                return clusters[c].place.map { MeetingPlaces.areCompatible($0, p) } ?? true
            }
            let wide = matching.filter { [.summit, .videoConference].contains(clusters[$0].kind) }
            guard let c = matching.count == 1 ? matching.first : (wide.count == 1 ? wide.first : nil) else { continue }
            for item in clusters[side].items { clusters[c].add(item) }
            merged.insert(side)
        }
        clusters = clusters.enumerated().filter { !merged.contains($0.offset) }.map(\.element)
    }

    /// Dated meetings by date (undated last), then in the order the clips first tell of them.
    private static func chronological(_ a: MeetingCluster, _ b: MeetingCluster) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x.sortKey != y.sortKey: return x.sortKey < y.sortKey
        case (nil, _?): return false
        case (_?, nil): return true
        default: return firstAppearance(a) < firstAppearance(b)
        }
    }

    private static func firstAppearance(_ c: MeetingCluster) -> (Int, Int) {
        c.items.map { ($0.articleIndex, $0.mention.blockIndex) }.min { $0 < $1 } ?? (0, 0)
    }
}
