/// The clusters of the dossier's people, indexed by family-name key.
struct PersonIndex {
    var clusters: [PersonCluster] = []
    /// Family-name key → clusters with a full name of that family name.
    private var bySurname: [String: [Int]] = [:]
    /// Family-name key → the cluster of people known only by that name.
    private var surnameOnly: [String: Int] = [:]
    /// Folded spelling of a full name → its cluster.
    private var byFullName: [String: Int] = [:]
    /// Article index → clusters it names with a full name.
    private var byArticle: [Int: Set<Int>] = [:]
    /// The keys of the names of the dossier, by name.
    var keyTable: [String: PersonNameKey.Keys] = [:]

    /// The keys of `name`, from the table when it is there.
    func keys(_ name: String) -> PersonNameKey.Keys { keyTable[name] ?? PersonNameKey.Keys(name) }

    init(corrections: Corrections) {
        for name in corrections.people.keys.sorted() {
            guard let correction = corrections.people[name] else { continue }
            var cluster = PersonCluster()
            cluster.correctedName = name
            cluster.correction = correction
            clusters.append(cluster)
            let c = clusters.count - 1
            for spelling in [name] + correction.aliases {
                if let given = PersonNameKey.givenKey(spelling) {
                    register(c, given: given, surname: PersonNameKey.surnameKey(spelling))
                    byFullName[TextFolding.fold(spelling)] = c
                } else {
                    surnameOnly[PersonNameKey.surnameKey(spelling)] = c
                }
            }
        }
    }

    private mutating func register(_ c: Int, given: String, surname: String) {
        clusters[c].fullKeys.append((given, surname))
        if !(bySurname[surname]?.contains(c) ?? false) { bySurname[surname, default: []].append(c) }
    }

    /// Adds a full-name mention, to the cluster of a matching full name or a new one.
    mutating func addFull(_ mention: PersonMention, article: Int) {
        let c = cluster(forFull: mention.name) ?? newCluster(for: mention.name)
        clusters[c].add(mention, article: article)
        byArticle[article, default: []].insert(c)
    }

    private mutating func newCluster(for name: String) -> Int {
        clusters.append(PersonCluster())
        let c = clusters.count - 1
        let k = keys(name)
        register(c, given: k.given ?? "", surname: k.surname)
        byFullName[k.folded] = c
        return c
    }

    /// The cluster of a full name: same spelling, or same family name with a matching given name.
    func cluster(forFull name: String) -> Int? {
        let k = keys(name)
        if let c = byFullName[k.folded] { return c }
        let surname = k.surname
        guard let given = k.given else { return nil }
        return bySurname[surname]?.first { c in
            clusters[c].fullKeys.contains { $0.surname == surname && PersonNameKey.givenNamesMatch($0.given, given) }
        }
    }

    /// The one cluster named in full with this family-name key, or nil when none or several are.
    func onlyFullName(withSurname key: String) -> Int? {
        guard let candidates = bySurname[key], candidates.count == 1 else { return nil }
        return candidates[0]
    }

    /// The clusters an article names with a full name.
    func clustersInArticle(_ article: Int) -> Set<Int> {
        byArticle[article] ?? []
    }

    /// The cluster a family name alone stands for: the one named in full in the same article,
    /// else the only one in the dossier, else a cluster of its own; nil when ambiguous.
    mutating func resolveSingle(_ name: String, local: Set<Int>) -> Int? {
        let key = keys(name).surname
        let candidates = bySurname[key] ?? []
        let inArticle = candidates.filter { local.contains($0) }
        if inArticle.count == 1 { return inArticle[0] }
        if inArticle.count > 1 { return nil }
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 { return nil }
        if let c = surnameOnly[key] { return c }
        clusters.append(PersonCluster())
        surnameOnly[key] = clusters.count - 1
        return clusters.count - 1
    }
}
