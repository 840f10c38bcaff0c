/// Turns clusters into `Person` values: canonical name, aliases, roles, citations, unique
/// ids, and the people of each article in order of first mention.
struct PersonAssembler {
    var articles: [DossierArticle]
    var language: String
    var notPeople: Set<String>

    func assemble(_ clusters: [PersonCluster], mentions: [[PersonMention]], assigned: [[Int?]])
        -> (people: [Person], articlePeople: [[String]]) {
        let languageArticles = Set(articles.indices.filter { articles[$0].article.lang == language })
        var people: [Person?] = Array(repeating: nil, count: clusters.count)
        var usedIDs = Set<String>()
        for (c, cluster) in clusters.enumerated() where !cluster.articles.isEmpty {
            let name = cluster.canonicalName(languageArticles: languageArticles)
            if notPeople.contains(TextFolding.fold(name)) { continue }
            var id = TextFolding.slug(name)
            if id.isEmpty { id = "person" }
            var n = 2
            while usedIDs.contains(id) { id = TextFolding.slug(name) + "-\(n)"; n += 1 }
            usedIDs.insert(id)
            people[c] = person(cluster, id: id, name: name)
        }
        let articlePeople: [[String]] = assigned.map { list in
            var seen = Set<String>()
            return list.compactMap { c in c.flatMap { people[$0]?.id } }.filter { seen.insert($0).inserted }
        }
        let sorted = people.compactMap { $0 }.sorted { a, b in
            if a.articles.count != b.articles.count { return a.articles.count > b.articles.count }
            let (fa, fb) = (TextFolding.fold(a.name), TextFolding.fold(b.name))
            return fa != fb ? fa < fb : a.id < b.id
        }
        return (sorted, articlePeople)
    }

    private func person(_ cluster: PersonCluster, id: String, name: String) -> Person {
        let roles = cluster.rankedRoles
        let order = cluster.articles.sorted()
        let ids = order.map { articles[$0].id }
        let citations: [Citation] = order.compactMap { a in
            cluster.firstMentions[a].map { Citation(articleID: articles[a].id, blockIndex: $0.blockIndex, sentence: $0.sentence) }
        }
        let quotes = cluster.quotes.map { entry in
            PersonQuote(text: entry.quote.text, citation: Citation(
                articleID: articles[entry.article].id, blockIndex: entry.quote.blockIndex,
                sentence: sentence(of: entry.quote, in: articles[entry.article].article)))
        }
        return Person(id: id, name: name, aliases: cluster.spellingOrder.filter { $0 != name }.sorted(),
                      role: cluster.correction?.role ?? roles.first, roles: roles, wikidata: cluster.correction?.wikidata,
                      articles: ids, mentions: citations, quotes: quotes)
    }

    /// The sentence of the block that holds the start of the quote (the block text when none does).
    private func sentence(of quote: Quote, in article: Article) -> String {
        guard article.blocks.indices.contains(quote.blockIndex) else { return quote.text }
        let text = article.blocks[quote.blockIndex].plainText
        let probe = String(quote.text.prefix(24))
        return SentenceSplitter.sentences(in: text).first { TextSearch.contains($0, probe) } ?? text
    }
}
