import Testing
@testable import DossierCore

/// Odd inputs never crash, and their Markdown reads back unchanged.
@Suite struct NormalizeRobustnessTests {
    @Test(arguments: [
        "", " ", "\n\n\n", "date", " date 2026-01-06", " date 2026-01-06 ", " date 9999-99-99 x", "«", "»", "« »", "()", ")(", "(",
        "- ", "•", "— (@x)", "pic.twitter.com/x", "— A (@b) January 6, 2026", "&", "&amp;", "\\", "#", "1.", "> ", "`", "---",
        "---\n", "---\n---\n", "---\ntitle: [unclosed\n---\n", String(repeating: "a", count: 5000),
        String(repeating: "Mot ", count: 400), "🇺🇦🇫🇷", "ÉTÉ\nÉTÉ\nÉTÉ", "(Reporting by)", "Par", "By ,", "PARIS (AFP) -",
        "PARIS, 31 février 2026 (AFP) - Texte.", "Titre\n\n- a\n- b\n\n> c", "x\u{2028}y", "tab\there", "\u{FEFF}bom",
    ])
    func oddInputsAreStable(_ text: String) {
        for isMarkdown in [false, true] {
            let file = SourceFile(path: "seeds/odd.\(isMarkdown ? "md" : "txt")", text: text, isMarkdown: isMarkdown)
            let once = ArticleMarkdown.render(ClipNormalizer().normalize(file).article)
            let again = ClipNormalizer().normalize(SourceFile(path: "seeds/odd.md", text: once, isMarkdown: true))
            #expect(ArticleMarkdown.render(again.article) == once)
            #expect(!again.article.title.isEmpty)
        }
    }
}
