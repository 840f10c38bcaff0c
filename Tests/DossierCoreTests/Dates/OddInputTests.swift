import Testing
@testable import DossierCore

/// Broken or partial dates in the input are read as far as they make sense and never crash.
@Suite struct OddInputTests {
    @Test(arguments: [
        "Le 0 mars et le 32 mai.",
        "Réf. 99/99/9999 et 2025-02-30.",
        "il y a",
        "Jan.",
        "the day",
        "le lendemain de",
        "mi-",
        "fin",
        "2025",
        "",
        "— (@x) ",
        "«»",
        "1er",
    ])
    func impossibleOrTruncatedDatesAreLeftOut(_ text: String) {
        #expect(DateTestSupport.events(text, published: "2025-09-04") == [])
    }

    @Test func anImpossibleDayFallsBackToWhatRemainsTrue() {
        #expect(DateTestSupport.events("Le 31 février 2025 n'existe pas.", published: "2025-09-04") == ["2025-02|février 2025"])
        #expect(DateTestSupport.events("Il viendra mardi 31 avril.", published: "2025-09-04") == ["2025-09-09|mardi"])
    }

    @Test func aWeekdayThatDoesNotFitTheDateIsDroppedNotTheDate() {
        // 25 November 2025 is a Tuesday; the text says Wednesday: the day and month win.
        #expect(DateTestSupport.events("Réunion mercredi 25 novembre à Paris.", published: "2025-11-20")
            == ["2025-11-25|mercredi 25 novembre"])
    }

    @Test func emptyArticleHasNoDates() {
        let article = Article(source: "x.txt", blocks: [.list([], line: 1), .quote("", attribution: "(@x) January 6, 2026", line: 2)])
        #expect(DateTestSupport.extractor.events(in: article).isEmpty)
        #expect(DateTestSupport.extractor.publicationDate(of: article) == nil)
    }

    @Test func listItemsAndHeadingsAreRead() {
        let article = Article(date: SimpleDate(year: 2026, month: 1, day: 6), source: "x.txt", blocks: [
            .heading("Mardi 6 janvier 2026", line: 1),
            .list(["Objectif : garanties dès 2026.", "Rencontre prévue en mars."], line: 2),
        ])
        #expect(DateTestSupport.extractor.events(in: article).map { "\($0.date.iso) \($0.blockIndex)" }
            == ["2026-01-06 0", "2026 1", "2026-03 1"])
    }
}
