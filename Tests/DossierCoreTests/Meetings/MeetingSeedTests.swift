import Foundation
import Testing
@testable import DossierCore

/// The seed clips built as one dossier: who took part in their meetings, as a reader of all five knows.
@Suite struct MeetingSeedTests {
    static let dossier: Dossier = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name -> SourceFile? in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return SourceFile(path: "seeds/\(name)", text: text)
        }
        var timings = StageTimings()
        return DossierBuilder(settings: DossierSettings()).build(files, timings: &timings).dossier
    }()

    static func summit(on iso: String) -> Meeting? {
        dossier.meetings.first { $0.date?.iso == iso && [.summit, .videoConference].contains($0.kind) }
    }

    @Test func theParisSummitOfSixJanuaryHasItsLeaders() throws {
        let summit = try #require(Self.summit(on: "2026-01-06"))
        let people = QAClipTests.surnames(summit.participants, in: Self.dossier)
        for name in ["Macron", "Zelensky", "Meloni", "Carney", "Starmer", "Merz"] { #expect(people.contains(name), "\(name)") }
        #expect(summit.place == "Paris")
    }

    @Test func trumpDidNotTakePartInTheFourSeptemberSummit() throws {
        let summit = try #require(Self.summit(on: "2025-09-04"))
        #expect(!QAClipTests.surnames(summit.participants, in: Self.dossier).contains("Trump"))
    }

    @Test func zelenskyTookPartInTheTwentyFifthOfNovemberVideoConference() throws {
        let video = try #require(Self.summit(on: "2025-11-25"))
        #expect(QAClipTests.surnames(video.participants, in: Self.dossier).contains("Zelensky"))
    }

    @Test func anAnnouncedMeetingIsPlanned() throws {
        let larcher = try #require(Self.dossier.meetings.first { $0.date?.iso == "2026-01-08" })
        #expect(larcher.status == .planned)
    }
}
