/// The offline search index: a list of documents (articles, people, meetings) and an inverted
/// index of accent- and case-folded words, split into small shards by the words' first two
/// letters so a query downloads only what its words need.
struct SearchIndexer {
    /// The interface's words, for the dates shown beside results.
    var strings: SiteStrings = .french
    struct Document {
        var title: String
        var url: String
        var kind: String
        var detail: String
        var text: String
        /// A line shown under the result: an article's summary, a person's role, a meeting's kind and place.
        var excerpt: String = ""
        /// The language of an article's title and excerpt, when it is not the site's.
        var lang: String = ""
    }

    /// Words too common to be worth indexing, French and English, folded.
    static let stopWords: Set<String> = [
        "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "au", "aux", "ce", "ces", "cette", "est", "sont", "qui",
        "que", "qu", "dans", "par", "pour", "sur", "avec", "il", "elle", "ils", "elles", "se", "sa", "son", "ses", "ne", "pas",
        "plus", "ou", "a", "l", "d", "s", "n", "c", "j", "m", "y", "the", "of", "and", "to", "in", "on", "for", "is", "was",
        "by", "with", "at", "as", "an", "be", "it", "that", "this", "from", "are", "has", "have", "had", "its", "his", "her",
    ]

    /// How many document rows one `search/docs/<n>.js` file holds.
    static let docChunk = 500

    /// The documents of the dossier, in a stable order.
    func documents(_ dossier: Dossier) -> [Document] {
        var docs: [Document] = dossier.articles.map { entry in
            let a = entry.article
            let text = ([a.title, a.subtitle ?? ""] + a.blocks.map(\.plainText)).joined(separator: " ")
            return Document(title: a.title, url: "articles/\(entry.id)/", kind: "article",
                            detail: [a.date.map(strings.date), a.outlet].compactMap { $0 }.joined(separator: " · "), text: text,
                            excerpt: SitePlanner.summary(of: a).map { SitePlanner.shorten($0, to: 200) } ?? "",
                            lang: a.lang == dossier.settings.language ? "" : a.lang)
        }
        docs += dossier.people.map { p in
            Document(title: p.name, url: "people/\(p.id)/", kind: "person", detail: strings.count(p.articles.count, .articles),
                     text: ([p.name] + p.aliases + p.roles).joined(separator: " "), excerpt: p.role ?? "")
        }
        docs += dossier.meetings.map { m in
            Document(title: m.title, url: "meetings/\(m.id)/", kind: "meeting", detail: m.date.map(strings.date) ?? "",
                     text: [m.title, m.place ?? ""].joined(separator: " "),
                     excerpt: m.mentions.first.map { SitePlanner.shorten($0.sentence, to: 200) } ?? "")
        }
        return docs
    }

    /// The files of the index: `search/meta.js`, `search/docs/<n>.js` and `search/terms/<shard>.js`. They are scripts
    /// that hand their data to `dossierSearch.load`, so search also works from disk (`file://`),
    /// where browsers refuse `fetch`.
    func files(_ dossier: Dossier) -> [PlannedFile] {
        let docs = documents(dossier)
        let wordLists: [[String]] = docs.parallelMap { Array(Set(Self.words(in: $0.text))) }
        var shards: [String: [String: [Int]]] = [:]
        for (index, words) in wordLists.enumerated() {
            for word in words {
                shards[Self.shard(of: word), default: [:]][word, default: []].append(index)
            }
        }
        var files: [PlannedFile] = []
        let docRows = docs.map { doc in
            "[" + [doc.title, doc.url, doc.kind, doc.detail, doc.excerpt, doc.lang].map(JSONText.string).joined(separator: ",") + "]"
        }
        // Document rows come in chunks, loaded only for the results shown; the ranking by kind
        // needs only the id ranges in meta.js (articles, then people, then meetings).
        let kinds = ["article", "person", "meeting"].map { kind in docs.count(where: { $0.kind == kind }) }
        files.append(PlannedFile(path: "search/meta.js", content: .text(
            "dossierSearch.load(\"meta\", {\"chunk\":\(Self.docChunk),\"count\":\(docs.count),\"articles\":\(kinds[0]),\"people\":\(kinds[1]),\"meetings\":\(kinds[2])});\n")))
        for start in stride(from: 0, to: docRows.count, by: Self.docChunk) {
            let chunk = docRows[start..<min(start + Self.docChunk, docRows.count)]
            files.append(PlannedFile(path: "search/docs/\(start / Self.docChunk).js", content: .text(
                "dossierSearch.load(\"docs/\(start / Self.docChunk)\", [\n\(chunk.joined(separator: ",\n"))\n]);\n")))
        }
        files += shards.sorted(by: { $0.key < $1.key }).parallelMap { name, terms in
            let entries = terms.sorted(by: { $0.key < $1.key }).map { JSONText.string($0.key) + ":" + JSONText.integers($0.value) }
            return PlannedFile(path: "search/terms/\(name).js", content: .text("dossierSearch.load(\"\(name)\", {\(entries.joined(separator: ","))});\n"))
        }
        return files
    }

    /// The folded words of `text` worth indexing: runs of ASCII letters and digits, and of
    /// letters beyond ASCII (other scripts), without stop words and one-letter words.
    static func words(in text: String) -> [String] {
        var result: [String] = []
        let folded = Array(TextFolding.fold(text).utf8)
        var start = -1
        func flush(_ end: Int) {
            if start >= 0, end - start > 1 {
                let word = String(decoding: folded[start..<end], as: UTF8.self)
                if !stopWords.contains(word) { result.append(word) }
            }
            start = -1
        }
        for (i, b) in folded.enumerated() {
            let isWordByte = (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
            if isWordByte {
                if start < 0 { start = i }
            } else {
                flush(i)
            }
        }
        flush(folded.count)
        return result
    }

    /// The shard a word lives in: its first two letters when they are ASCII letters or digits.
    static func shard(of word: String) -> String {
        let prefix = String(word.prefix(2))
        return prefix.unicodeScalars.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") } ? prefix : "_"
    }
}
