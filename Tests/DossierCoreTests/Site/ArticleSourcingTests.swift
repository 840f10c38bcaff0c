import Testing
@testable import DossierCore

@Suite struct ArticleSourcingTests {
    static func article(outlet: String? = nil, wire: String? = nil, contributors: [String] = [], basis: DateBasis = .header,
                        url: String? = nil) -> Article {
        Article(date: SimpleDate(year: 2026, month: 1, day: 6), dateBasis: basis, contributors: contributors,
                outlet: outlet, wire: wire, url: url, source: "a.txt")
    }

    @Test func publisherWithItsAgency() {
        #expect(ArticleSourcing(article: Self.article(outlet: "Le Monde", wire: "AFP"), language: "fr").sourceLine == "Le Monde, avec AFP")
        #expect(ArticleSourcing(article: Self.article(outlet: "The Guardian", wire: "Reuters"), language: "en").sourceLine == "The Guardian, with Reuters")
        #expect(ArticleSourcing(article: Self.article(outlet: "Reuters", wire: "Reuters"), language: "fr").sourceLine == "Reuters")
        #expect(ArticleSourcing(article: Self.article(), language: "fr").sourceLine == nil)
    }

    @Test func contributorsWithFrenchElision() {
        let a = Self.article(contributors: ["Andrew Gray", "Tom Balmforth", "Élise Martin"])
        #expect(ArticleSourcing(article: a, language: "fr").contributorsLine == "Avec la contribution d’Andrew Gray, de Tom Balmforth et d’Élise Martin.")
        #expect(ArticleSourcing(article: a, language: "en").contributorsLine == "With contributions from Andrew Gray, Tom Balmforth and Élise Martin.")
        #expect(ArticleSourcing(article: Self.article(), language: "fr").contributorsLine == nil)
    }

    @Test func inferredDatesSayHowTheyWereFound() {
        let meeting = ArticleSourcing(article: Self.article(basis: .meeting), language: "fr")
        #expect(meeting.dateInferred)
        #expect(meeting.dateLabel(formatted: "6 janvier 2026") == "date déduite\u{00A0}: 6 janvier 2026 (d’après la rencontre que l’article rapporte)")
        let english = ArticleSourcing(article: Self.article(basis: .weekday), language: "en")
        #expect(english.dateLabel(formatted: "6 January 2026") == "date inferred: 6 January 2026 (from the weekday named in the text)")
        for basis in [DateBasis.header, .dateline, .override] {
            let stamped = ArticleSourcing(article: Self.article(basis: basis), language: "fr")
            #expect(!stamped.dateInferred)
            #expect(stamped.dateLabel(formatted: "6 janvier 2026") == "6 janvier 2026")
        }
    }

    @Test func linkToTheOriginal() {
        let a = Self.article(outlet: "Le Monde", url: "https://www.lemonde.fr/x.html")
        #expect(ArticleSourcing(article: a, language: "fr").originalLinkLabel == "Lire l’article original sur Le Monde")
        #expect(ArticleSourcing(article: Self.article(), language: "fr").originalLinkLabel == nil)
    }
}
