import Foundation
@testable import DossierCore

/// A clip kept as a test fixture, with the dates and names the other extractors would find in it
/// and the meetings a reader finds in it.
///
/// Format: header lines `key: value`, a line `---`, then the body, one paragraph per line.
///     lang: fr                       date: 2026-01-06           title: …
///     source: seeds/004_x.txt        (body read from that file instead; `drop: 1` skips its first lines)
///     event: ce mardi 25 novembre = 2025-11-25      (also `2025-12 late`, `2025`)
///     people: Emmanuel Macron | Macron | Marco Rubio
///     meeting: 2025-11-25 | videoConference | visioconférence | Macron, Rubio
struct MeetingFixture {
    struct Expected: Equatable, CustomStringConvertible {
        var date: PartialDate?
        var kind: MeetingMention.Kind
        var place: String?
        var participants: Set<String>

        var description: String { "\(date?.description ?? "-") \(kind) \(place ?? "-") \(participants.sorted())" }
    }

    var name: String
    var article: Article
    var events: [DatedEvent]
    var people: [PersonMention]
    var expected: [Expected]
    /// Dates the clip's text gives only once the clip itself is dated ("ce mardi").
    var eventsOnceDated: [DatedEvent] = []

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/meetings")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func all(prefix: String = "") -> [MeetingFixture] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".clip") && $0.hasPrefix(prefix) }.sorted().compactMap(load)
    }

    static func load(_ name: String) -> MeetingFixture? {
        guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
              let split = text.range(of: "\n---\n") else { return nil }
        var article = Article(source: "fixtures/" + name)
        var eventSpecs: [(String, PartialDate)] = []
        var laterSpecs: [(String, PartialDate)] = []
        var names: [String] = []
        var expected: [Expected] = []
        var body = String(text[split.upperBound...])
        var drop = 0
        for line in text[..<split.lowerBound].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "lang": article.lang = value
            case "date": article.date = SimpleDate(iso: value)
            case "title": article.title = value
            case "drop": drop = Int(value) ?? 0
            case "source":
                body = (try? String(contentsOf: repository.appendingPathComponent(value), encoding: .utf8)) ?? ""
            case "event":
                let parts = value.components(separatedBy: " = ")
                if parts.count == 2, let date = partialDate(parts[1]) { eventSpecs.append((parts[0], date)) }
            case "event-once-dated":
                let parts = value.components(separatedBy: " = ")
                if parts.count == 2, let date = partialDate(parts[1]) { laterSpecs.append((parts[0], date)) }
            case "people": names += value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            case "meeting":
                let f = value.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                guard f.count == 4, let kind = kind(f[1]) else { continue }
                expected.append(Expected(date: partialDate(f[0]), kind: kind, place: f[2] == "-" ? nil : f[2],
                                         participants: Set(f[3].split(separator: ",").map { surname($0) })))
            default: continue
            }
        }
        let lines = body.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        article.blocks = lines.dropFirst(drop).enumerated().map { Block.paragraph($0.element, line: $0.offset + 1) }
        var events: [DatedEvent] = []
        var later: [DatedEvent] = []
        var people: [PersonMention] = []
        for (b, block) in article.blocks.enumerated() {
            for sentence in SentenceSplitter.sentences(in: block.text) {
                for (expression, date) in eventSpecs where sentence.contains(expression) {
                    events.append(DatedEvent(date: date, expression: expression, sentence: sentence, blockIndex: b))
                }
                for (expression, date) in laterSpecs where sentence.contains(expression) {
                    later.append(DatedEvent(date: date, expression: expression, sentence: sentence, blockIndex: b))
                }
                var taken: [Range<String.Index>] = []
                for name in names.sorted(by: { $0.count > $1.count }) {
                    var from = sentence.startIndex
                    while let r = sentence.range(of: name, range: from..<sentence.endIndex) {
                        from = r.upperBound
                        if taken.contains(where: { $0.overlaps(r) }) { continue }
                        taken.append(r)
                        people.append(PersonMention(name: name, blockIndex: b, sentence: sentence))
                    }
                }
            }
        }
        return MeetingFixture(name: name, article: article, events: events, people: people, expected: expected,
                              eventsOnceDated: later)
    }

    /// Person ids as a linker would give them: the surname, folded.
    var personIDs: [String: String] {
        Dictionary(people.map { ($0.name, surname($0.name)) }, uniquingKeysWith: { a, _ in a })
    }

    static func partialDate(_ text: String) -> PartialDate? {
        let parts = text.split(separator: " ")
        guard let first = parts.first, first != "-" else { return nil }
        let approx = parts.count > 1 ? DateApproximation(rawValue: String(parts[1])) : nil
        let n = first.split(separator: "-").compactMap { Int($0) }
        guard let year = n.first else { return nil }
        return PartialDate(year: year, month: n.count > 1 ? n[1] : nil, day: n.count > 2 ? n[2] : nil, approx: approx)
    }

    static func kind(_ text: String) -> MeetingMention.Kind? {
        let all: [MeetingMention.Kind] = [.summit, .meeting, .videoConference, .talks, .call, .lunch, .pressConference]
        return all.first { "\($0)" == text }
    }
}

/// The id a test gives a person: the last word of the name, folded.
func surname(_ name: some StringProtocol) -> String {
    TextFolding.fold(name.trimmingCharacters(in: .whitespaces).split(separator: " ").last.map(String.init) ?? "")
}
