import Foundation
import Testing
@testable import DossierCore

/// Extraction and linking time over 10,000 clips (the fixtures repeated), when `DOSSIER_SPEED=1`:
/// `DOSSIER_SPEED=1 swift test -c release -Xswiftc -enable-testing --filter MeetingSpeedTests`.
@Suite struct MeetingSpeedTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_SPEED"] != nil))
    func tenThousandClips() {
        let fixtures = MeetingFixture.all()
        var list: [MeetingFixture] = []
        while list.count < 10_000 { list += fixtures }
        let start = Date()
        let mentions = list.parallelMap { f in MeetingExtractor().extract(from: f.article, events: f.events, people: f.people) }
        let extracted = Date()
        let articles = zip(list, mentions).enumerated().map { i, pair in
            DossierArticle(id: "a\(i)", article: pair.0.article, mentions: ArticleMentions(meetings: pair.1))
        }
        let linked = MeetingLinker().link(articles, personIDs: list.map(\.personIDs))
        let end = Date()
        print("[meetings] speed: \(list.count) clips, extract \(extracted.timeIntervalSince(start))s, "
            + "link \(end.timeIntervalSince(extracted))s, \(linked.meetings.count) meetings")
    }
}
