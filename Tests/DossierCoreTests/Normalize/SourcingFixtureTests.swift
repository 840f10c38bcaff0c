import Foundation
import Testing
@testable import DossierCore

/// Clips of the genre, French and English, with the outlet, agency, bylines and original address
/// a careful reader finds in them (`Fixtures/sourcing/expectations.json`).
struct SourcingFixtureTests {
    struct Expectation: Decodable, Sendable {
        var outlet: String?
        var wire: String?
        var authors: [String]
        var contributors: [String]?
        var url: String?
    }

    static let folder = NormalizeFixtures.testsRoot.appendingPathComponent("Fixtures/sourcing")

    static let expectations: [String: Expectation] = {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("expectations.json").path),
              let decoded = try? JSONDecoder().decode([String: Expectation].self, from: data) else { return [:] }
        return decoded
    }()

    static let names: [String] = NormalizeFixtures.textFiles(in: folder).map(\.lastPathComponent)

    @Test func everyClipHasExpectations() {
        #expect(Self.names.count >= 18)
        #expect(Set(Self.names) == Set(Self.expectations.keys))
    }

    @Test(arguments: names)
    func sourcing(of name: String) throws {
        let expected = try #require(Self.expectations[name])
        let source = NormalizeFixtures.source(Self.folder.appendingPathComponent(name), folder: "sourcing")
        let article = ClipNormalizer().normalize(source).article
        #expect(article.outlet == expected.outlet, "outlet of \(name)")
        #expect(article.wire == expected.wire, "wire of \(name)")
        #expect(article.authors == expected.authors, "authors of \(name)")
        if let contributors = expected.contributors { #expect(article.contributors == contributors, "contributors of \(name)") }
        #expect(article.url == expected.url, "url of \(name)")
        #expect(article.source == name)
        // Lines about the origin leave the body: no URL, no desk code, no "Source :" line.
        let body = article.blocks.map(\.text).joined(separator: "\n")
        #expect(!body.contains("http"), "a URL stays in the body of \(name)")
        #expect(!body.contains("pop/cb/bds"), "the desk code stays in the body of \(name)")
        #expect(!body.contains("Source :") && !body.contains("Source:"), "a source line stays in the body of \(name)")
    }
}
