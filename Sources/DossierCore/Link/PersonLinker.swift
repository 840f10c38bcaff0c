/// Merges the person mentions of all articles into people: a family name alone goes to the
/// full name it stands for in the same clip, or else in the dossier; transliterations and
/// language variants of one name become one `Person`; two people who share a family name
/// stay two, and a family name alone that could be either is left out.
///
/// Near-linear: full names are indexed by family-name key, never compared pairwise.
public struct PersonLinker: Sendable {
    public var corrections: Corrections
    /// The dossier's language, whose spellings win for canonical names.
    public var language: String

    public init(corrections: Corrections = Corrections(), language: String = "fr") {
        self.corrections = corrections
        self.language = language
    }

    /// The people of the dossier, and for each article (same order) the ids of the people it names.
    public func link(_ articles: [DossierArticle]) -> (people: [Person], articlePeople: [[String]]) {
        var index = PersonIndex(corrections: corrections)
        let notPeople = Set(corrections.notPeople.map { TextFolding.fold($0) })
        var names = Set<String>()
        for article in articles {
            for m in article.mentions.people { names.insert(m.name) }
            for q in article.mentions.quotes { names.insert(q.speaker) }
            for m in article.mentions.possiblePeople { names.insert(m.name) }
        }
        let distinct = Array(names)
        index.keyTable = Dictionary(uniqueKeysWithValues: zip(distinct, distinct.parallelMap { PersonNameKey.Keys($0) }))
        var mentions = articles.map { $0.mentions.people.filter { !notPeople.contains(index.keys($0.name).folded) } }
        // Full names first, so that family names alone can find them.
        for (a, list) in mentions.enumerated() {
            for m in list where index.keys(m.name).isFullName { index.addFull(m, article: a) }
        }
        var assigned: [[Int?]] = mentions.map { _ in [] }
        for (a, list) in mentions.enumerated() {
            let local = index.clustersInArticle(a)
            assigned[a] = list.map { m in
                index.keys(m.name).isFullName ? index.cluster(forFull: m.name) : index.resolveSingle(m.name, local: local)
            }
        }
        for (a, list) in mentions.enumerated() {
            for (m, c) in zip(list, assigned[a]) where !index.keys(m.name).isFullName {
                if let c { index.clusters[c].add(m, article: a) }
            }
        }
        // A family name alone that nothing in its clip vouches for is a person when the dossier
        // names exactly one person in full with that family name.
        for (a, article) in articles.enumerated() {
            for m in article.mentions.possiblePeople where !notPeople.contains(index.keys(m.name).folded) {
                guard let c = index.onlyFullName(withSurname: index.keys(m.name).surname) else { continue }
                index.clusters[c].add(m, article: a)
                mentions[a].append(m)
                assigned[a].append(c)
            }
        }
        for (a, article) in articles.enumerated() {
            for quote in article.mentions.quotes {
                let byName = zip(mentions[a], assigned[a]).first(where: { $0.0.name == quote.speaker })?.1
                let local = index.clustersInArticle(a)
                let c = byName ?? (index.keys(quote.speaker).isFullName
                    ? index.cluster(forFull: quote.speaker) : index.resolveSingle(quote.speaker, local: local))
                if let c { index.clusters[c].quotes.append((a, quote)) }
            }
        }
        return PersonAssembler(articles: articles, language: language, notPeople: notPeople)
            .assemble(index.clusters, mentions: mentions, assigned: assigned)
    }
}
