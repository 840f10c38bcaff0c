import Foundation
import Testing
@testable import DossierCore

@Suite struct SiteBuildTests {
    private func build(source: URL = repositoryRoot.appendingPathComponent("seeds"),
                       templates: URL = repositoryRoot.appendingPathComponent("Templates"),
                       into output: URL) throws -> SiteBuilder.Report {
        try SiteBuilder(options: .init(source: source, output: output, templates: templates, generator: "dossier test")).build()
    }

    @Test func seedsBuildIntoEveryPageWithEveryLinkAndAnchorResolving() throws {
        let folder = try TemporaryFolder()
        let report = try build(into: folder.url.appendingPathComponent("public"))
        #expect(report.clips == 5)
        let files = folder.files(under: "public")
        for page in ["index.html", "timeline/index.html", "people/index.html", "meetings/index.html", "404.html",
                     "dossier.json", "robots.txt", "assets/style.css"] {
            #expect(files.contains(page), "missing \(page)")
        }
        #expect(files.filter { $0.hasPrefix("articles/") && $0.hasSuffix("/index.html") }.count == 5)
        #expect(files.filter { $0.hasPrefix("articles/") && $0.hasSuffix("/index.md") }.count == 5)
        // Re-check the written site from disk, independently of the build's own check.
        var written: [String: [UInt8]] = [:]
        for path in files { written[path] = Array((folder.read("public/" + path) ?? "").utf8) }
        #expect(LinkChecker().check(written, displayFolder: "public").isEmpty)
        for (path, bytes) in written where path.hasSuffix(".html") {
            let ids = LinkChecker.attributeValues(named: "id", in: bytes).map(\.value)
            #expect(Set(ids).count == ids.count, "\(path) repeats an id")
        }
        let json = try #require(folder.read("public/dossier.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["generator", "site", "articles", "people", "meetings", "timeline"]))
        let articles = try #require(object["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        for article in articles {
            #expect(Set(article.keys).isSuperset(of: ["id", "url", "source", "title", "date", "date_basis", "lang", "authors",
                                                      "outlet", "people", "meetings", "events"]))
        }
    }

    @Test func theSameInputsGiveByteIdenticalOutput() throws {
        let folder = try TemporaryFolder()
        _ = try build(into: folder.url.appendingPathComponent("one"))
        _ = try build(into: folder.url.appendingPathComponent("two"))
        let one = folder.files(under: "one"), two = folder.files(under: "two")
        #expect(one == two)
        for path in one {
            #expect(folder.read("one/" + path) == folder.read("two/" + path), "\(path) differs between builds")
        }
    }

    @Test func aFailedBuildLeavesThePreviousOutputUntouched() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("public")
        _ = try build(into: output)
        let before = folder.files(under: "public")
        try folder.write("templates/index.mustache", "{{#articles}}{{titel}}{{/articles}}")
        for name in ["article", "timeline", "people", "person", "meetings", "meeting", "404"] {
            try folder.write("templates/\(name).mustache", "x")
        }
        do {
            _ = try build(templates: folder.url.appendingPathComponent("templates"), into: output)
            Issue.record("the build should fail")
        } catch let error as DiagnosticError {
            #expect(error.diagnostics.contains { diagnostic in
                diagnostic.description.hasSuffix(
                    "templates/index.mustache:1: error: template uses 'titel', which this page does not provide; fix the name or remove the tag")
            })
        }
        #expect(folder.files(under: "public") == before)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".public.staging-\(ProcessInfo.processInfo.processIdentifier)").path))
    }
}
