import Testing
@testable import DossierCore

@Suite struct ArticleMarkdownTests {
    @Test(arguments: [
        ("# pas un titre", "\\# pas un titre"),
        ("1. pas une liste", "1\\. pas une liste"),
        ("2026. Une année", "2026\\. Une année"),
        ("- pas une puce", "\\- pas une puce"),
        ("+ plus", "\\+ plus"),
        ("> pas une citation", "\\> pas une citation"),
        ("a *b* _c_ `d` [e](f) <b>g</b> \\ h", "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<b>g\\</b> \\\\ h"),
        ("AT&T &amp; &#233; & co", "AT&T \\&amp; \\&#233; & co"),
        ("Prix : 3 € + 5 %", "Prix : 3 € + 5 %"),
    ])
    func escaping(_ text: String, _ markdown: String) {
        #expect(ArticleMarkdownEscaper.escape(text) == markdown)
        #expect(ArticleMarkdownEscaper.unescape(markdown) == text)
    }

    @Test func blockMarkdownOfEachKind() {
        #expect(ArticleMarkdown.blockMarkdown(.paragraph("Texte *brut*", line: 1)) == "Texte \\*brut\\*")
        #expect(ArticleMarkdown.blockMarkdown(.heading("Numéro #1", line: 1)) == "## Numéro #1")
        #expect(ArticleMarkdown.blockMarkdown(.heading("Numéro #", line: 1)) == "## Numéro \\#")
        #expect(ArticleMarkdown.blockMarkdown(.heading("C#", line: 1)) == "## C\\#")
        #expect(ArticleMarkdown.blockMarkdown(.list(["Un", "- Deux"], line: 1)) == "- Un\n- \\- Deux")
        #expect(ArticleMarkdown.blockMarkdown(.quote("Ligne un\nLigne deux", attribution: "Nom (@nom) January 6, 2026", line: 1))
            == "> Ligne un\n>\n> Ligne deux\n>\n> — Nom (@nom) January 6, 2026")
    }

    static let sample = Article(
        title: "Titre \"entre guillemets\" : oui", titleDerived: true, subtitle: "Sub", caption: "Légende\\photo",
        date: SimpleDate(year: 2026, month: 1, day: 6), dateBasis: .header, authors: ["John Irish"],
        contributors: ["Andrew Gray"], credits: ["AFP or licensors"], outlet: "Le Monde", wire: "AFP",
        url: "https://www.lemonde.fr/international/article/2026/01/06/x.html", source: "004_x.txt", lang: "fr",
        blocks: [.paragraph("Un paragraphe.", line: 3), .heading("Intertitre", line: 5), .list(["a", "b"], line: 7),
                 .quote("Post", attribution: "Nom (@nom)", line: 9)])

    @Test func renderWritesFrontMatterThenBlocks() {
        #expect(ArticleMarkdown.render(Self.sample) == """
        ---
        title: "Titre \\"entre guillemets\\" : oui"
        title_derived: true
        subtitle: "Sub"
        caption: "Légende\\\\photo"
        date: 2026-01-06
        date_basis: header
        authors: ["John Irish"]
        contributors: ["Andrew Gray"]
        credits: ["AFP or licensors"]
        outlet: "Le Monde"
        wire: "AFP"
        url: "https://www.lemonde.fr/international/article/2026/01/06/x.html"
        source: "004_x.txt"
        lang: "fr"
        ---

        Un paragraphe.

        ## Intertitre

        - a
        - b

        > Post
        >
        > — Nom (@nom)

        """)
    }

    @Test func markdownReadsBackToTheSameArticle() {
        let file = SourceFile(path: "seeds/004_x.md", text: ArticleMarkdown.render(Self.sample), isMarkdown: true)
        let (article, diagnostics) = ClipNormalizer().normalize(file)
        #expect(diagnostics.isEmpty)
        var expected = Self.sample
        expected.blocks = [.paragraph("Un paragraphe.", line: 18), .heading("Intertitre", line: 20), .list(["a", "b"], line: 22),
                           .quote("Post", attribution: "Nom (@nom)", line: 25)]
        #expect(article == expected)
    }

    @Test func markdownWithoutFrontMatterIsARawClip() {
        let (article, _) = ClipNormalizer().normalize(SourceFile(path: "seeds/x.md", text: "Sommet de Paris\n\(clipLedeFR)", isMarkdown: true))
        #expect(article.title == "Sommet de Paris")
        #expect(article.blocks.map(\.text) == [clipLedeFR])
    }

    @Test(arguments: [
        ("date: 2025-02-30", 3, "`date: 2025-02-30`"),
        ("date_basis: guess", 3, "`date_basis: guess`"),
        ("lang: french", 3, "`lang: french`"),
        ("authors: John Irish", 3, "`authors`"),
    ])
    func malformedFrontMatterWarnsWithLineAndValue(_ line: String, _ number: Int, _ quoted: String) {
        let text = "---\ntitle: \"Sommet\"\n\(line)\n---\n\nTexte.\n"
        let (article, diagnostics) = ClipNormalizer().normalize(SourceFile(path: "seeds/x.md", text: text, isMarkdown: true))
        #expect(article.title == "Sommet")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.line == number)
        #expect(diagnostics.first?.file == "seeds/x.md")
        #expect(diagnostics.first?.message.contains(quoted) == true)
    }

    @Test func invalidYAMLWarnsAndKeepsTheBody() {
        let text = "---\ntitle: \"Sommet\n---\n\nTexte.\n"
        let (article, diagnostics) = ClipNormalizer().normalize(SourceFile(path: "seeds/x.md", text: text, isMarkdown: true))
        #expect(diagnostics.first?.message.contains("not valid YAML") == true)
        #expect(article.blocks.map(\.text) == ["Texte."])
    }

    @Test(arguments: ["a\"b\\c", "ligne\nsuivante", "tab\tbell\u{7}", "\u{2028}sep", "emoji 📍 et « guillemets »", "null", "- item: x"])
    func yamlStringsReadBack(_ value: String) throws {
        var article = Article(title: value, source: "seeds/x.txt", blocks: [.paragraph("x", line: 1)])
        article.authors = [value]
        let file = SourceFile(path: "seeds/x.md", text: ArticleMarkdown.render(article), isMarkdown: true)
        let read = ClipNormalizer().normalize(file).article
        #expect(read.title == value)
        #expect(read.authors == [value])
    }
}

@Suite struct HandWrittenFrontMatterTests {
    @Test func handWrittenFrontMatterIsRead() {
        let text = "---\ntitle: Allies meet in Paris\ndate: 2026-01-06\nauthors:\n  - Jane Smith\n---\n\n\(clipLedeEN)\n\n## Next\n\n* one\n* two\n"
        let (a, d) = ClipNormalizer().normalize(SourceFile(path: "seeds/h.md", text: text, isMarkdown: true))
        #expect(d.isEmpty)
        #expect(a.title == "Allies meet in Paris")
        #expect(a.date?.iso == "2026-01-06")
        #expect(a.dateBasis == .override)
        #expect(a.authors == ["Jane Smith"])
        #expect(a.lang == "en")
        // The clip's name in the source folder, not the folder the build was given.
        #expect(a.source == "h.md")
        #expect(a.blocks == [.paragraph(clipLedeEN, line: 8), .heading("Next", line: 10), .list(["one", "two"], line: 12)])
    }
}
