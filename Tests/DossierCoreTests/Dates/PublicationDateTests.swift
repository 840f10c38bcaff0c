import Testing
@testable import DossierCore

@Suite struct PublicationDateTests {
    private func find(_ paragraphs: [String]) -> String? {
        let article = Article(source: "t.txt", blocks: paragraphs.enumerated().map { .paragraph($1, line: $0 + 1) })
        return DateTestSupport.extractor.publicationDate(of: article).map { "\($0.date.iso) \($0.basis.rawValue)" }
    }

    @Test(arguments: [
        (["Publié le 6 janvier 2026 à 10h", "Le sommet s'ouvre."], "2026-01-06 text"),
        (["Published Jan. 6, 2026", "Leaders meet."], "2026-01-06 text"),
        (["Mis à jour le 7 janvier 2026", "Le sommet s'ouvre."], "2026-01-07 text"),
        (["Updated 25 Nov 2025 14.32 GMT"], "2025-11-25 text"),
        (["Macron reçoit ce 6 janvier 2026 les dirigeants européens."], "2026-01-06 text"),
        (["Macron reçoit aujourd'hui 6 janvier 2026 les dirigeants."], "2026-01-06 text"),
        (["Macron a déclaré ce mardi 25 novembre qu'il existait une chance."], "2025-11-25 weekday"),
    ])
    func datesGivenAsToday(_ paragraphs: [String], _ expected: String) {
        #expect(find(paragraphs) == expected)
    }

    @Test func publishedLineWinsOverUpdatedLine() {
        #expect(find(["Mis à jour le 7 janvier 2026", "Publié le 6 janvier 2026"]) == "2026-01-06 text")
    }

    @Test func aFullDateInTheLedeDatesTheClip() {
        #expect(find(["Macron a rencontré Rutte le 24 décembre 2025.", "Il a dit qu'il reviendrait."]) == "2025-12-24 text")
    }

    @Test func futureAndLaterDatesAreNotThePublicationDay() {
        #expect(find(["Le sommet se tiendra le 6 janvier 2026 à Paris."]) == nil)
        #expect(find(["Le sommet de ce mardi rassemblera 35 pays.", "Macron a rencontré Rutte le 24 décembre 2025."]) == nil)
    }

    @Test func weekdayYearIsTheLatestNotAfterTheClipsYears() {
        // 25 November is a Tuesday in 2014, 2025 and 2031.
        #expect(DateResolver.pinnedYear(day: 25, month: 11, weekday: 2, ceiling: 2026) == 2025)
        #expect(DateResolver.pinnedYear(day: 25, month: 11, weekday: 2, ceiling: 2020) == 2014)
    }
}

@Suite struct RepeatedExpressionTests {
    @Test func theSameExpressionTwiceInASentenceIsOneEvent() {
        let article = Article(date: SimpleDate(year: 2026, month: 1, day: 6), dateBasis: .header, source: "t.txt",
                              blocks: [.paragraph("Lundi, Macron a reçu Starmer, et lundi soir il a appelé Trump.", line: 1)])
        let events = DateTestSupport.extractor.events(in: article)
        #expect(events.map(\.date.iso) == ["2026-01-05"])
    }
}
