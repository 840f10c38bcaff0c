import Testing
@testable import DossierCore

@Suite struct LinkCheckerTests {
    @Test(arguments: [
        ("../people/x/", "articles/a/index.html", "articles/people/x/index.html"),
        ("../../people/x/#p-2", "articles/a/index.html", "people/x/index.html"),
        ("./", "index.html", "index.html"),
        ("index.md", "articles/a/index.html", "articles/a/index.md"),
        ("#p-3", "articles/a/index.html", "articles/a/index.html"),
    ])
    func relativeLinksResolveFromThePage(_ link: String, _ page: String, _ expected: String) {
        #expect(LinkChecker.resolve(link, from: page)?.path == expected)
    }

    @Test func externalLinksAreNotChecked() {
        #expect(LinkChecker.resolve("https://example.org/", from: "index.html") == nil)
        #expect(LinkChecker.resolve("mailto:a@b.c", from: "index.html") == nil)
        #expect(LinkChecker.resolve("//cdn.example.org/x.js", from: "index.html") == nil)
    }

    @Test func brokenLinksAndAnchorsAreErrorsNamingPageLineAndLink() {
        let files: [String: [UInt8]] = [
            "index.html": Array("<a href=\"articles/a/\">a</a>\n<a href=\"articles/b/\">b</a>\n<a href=\"articles/a/#p-9\">c</a>".utf8),
            "articles/a/index.html": Array("<p id=\"p-1\">x</p>".utf8),
        ]
        #expect(LinkChecker().check(files, displayFolder: "public").map(\.description) == [
            "public/index.html:2: error: broken link 'articles/b/': 'articles/b/index.html' is not part of the site; fix the template or the link",
            "public/index.html:3: error: broken anchor 'articles/a/#p-9': 'articles/a/index.html' has no element with id 'p-9'",
        ])
    }
}
