import Foundation
@testable import DossierCore

/// A clip for the person tests, with the people a careful reader finds in it.
struct PeopleFixture {
    var name: String
    var article: Article
    /// Expected people: each entry lists the canonical name first, then other spellings.
    var people: [[String]]
}

/// Reads the seeds and the clips of `Fixtures/people/` as articles, the way the normalizer
/// will hand them over (one paragraph per line, bylines moved to `authors`).
enum PeopleFixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixturesFolder = testsFolder.appendingPathComponent("Fixtures/people")
    static let seedsFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")

    struct Expectation: Decodable {
        var lang: String?
        var authors: [String]?
        var contributors: [String]?
        var people: [[String]]
    }

    static func all() -> [PeopleFixture] { seeds() + clips() }

    static func seeds() -> [PeopleFixture] {
        guard let data = try? Data(contentsOf: fixturesFolder.appendingPathComponent("seeds.json")),
              let table = try? JSONDecoder().decode([String: Expectation].self, from: data) else { return [] }
        return table.keys.sorted().compactMap { file in
            guard let text = try? String(contentsOf: seedsFolder.appendingPathComponent(file), encoding: .utf8),
                  let expectation = table[file] else { return nil }
            return PeopleFixture(name: file, article: article(from: text, source: "seeds/" + file, expectation: expectation),
                                 people: expectation.people)
        }
    }

    static func clips() -> [PeopleFixture] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted().compactMap { file in
            let base = String(file.dropLast(4))
            guard let text = try? String(contentsOf: fixturesFolder.appendingPathComponent(file), encoding: .utf8),
                  let data = try? Data(contentsOf: fixturesFolder.appendingPathComponent(base + ".json")),
                  let expectation = try? JSONDecoder().decode(Expectation.self, from: data) else { return nil }
            return PeopleFixture(name: file, article: article(from: text, source: "fixtures/" + file, expectation: expectation),
                                 people: expectation.people)
        }
    }

    /// Line 1 is the title (a leading ` date YYYY-MM-DD ` stamp removed), `subtitle: …` a second
    /// headline, `- ` list items, `> text — attribution` an embedded post, other lines paragraphs.
    /// Lines that are exactly a byline ("par John Irish") are dropped.
    static func article(from text: String, source: String, expectation: Expectation) -> Article {
        var lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        var title = ""
        while let first = lines.first, title.isEmpty {
            lines.removeFirst()
            title = first
        }
        if title.hasPrefix("date "), title.count > 16 { title = String(title.dropFirst(16)) }
        var article = Article(title: title, authors: expectation.authors ?? [], contributors: expectation.contributors ?? [],
                              source: source, lang: expectation.lang ?? "fr")
        var items: [String] = []
        func flush(_ line: Int) {
            if !items.isEmpty { article.blocks.append(.list(items, line: line)) }
            items = []
        }
        let bylines = Set(article.authors.flatMap { ["par " + $0, "by " + $0] }.map { $0.lowercased() })
        for (n, line) in lines.enumerated() {
            if line.isEmpty || bylines.contains(line.lowercased()) { continue }
            if line.hasPrefix("subtitle: ") { article.subtitle = String(line.dropFirst(10)); continue }
            if line.hasPrefix("- ") || line.hasPrefix("• ") { items.append(String(line.dropFirst(2))); continue }
            flush(n + 2)
            if line.hasPrefix("> ") {
                let parts = line.dropFirst(2).components(separatedBy: " — ")
                article.blocks.append(.quote(parts[0], attribution: parts.count > 1 ? parts[1] : nil, line: n + 2))
            } else {
                article.blocks.append(.paragraph(line, line: n + 2))
            }
        }
        flush(lines.count + 2)
        return article
    }
}
