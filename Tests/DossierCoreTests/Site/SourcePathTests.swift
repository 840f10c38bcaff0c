import Foundation
import Testing
@testable import DossierCore

/// A site never publishes a path of the machine that built it.
@Suite struct SourcePathTests {
    @Test func anAbsoluteSourceFolderIsNotPublished() throws {
        let folder = try TemporaryFolder()
        let clip = "Les alliés réunis à Paris\n\nLe Monde avec AFP\nPublié le 6 janvier 2026 à 11h02\n\nUne trentaine de dirigeants se retrouvent mardi à l'Elysée pour préciser leur soutien à l'Ukraine.\n"
        try folder.write("clips/010_paris.txt", clip)
        try folder.write("clips/dossier.yml", "title: Test\nclips:\n  010_paris.txt:\n    url: https://www.lemonde.fr/international/article/2026/01/06/x.html\n")
        let source = folder.url.appendingPathComponent("clips")
        let output = folder.url.appendingPathComponent("public")
        _ = try SiteBuilder(options: .init(source: source, output: output, templates: repositoryRoot.appendingPathComponent("Templates"),
                                           generator: "dossier test")).build()
        let json = try #require(folder.read("public/dossier.json"))
        #expect(json.contains("\"source\" : \"010_paris.txt\""))
        #expect(json.contains("\"outlet\" : \"Le Monde\""))
        #expect(json.contains("\"wire\" : \"AFP\""))
        #expect(json.contains("\"original_url\" : \"https://www.lemonde.fr/international/article/2026/01/06/x.html\""))
        for file in folder.files(under: "public") {
            let text = folder.read("public/" + file) ?? ""
            #expect(!text.contains(folder.url.path), "\(file) publishes the builder's path")
            #expect(!text.contains("clips/010_paris.txt"), "\(file) publishes the source folder")
        }
        let page = try #require(folder.files(under: "public").first { $0.hasPrefix("articles/") && $0.hasSuffix("index.html") })
        let html = folder.read("public/" + page) ?? ""
        #expect(html.contains("Le Monde, avec AFP"))
        #expect(html.contains("href=\"https://www.lemonde.fr/international/article/2026/01/06/x.html\""))
    }
}
