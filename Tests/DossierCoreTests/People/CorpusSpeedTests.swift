import Foundation
import Testing
@testable import DossierCore

/// People and meeting extraction and linking times over a folder of raw clips, when `DOSSIER_CORPUS` names one:
/// `DOSSIER_CORPUS=/path/to/clips swift test -c release -Xswiftc -enable-testing --filter CorpusSpeedTests`.
@Suite struct CorpusSpeedTests {
    /// CPU seconds used by the process so far, all threads together.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_CORPUS"] != nil))
    func corpus() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["DOSSIER_CORPUS"] ?? "")
        let (files, _) = try SourceLoader().load(folder: folder, displayFolder: "corpus")
        let articles = files.parallelMap { ClipNormalizer().normalize($0).article }
        _ = PersonExtractor().extract(from: articles[0])
        let events = articles.parallelMap { ExtractionSnapshotTests.syntheticEvents($0) }
        var cpu: [Double] = []
        let t0 = Date()
        cpu.append(Self.cpuSeconds())
        let people = articles.parallelMap { PersonExtractor().extract(from: $0) }
        let t1 = Date()
        cpu.append(Self.cpuSeconds())
        let inputs = articles.indices.map { (articles[$0], events[$0], people[$0].people) }
        let t1b = Date()
        cpu.append(Self.cpuSeconds())
        let meetings = inputs.parallelMap { MeetingExtractor().extract(from: $0.0, events: $0.1, people: $0.2) }
        let t2 = Date()
        cpu.append(Self.cpuSeconds())
        let entries = articles.indices.map { i in
            DossierArticle(id: "a\(i)", article: articles[i], mentions: ArticleMentions(
                people: people[i].people, quotes: people[i].quotes, meetings: meetings[i]))
        }
        let t3 = Date()
        let (persons, _) = PersonLinker().link(entries)
        let t4 = Date()
        let ids = entries.map { entry in Dictionary(entry.mentions.people.map { ($0.name, TextFolding.slug($0.name)) }, uniquingKeysWith: { a, _ in a }) }
        let t5 = Date()
        let linked = MeetingLinker().link(entries, personIDs: ids)
        let t6 = Date()
        print("corpus speed: \(articles.count) clips, people extract \(t1.timeIntervalSince(t0)) s, meetings extract "
            + "\(t2.timeIntervalSince(t1b)) s (with synthetic dates), people link \(t4.timeIntervalSince(t3)) s, "
            + "meetings link \(t6.timeIntervalSince(t5)) s; \(persons.count) people, \(linked.meetings.count) meetings; "
            + "CPU time: people extract \(cpu[1] - cpu[0]) s, meetings extract \(cpu[3] - cpu[2]) s")
    }
}
