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

    /// One pass finds what a pass per attribute finds, with the same lines, even where a value
    /// holds a newline or text that looks like another attribute.
    @Test func onePassFindsWhatAPassPerAttributeFinds() {
        let html = Array("""
            <p id="a">x</p>\n<a href="b/#c" id="d">y</a> <img src="e.png">
            <span title="x\ny" id="z\nw"> <a href="one\ntwo"> src="f" <a id="g href="> href="h"
            <a href="i&amp;j" src=" id=">
            """.utf8)
        let names = ["id", "href", "src"]
        let together = LinkChecker.attributeValues(named: names, in: html)
        for (k, name) in names.enumerated() {
            let alone = LinkChecker.attributeValues(named: name, in: html)
            #expect(together[k].map(\.value) == alone.map(\.value))
            #expect(together[k].map(\.line) == alone.map(\.line))
            #expect(!alone.isEmpty)
        }
    }
}
