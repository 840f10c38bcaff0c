import Foundation
@testable import DossierCore

/// A clip with the dates a careful reader finds in it, for measuring the extractor.
///
/// A fixture is `name.txt` — optional `date: YYYY-MM-DD` and `lang: en` lines, a `---`
/// line, then one paragraph per line (`## ` a heading, `> ` a quote) — and
/// `name.expected.tsv`: one line per date expression, `date<TAB>approx-or-empty<TAB>expression`.
/// The seeds are read as they are, one paragraph per line, a leading ` date YYYY-MM-DD`
/// line being the stamp and title.
struct DateFixture {
    var name: String
    var article: Article
    var expected: [Expected]

    struct Expected: Hashable {
        var date: String
        var approx: String?
        var expression: String
    }

    static let fixturesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/dates")
    static let seedsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    /// Every own clip and every seed that has an expectation file.
    static func all() -> [DateFixture] {
        own() + seeds()
    }

    static func own() -> [DateFixture] {
        files(in: fixturesFolder, ext: "txt").compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let name = url.deletingPathExtension().lastPathComponent
            return DateFixture(name: name, article: ownArticle(text, source: url.lastPathComponent),
                               expected: expected(fixturesFolder.appendingPathComponent(name + ".expected.tsv")))
        }
    }

    static func seeds() -> [DateFixture] {
        files(in: seedsFolder, ext: "txt").compactMap { url in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            let name = url.deletingPathExtension().lastPathComponent
            let expectedURL = fixturesFolder.appendingPathComponent("seeds/" + name + ".expected.tsv")
            guard FileManager.default.fileExists(atPath: expectedURL.path) else { return nil }
            return DateFixture(name: "seeds/" + name, article: seedArticle(text, source: "seeds/" + url.lastPathComponent),
                               expected: expected(expectedURL))
        }
    }

    private static func files(in folder: URL, ext: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func ownArticle(_ text: String, source: String) -> Article {
        var article = Article(source: source)
        var inBody = false
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let s = line.trimmingCharacters(in: .whitespaces)
            if !inBody {
                if s == "---" { inBody = true }
                else if s.hasPrefix("date:") { article.date = SimpleDate(iso: s.dropFirst(5).trimmingCharacters(in: .whitespaces)) }
                else if s.hasPrefix("lang:") { article.lang = s.dropFirst(5).trimmingCharacters(in: .whitespaces) }
                continue
            }
            if s.isEmpty { continue }
            if s.hasPrefix("## ") { article.blocks.append(.heading(String(s.dropFirst(3)), line: lineNumber)) }
            else if s.hasPrefix("> ") {
                let parts = s.dropFirst(2).components(separatedBy: " — ")
                article.blocks.append(.quote(parts[0], attribution: parts.count > 1 ? parts[1] : nil, line: lineNumber))
            } else { article.blocks.append(.paragraph(s, line: lineNumber)) }
        }
        if article.date != nil { article.dateBasis = .header }
        return article
    }

    static func seedArticle(_ text: String, source: String) -> Article {
        var article = Article(source: source)
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let s = line.trimmingCharacters(in: .whitespaces)
            if s.isEmpty { continue }
            if lineNumber == 1, s.hasPrefix("date "), let d = SimpleDate(iso: s.dropFirst(5).prefix(10)) {
                article.date = d
                article.dateBasis = .header
                continue
            }
            article.blocks.append(.paragraph(s, line: lineNumber))
        }
        return article
    }

    private static func expected(_ url: URL) -> [Expected] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3 else { return nil }
            return Expected(date: f[0], approx: f[1].isEmpty ? nil : f[1], expression: f[2])
        }
    }

    /// The article as the pipeline dates it: its stamp, else the day its text gives.
    var datedArticle: Article {
        var a = article
        if a.date == nil, let found = DateExtractor(calendar: DateTestSupport.calendar).publicationDate(of: a) {
            a.date = found.date
            a.dateBasis = found.basis
        }
        return a
    }

    /// The events the extractor finds, as expectation lines.
    func found() -> [Expected] {
        DateExtractor(calendar: DateTestSupport.calendar).events(in: datedArticle).map {
            Expected(date: $0.date.iso, approx: $0.date.approx?.rawValue, expression: $0.expression)
        }
    }
}
