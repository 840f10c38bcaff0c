import Testing
@testable import DossierCore

/// One test per attribution rule: a paragraph in, the exact (speaker, quote) pairs out.
@Suite struct QuoteAttributorTests {
    private func quotes(_ paragraphs: String...) -> [String] {
        let blocks = paragraphs.enumerated().map { Block.paragraph($1, line: $0 + 1) }
        return PersonExtractor().extract(from: Article(source: "t", blocks: blocks)).quotes.map { "\($0.speaker): \($0.text)" }
    }

    @Test func speechVerbAfterTheQuoteWithTheName() {
        #expect(quotes("« Nous sommes à un moment crucial », a estimé Emmanuel Macron.")
            == ["Emmanuel Macron: Nous sommes à un moment crucial"])
    }

    @Test func invertedPronounGoesToTheLastSubject() {
        #expect(quotes("Mark Rutte a parlé mercredi.", "\"Cela signifiera beaucoup pour nous\", a-t-il dit.")
            == ["Mark Rutte: Cela signifiera beaucoup pour nous"])
    }

    @Test func englishNameThenVerb() {
        #expect(quotes("\"Putin only understands strength,\" Rutte told reporters. Mark Rutte left.")
            == ["Rutte: Putin only understands strength"])
    }

    @Test func speakerBeforeTheQuote() {
        #expect(quotes("Sur X, Emmanuel Macron a déclaré : « J'ai rencontré nos partenaires européens. »")
            == ["Emmanuel Macron: J'ai rencontré nos partenaires européens."])
    }

    @Test func selonLui() {
        #expect(quotes("Emmanuel Macron a parlé.", "Selon lui, « enfin une chance de progrès ».")
            == ["Emmanuel Macron: enfin une chance de progrès"])
    }

    @Test func anonymousSpeakerIsSkipped() {
        #expect(quotes("\"Nous avons réussi cet exercice\", a déclaré un conseiller de l'Élysée.") == [])
        #expect(quotes("« Ce que le secret permet de dire », a prévenu le conseiller d'Emmanuel Macron.") == [])
    }

    @Test func scareQuotesAreSkipped() {
        #expect(quotes("Emmanuel Macron a dit que les garanties sont « très fortes ».") == [])
    }
}
