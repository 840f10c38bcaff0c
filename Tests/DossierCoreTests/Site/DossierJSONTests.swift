import Foundation
import Testing
@testable import DossierCore

/// dossier.json is written by hand for speed; it must stay what `JSONEncoder` writes.
@Suite struct DossierJSONTests {
    private func foundationBytes(_ document: DossierJSON.Document) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(document)) + [0x0A]
    }

    @Test func theWriterWritesWhatJSONEncoderWrites() throws {
        let awkward = "« Guillemets » \"quotes\" \\ back/slash </script> \u{2028}\u{2029} émoji 🇺🇦 tab\tnew\nline\r"
            + (0..<32).map { String(UnicodeScalar(UInt8($0))) }.joined() + "\u{7F}"
        var article = Article(title: awkward, subtitle: "Sous-titre", date: SimpleDate(year: 2026, month: 1, day: 6),
                              dateBasis: .header, authors: ["A/B", awkward], source: "x/y.txt", lang: "fr",
                              blocks: [.paragraph("Texte.", line: 1)])
        article.url = "https://example.org/a?b=c&d=e"
        let events = [DatedEvent(date: PartialDate(year: 2026, month: 1, day: 6, approx: .mid), expression: "mi-janvier",
                                 sentence: awkward, blockIndex: 0, end: PartialDate(year: 2026, month: 1, day: 8))]
        let dossier = Dossier(
            settings: DossierSettings(title: awkward, description: "", language: "fr"),
            articles: [DossierArticle(id: "a", article: article, mentions: ArticleMentions(events: events, openDates: [OpenDate(expression: "le 18 août", sentence: awkward, blockIndex: 0, years: [2024, 2025])]), people: ["p"], meetings: ["m"]),
                       DossierArticle(id: "b", article: Article(source: "b.txt"))],
            people: [Person(id: "p", name: awkward, aliases: ["P"], role: "rôle", articles: ["a"]), Person(id: "q", name: "Q")],
            meetings: [Meeting(id: "m", title: awkward, kind: .summit, date: PartialDate(year: 2026, month: 1), place: "Paris",
                               participants: ["p"], articles: ["a"], venue: "Élysée", status: .planned),
                       Meeting(id: "n", title: "N", kind: .call, date: nil, place: nil)],
            timeline: [TimelineEntry(date: PartialDate(year: 2026), label: awkward,
                                     sources: [Citation(articleID: "a", blockIndex: 0, sentence: "s")], people: ["p"], meeting: "m"),
                       TimelineEntry(date: PartialDate(year: 2026, month: 2, day: 1), label: "", sources: [])])
        let json = DossierJSON(generator: "dossier test")
        #expect(json.encodedBytes(dossier) == (try foundationBytes(json.document(dossier))))
        let empty = Dossier(settings: DossierSettings(), articles: [])
        #expect(json.encodedBytes(empty) == (try foundationBytes(json.document(empty))))
    }

    @Test func theSeedsDossierIsWhatJSONEncoderWrites() throws {
        let (files, _) = try SourceLoader().load(folder: repositoryRoot.appendingPathComponent("seeds"), displayFolder: "seeds")
        var timings = StageTimings()
        let (dossier, _) = DossierBuilder(settings: DossierSettings()).build(files, timings: &timings)
        let json = DossierJSON(generator: "dossier test")
        #expect(!dossier.articles.isEmpty)
        #expect(json.encodedBytes(dossier) == (try foundationBytes(json.document(dossier))))
    }
}
