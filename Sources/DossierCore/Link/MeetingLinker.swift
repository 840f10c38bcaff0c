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
                items.append(MeetingItem(articleIndex: a, order: k, mention: mention, participantIDs: participantIDs, names: ids.keys))
            }
        }
        var clusters = MeetingClusterer().cluster(items).filter(MeetingSifter().keeps)
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
