import Foundation

/// The offline search index: a list of documents (articles, people, meetings) and an inverted
/// index of accent- and case-folded words, split into small shards by the words' first two
/// letters so a query downloads only what its words need.
struct SearchIndexer {
    struct Document {
        var title: String
        var url: String
        var kind: String
        var detail: String
        var text: String
    }

    /// Words too common to be worth indexing, French and English, folded.
    static let stopWords: Set<String> = [
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "au", "aux", "ce", "ces", "cette", "est", "sont", "qui",
        "que", "qu", "dans", "par", "pour", "sur", "avec", "il", "elle", "ils", "elles", "se", "sa", "son", "ses", "ne", "pas",
        "plus", "ou", "a", "l", "d", "s", "n", "c", "j", "m", "y", "the", "of", "and", "to", "in", "on", "for", "is", "was",
        "by", "with", "at", "as", "an", "be", "it", "that", "this", "from", "are", "has", "have", "had", "its", "his", "her",
    ]

    /// The documents of the dossier, in a stable order.
    static func documents(_ dossier: Dossier) -> [Document] {
        var docs: [Document] = dossier.articles.map { entry in
            let a = entry.article
            let text = ([a.title, a.subtitle ?? ""] + a.blocks.map(\.plainText)).joined(separator: " ")
            return Document(title: a.title, url: "articles/\(entry.id)/", kind: "article",
                            detail: a.date.map(FrenchDateFormatter.long) ?? "", text: text)
        }
        docs += dossier.people.map { p in
            Document(title: p.name, url: "people/\(p.id)/", kind: "person", detail: p.role ?? "",
                     text: ([p.name] + p.aliases + p.roles).joined(separator: " "))
        }
        docs += dossier.meetings.map { m in
            Document(title: m.title, url: "meetings/\(m.id)/", kind: "meeting", detail: m.date.map(FrenchDateFormatter.long) ?? "",
                     text: [m.title, m.place ?? ""].joined(separator: " "))
        }
        return docs
    }

    /// The files of the index: `search/docs.js` and `search/terms/<shard>.js`. They are scripts
    /// that hand their data to `dossierSearch.load`, so search also works from disk (`file://`),
    /// where browsers refuse `fetch`.
    static func files(_ dossier: Dossier) -> [PlannedFile] {
        let docs = documents(dossier)
        let wordLists: [[String]] = docs.parallelMap { Array(Set(words(in: $0.text))) }
        var shards: [String: [String: [Int]]] = [:]
        for (index, words) in wordLists.enumerated() {
            for word in words {
                shards[shard(of: word), default: [:]][word, default: []].append(index)
            }
        }
        var files: [PlannedFile] = []
        let docRows: [[String]] = docs.map { [$0.title, $0.url, $0.kind, $0.detail] }
        files.append(PlannedFile(path: "search/docs.js", content: .text("dossierSearch.load(\"docs\", \(json(docRows)));\n")))
        for (name, terms) in shards.sorted(by: { $0.key < $1.key }) {
            files.append(PlannedFile(path: "search/terms/\(name).js", content: .text("dossierSearch.load(\"\(name)\", \(json(terms)));\n")))
        }
        return files
    }

    /// The folded words of `text` worth indexing.
    static func words(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in TextFolding.fold(text).unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                if current.count > 1, !stopWords.contains(current) { result.append(current) }
                current = ""
            }
        }
        if current.count > 1, !stopWords.contains(current) { result.append(current) }
        return result
    }

    /// The shard a word lives in: its first two letters when they are ASCII letters or digits.
    static func shard(of word: String) -> String {
        let prefix = String(word.prefix(2))
        return prefix.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") } ? prefix : "_"
    }

    private static func json(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
    }
}
