import Testing
@testable import DossierCore

@Suite struct MarkdownRendererTests {
    @Test func rawHTMLIsNeverPassedThrough() {
        #expect(!MarkdownRenderer.html("<script>alert(1)</script>").contains("<script>"))
    }

    @Test func dangerousLinksAreDropped() {
        #expect(!MarkdownRenderer.html("[x](javascript:alert(1))").contains("javascript:"))
    }

    @Test func eachBlockGetsItsAnchor() {
        let article = Article(source: "seeds/x.txt", blocks: [
            .paragraph("Premier paragraphe.", line: 1), .heading("Un intertitre", line: 2), .list(["a", "b"], line: 3),
        ])
        #expect(ArticleHTML.body(article) == """
        <p id="p-1">Premier paragraphe.</p>
        <h2 id="p-2">Un intertitre</h2>
        <ul id="p-3">
        <li>a</li>
        <li>b</li>
        </ul>

        """)
    }
}
