import Foundation
import Testing
@testable import DossierCore

/// The normalized Markdown of the seeds and of the genre clips, compared with reviewed goldens.
/// Run with `DOSSIER_RECORD=1` to record them again (then read every changed golden).
@Suite struct NormalizeGoldenTests {
    static let record = ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1"

    @Test func everyClipMatchesItsGolden() throws {
        let clips = NormalizeFixtures.allClips()
        #expect(clips.count >= 13)
        for (source, golden) in clips {
            let markdown = ArticleMarkdown.render(ClipNormalizer().normalize(source).article)
            if Self.record {
                try markdown.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            let expected = (try? String(contentsOf: golden, encoding: .utf8)) ?? ""
            #expect(markdown == expected, "\(source.path) differs from its golden:\n\(NormalizeFixtures.diff(expected: expected, actual: markdown))")
        }
    }

    @Test func normalizingNormalizedMarkdownChangesNothing() {
        for (source, _) in NormalizeFixtures.allClips() {
            let once = ArticleMarkdown.render(ClipNormalizer().normalize(source).article)
            let md = SourceFile(path: source.path.replacingOccurrences(of: ".txt", with: ".md"), text: once, isMarkdown: true)
            let (article, diagnostics) = ClipNormalizer().normalize(md)
            let twice = ArticleMarkdown.render(article)
            #expect(twice == once, "\(source.path) is not stable:\n\(NormalizeFixtures.diff(expected: once, actual: twice))")
            #expect(diagnostics.isEmpty, "\(source.path): \(diagnostics)")
        }
    }
}
