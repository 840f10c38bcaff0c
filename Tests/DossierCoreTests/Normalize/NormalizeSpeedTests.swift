import Foundation
import Testing
@testable import DossierCore

/// How long normalizing a large corpus takes; run with `DOSSIER_SPEED=1 swift test -c release --filter NormalizeSpeedTests`.
@Suite struct NormalizeSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_SPEED"] == "1"))
    func tenThousandClips() {
        let clips = NormalizeFixtures.allClips().map(\.source)
        let corpus = (0..<(Int(ProcessInfo.processInfo.environment["DOSSIER_SPEED_COUNT"] ?? "") ?? 10_000)).map { clips[$0 % clips.count] }
        let start = Date()
        let articles = corpus.parallelMap { ClipNormalizer().normalize($0).article }
        let seconds = Date().timeIntervalSince(start)
        print("normalized \(articles.count) clips in \(String(format: "%.2f", seconds)) s")
        #expect(articles.count == corpus.count)
    }
}
