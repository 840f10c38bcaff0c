import Foundation
import Testing
@testable import DossierCore

/// Clips of the genre never tuned on (French and English, wire, live blogs, accent-stripped,
/// machine-translated), built through the whole pipeline and checked against what a careful reader
/// expects. `Fixtures/qa/expectations.json` holds the full expectations; this checks those reached.
@Suite struct QAClipTests {
    /// What the dossier should hold for one clip; people and participants by surname as written somewhere.
    struct Expected: Sendable {
        var date: String
        var people: [String]
        var notPeople: [String] = []
        /// Meetings as (ISO date, place or nil when not checked, participant surnames).
        var meetings: [(date: String, place: String?, participants: [String])]
        var events: [String]
    }

    static let expected: [String: Expected] = [
        "fr_afp_geneve.txt": Expected(
            date: "2025-11-23", people: ["Rubio", "Oumerov", "Yermak", "Zelensky", "Peskov", "Merz"],
            meetings: [("2025-11-23", "Genève", []), ("2025-11-25", nil, [])],
            events: ["2025-11-23", "2025-11-21", "2025-11-25"]),
        "fr_direct_paris.txt": Expected(
            date: "2026-01-06",
            people: ["Macron", "Starmer", "Zelensky", "Meloni", "Merz", "Witkoff", "Kushner", "Peskov", "Rutte"],
            meetings: [("2026-01-06", "Paris", []), ("2026-01-05", nil, ["Rutte", "Macron"])],
            events: ["2026-01-05"]),
        "fr_sans_accents_berlin.txt": Expected(
            date: "2025-12-15", people: ["Merz", "Zelensky", "Witkoff", "Kushner", "Macron", "Starmer", "Sybiha", "Kallas"],
            meetings: [("2025-12-15", "Berlin", ["Merz", "Zelensky", "Witkoff", "Kushner"]), ("2025-12-14", nil, ["Zelensky", "Witkoff"])],
            events: ["2025-12-15", "2025-12-14"]),
        "en_reuters_miami.txt": Expected(
            date: "2025-12-19", people: ["Umerov", "Witkoff", "Kushner", "Zelensky", "Dmitriev", "Rubio", "Peskov"],
            notPeople: ["Balmforth", "Heinrich"],
            meetings: [("2025-12-20", "Miami", ["Umerov", "Witkoff", "Kushner"]), ("2025-12-14", "Berlin", [])],
            events: ["2025-12-20", "2025-12-19", "2025-12-18", "2025-12-14"]),
        "en_guardian_live.txt": Expected(
            date: "2025-11-25",
            people: ["Starmer", "Zelensky", "Macron", "Rubio", "Meloni", "Merz", "Trump", "Driscoll", "Budanov"],
            notPeople: ["Krupa"],
            meetings: [("2025-11-25", nil, ["Macron", "Rubio"]), ("2025-11-24", nil, ["Merz", "Trump"]),
                       ("2025-11-24", "Abou Dhabi", ["Driscoll"])],
            events: ["2025-11-24"]),
        "en_mt_moscow.txt": Expected(
            date: "2025-12-03", people: ["Witkoff", "Kushner", "Putin", "Ushakov", "Lavrov", "Rutte", "Zelensky", "Umerov"],
            meetings: [("2025-12-02", nil, ["Putin", "Witkoff", "Kushner", "Ushakov"]), ("2025-11-30", nil, [])],
            events: ["2025-12-02", "2025-12-03", "2025-11-30"]),
    ]

    static let dossier: Dossier = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/qa")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name -> SourceFile? in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return SourceFile(path: "qa/\(name)", text: text)
        }
        var timings = StageTimings()
        return DossierBuilder(settings: DossierSettings()).build(files, timings: &timings).dossier
    }()

    static func surnames(_ ids: [String], in dossier: Dossier) -> Set<String> {
        var words = Set<String>()
        for person in dossier.people where ids.contains(person.id) {
            for name in [person.name] + person.aliases { words.formUnion(name.split(separator: " ").map(String.init)) }
        }
        return words
    }

    @Test(arguments: expected.keys.sorted())
    func clipMeetsTheReadersExpectations(_ file: String) throws {
        let dossier = Self.dossier
        let expected = try #require(Self.expected[file])
        let article = try #require(dossier.articles.first { $0.article.source.hasSuffix(file) })
        #expect(article.article.date?.iso == expected.date)
        let people = Self.surnames(article.people, in: dossier)
        for surname in expected.people { #expect(people.contains(surname), "\(surname) missing") }
        for surname in expected.notPeople { #expect(!people.contains(surname), "\(surname) is not a newsmaker") }
        let meetings = dossier.meetings.filter { article.meetings.contains($0.id) }
        #expect(meetings.count == expected.meetings.count)
        for want in expected.meetings {
            let found = meetings.first { m in
                m.date?.iso == want.date && (want.place == nil || m.place == want.place)
                    && Set(want.participants).isSubset(of: Self.surnames(m.participants, in: dossier))
            }
            #expect(found != nil, "meeting \(want.date) \(want.place ?? "") \(want.participants)")
        }
        let eventDates = Set(article.mentions.events.map(\.date.iso))
        for date in expected.events { #expect(eventDates.contains(date), "event \(date) missing") }
    }

    @Test func speakerAndRelativesAreNotParticipants() throws {
        let dossier = Self.dossier
        let moscow = try #require(dossier.meetings.first { $0.date?.iso == "2025-12-02" })
        #expect(!Self.surnames(moscow.participants, in: dossier).contains("Trump"))
        let miami = try #require(dossier.meetings.first { $0.place == "Miami" })
        #expect(!Self.surnames(miami.participants, in: dossier).contains("Zelensky"))
    }
}
