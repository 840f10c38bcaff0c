import Foundation
import Testing
@testable import DossierCore

@Suite struct FrontPageTests {
    private func home(_ dossier: Dossier) throws -> String {
        let renderer = try PageRenderer(folder: repositoryRoot.appendingPathComponent("Templates"), displayFolder: "Templates")
        let file = try #require(SitePlanner(generator: "dossier test").plan(dossier).first { $0.path == "index.html" })
        guard case .page(let template, let context) = file.content else { Issue.record("not a page"); return "" }
        return try renderer.render(template, context: context)
    }

    private func dossier(language: String, title: String, meetings: [Meeting] = []) -> Dossier {
        var settings = DossierSettings()
        settings.language = language
        settings.title = title
        let article = DossierArticle(id: "a", article: Article(title: "A", date: SimpleDate(year: 2026, month: 1, day: 6), source: "a.txt",
                                                               blocks: [.paragraph("Texte.", line: 1)]))
        return Dossier(settings: settings, articles: [article], meetings: meetings)
    }

    @Test func theSiteTitleIsSetInTheDossiersTypography() throws {
        let french = try home(dossier(language: "fr", title: "Coalition : l'Ukraine et \"les garanties\""))
        #expect(french.contains("<h1>Coalition\u{A0}: l’Ukraine et «\u{A0}les garanties\u{A0}»</h1>"))
        let english = try home(dossier(language: "en", title: "The coalition's \"guarantees\""))
        #expect(english.contains("<h1>The coalition’s “guarantees”</h1>"))
    }

    @Test func aPlannedMeetingTheCoverageHasPassedIsNotTheNextOne() throws {
        let past = Meeting(id: "old", title: "Appel", kind: .call, date: PartialDate(year: 2025, month: 9, day: 4), place: nil, status: .planned)
        let coming = Meeting(id: "new", title: "Sommet", kind: .summit, date: PartialDate(year: 2026, month: 2, day: 1), place: nil, status: .planned)
        let page = try home(dossier(language: "fr", title: "D", meetings: [past, coming]))
        let next = try #require(page.components(separatedBy: "id=\"next-heading\"").last)
        #expect(next.contains("meetings/new/") && !next.prefix(300).contains("meetings/old/"))
        #expect(!(try home(dossier(language: "fr", title: "D", meetings: [past]))).contains("next-heading"))
    }
}
