import Foundation
import Testing
@testable import DossierCore

/// A person named everywhere gets a page of bounded length that says what it leaves to search and to the meetings index.
@Suite struct PersonPageBoundsTests {
    @Test func aVeryCommonPersonsPageCountsWhatItDoesNotList() throws {
        let n = SitePlanner.listLimit + 30
        let articles = (0..<n).map { i in
            DossierArticle(id: "a\(i)", article: Article(title: "Article \(i)", date: SimpleDate(year: 2025, month: 1 + i % 12, day: 1 + i % 28),
                                                         source: "a\(i).txt", blocks: [.paragraph("Texte.", line: 1)]), people: ["p"])
        }
        let citations = (0..<n).map { Citation(articleID: "a\($0)", blockIndex: 0, sentence: "Texte.") }
        let person = Person(id: "p", name: "Ann Lee", articles: articles.map(\.id), mentions: citations,
                            quotes: citations.map { PersonQuote(text: "Citation", citation: $0) })
        let meetings = (0..<n).map { i in
            Meeting(id: "m\(i)", title: "Réunion \(i)", kind: .meeting, date: PartialDate(year: 2025, month: 1 + i % 12, day: 1 + i % 28),
                    place: nil, participants: ["p"], articles: ["a\(i)"])
        }
        let dossier = Dossier(settings: DossierSettings(), articles: articles, people: [person], meetings: meetings)
        let renderer = try PageRenderer(folder: repositoryRoot.appendingPathComponent("Templates"), displayFolder: "Templates")
        let file = try #require(SitePlanner(generator: "dossier test").plan(dossier).first { $0.path == "people/p/index.html" })
        guard case .page(let template, let context) = file.content else { Issue.record("not a page"); return }
        let html = try renderer.render(template, context: context)
        #expect(html.components(separatedBy: "<blockquote").count - 1 == SitePlanner.listLimit)
        #expect(html.contains("Et 30 autres citations, à retrouver par la <a href=\"../../search/\">Recherche</a>."))
        #expect(html.contains("Et 30 articles plus anciens, à retrouver par la <a href=\"../../search/\">Recherche</a>."))
        #expect(html.contains("Et 30 rencontres plus anciennes, dans l’index des <a href=\"../../meetings/\">Rencontres</a>."))
    }
}
