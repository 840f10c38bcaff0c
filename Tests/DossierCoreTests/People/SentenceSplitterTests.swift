import Testing
@testable import DossierCore

/// The sentence splitter gives the same sentences whether it reads scalars (the fast path)
/// or characters (the reference), and keeps abbreviations, initials and quotes in their sentence.
@Suite struct SentenceSplitterTests {
    static let texts = [
        "M. Macron a reçu J. Biden. Ils ont parlé.",
        "« C'est fini. » Il part. Puis rien…",
        "Le 6 janv. 2026, Mme Dupont est là ! Qui ? Personne.",
        "U.S. officials said. (Reuters) - Talks began.\nNew line here.  \n\n  Last one",
        "Il a dit : « Non. » — Fin.",
        "Text with\u{00A0}no-break. 12 leaders met. « Oui. » “Yes.” (Maybe.) -Next",
        "Dr. Who? St. Petersburg. etc. Done.",
        "Élysée. Zelensky’s view. ’quoted.’ End.",
        "Café\u{0301}. Combined accent. Emoji 👍🏽. Flag 🇫🇷. Next.",
        "Line one\r\nLine two. Three.",
        "",
        "   ",
        ". . . !",
    ]

    @Test(arguments: texts)
    func scalarPathMatchesCharacterPath(_ text: String) {
        let reference = SentenceSplitter.characterSentenceRanges(in: text).map { String(text[$0]) }
        #expect(SentenceSplitter.sentences(in: text) == reference)
    }

    @Test func keepsAbbreviationsAndInitials() {
        #expect(SentenceSplitter.sentences(in: "M. Macron a reçu J. Biden. Ils ont parlé.")
            == ["M. Macron a reçu J. Biden.", "Ils ont parlé."])
    }

    @Test func textsWithJoiningScalarsTakeTheCharacterPath() {
        #expect(SentenceSplitter.scalarSentenceRanges(in: "Emoji 👍🏽. Next.") == nil)
        #expect(SentenceSplitter.scalarSentenceRanges(in: "Plain. Next.")?.count == 2)
    }
}
