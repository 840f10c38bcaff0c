/// The mentions of one person gathered across clips, before they become a `Person`.
struct PersonCluster: Sendable {
    /// (given-name key, family-name key) pairs of the full names that belong here.
    var fullKeys: [(given: String, surname: String)] = []
    /// The canonical name set by a correction, if any.
    var correctedName: String?
    var correction: Corrections.PersonCorrection?
    /// Spellings seen, with where: per spelling, the mention count and the articles.
    var spellings: [String: (count: Int, articles: Set<Int>)] = [:]
    var spellingOrder: [String] = []
    var roles: [String: Int] = [:]
    var roleOrder: [String] = []
    /// Article indices in input order, and the first mention in each.
    var articles: [Int] = []
    private var articleSet: Set<Int> = []
    var firstMentions: [Int: PersonMention] = [:]
    var quotes: [(article: Int, quote: Quote)] = []

    mutating func add(_ mention: PersonMention, article: Int) {
        if spellings[mention.name] == nil { spellingOrder.append(mention.name) }
        var entry = spellings[mention.name] ?? (0, [])
        entry.count += 1
        entry.articles.insert(article)
        spellings[mention.name] = entry
        if let role = mention.role?.trimmingSpaces(), !role.isEmpty {
            if roles[role] == nil { roleOrder.append(role) }
            roles[role, default: 0] += 1
        }
        if articleSet.insert(article).inserted { articles.append(article) }
        // The first body mention is the one to link to; a title mention only when there is none.
        if let first = firstMentions[article] {
            if first.blockIndex < 0, mention.blockIndex >= 0 { firstMentions[article] = mention }
        } else {
            firstMentions[article] = mention
        }
    }

    /// The fullest, most frequent spelling, preferring the dossier's language and accents.
    func canonicalName(languageArticles: Set<Int>) -> String {
        if let correctedName { return correctedName }
        var groups: [String: [String]] = [:]
        var order: [String] = []
        for spelling in spellingOrder {
            let key = TextFolding.fold(spelling)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(spelling)
        }
        func score(_ key: String) -> (Int, Int, Int, Int, Int) {
            let members = groups[key] ?? []
            var arts = Set<Int>(), count = 0
            for m in members { if let s = spellings[m] { arts.formUnion(s.articles); count += s.count } }
            let words = PersonNameKey.words(members.first ?? "").count
            return (words >= 2 ? 1 : 0, arts.intersection(languageArticles).count, arts.count, count, words)
        }
        guard let best = order.max(by: { a, b in
            let (sa, sb) = (score(a), score(b))
            return sa != sb ? sa < sb : a > b
        }), let members = groups[best] else { return spellingOrder.first ?? "" }
        return members.max { a, b in
            let (ca, cb) = (Self.accents(a), Self.accents(b))
            if ca != cb { return ca < cb }
            return (spellings[a]?.count ?? 0) < (spellings[b]?.count ?? 0)
        } ?? best
    }

    /// Role phrases, most frequent first (first seen first on ties).
    var rankedRoles: [String] {
        roleOrder.enumerated().sorted { a, b in
            let (ca, cb) = (roles[a.element] ?? 0, roles[b.element] ?? 0)
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
    }

    private static func accents(_ s: String) -> Int { s.unicodeScalars.filter { $0.value > 0x7F }.count }
}
