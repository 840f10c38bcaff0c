import Foundation
import Testing
@testable import DossierCore

/// `dossier normalize` shows what the build decides, or says that the dossier decides it.
@Suite struct ClipPreviewTests {
    static func seed(_ prefix: String) throws -> SourceFile {
        let url = try #require(NormalizeFixtures.textFiles(in: NormalizeFixtures.seeds).first { $0.lastPathComponent.hasPrefix(prefix) })
        return NormalizeFixtures.source(url, folder: "seeds")
    }

    @Test func aClipDatedThroughItsDossierShowsTheBuildsDateAndHowItWasFound() throws {
        let clip = try Self.seed("003_")
        let others = try NormalizeFixtures.textFiles(in: NormalizeFixtures.seeds).map { NormalizeFixtures.source($0, folder: "seeds") }
        let (markdown, _) = ClipPreview(settings: DossierSettings()).markdown(for: clip) { others }
        #expect(markdown.contains("\ndate: 2026-01-06\n"))
        #expect(markdown.contains("\ndate_basis: meeting  # inferred: the date of the meeting the clip reports"))
    }

    @Test func aClipAloneSaysTheDossierDecidesItsDate() throws {
        let (markdown, _) = ClipPreview(settings: DossierSettings()).markdown(for: try Self.seed("003_")) { [] }
        #expect(markdown.contains("\ndate: null  # decided by the dossier: this clip gives no date"))
        // The comment leaves the front matter readable: the Markdown reads back to the same article.
        let read = ClipNormalizer().normalize(SourceFile(path: "003.md", text: markdown, isMarkdown: true))
        #expect(read.article.date == nil)
        #expect(read.diagnostics.isEmpty)
    }

    @Test func aStampedDateHasNoComment() throws {
        let (markdown, _) = ClipPreview(settings: DossierSettings()).markdown(for: try Self.seed("002_")) { [] }
        #expect(markdown.contains("\ndate: 2025-09-04\ndate_basis: header\n"))
    }

    @Test func correctionsOfTheDossierApply() throws {
        var settings = DossierSettings()
        settings.corrections.clips["002_46c0d45d742b5856.txt"] = .init(url: "https://www.reuters.com/x")
        let (markdown, _) = ClipPreview(settings: settings).markdown(for: try Self.seed("002_")) { [] }
        #expect(markdown.contains("\nurl: \"https://www.reuters.com/x\"\n"))
    }
}
