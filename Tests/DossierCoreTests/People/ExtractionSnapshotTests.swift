import Foundation
import Testing
@testable import DossierCore

/// Writes everything the people and meeting stages find — sentences, mentions, quotes, meetings,
/// linked people and meetings — over the fixtures, the seeds and an optional corpus folder, so
/// that a change meant to make them faster can be shown to change nothing:
/// `DOSSIER_SNAPSHOT=/tmp/snap-a DOSSIER_CORPUS=/path/to/clips swift test -c release -Xswiftc -enable-testing --filter ExtractionSnapshotTests`,
/// then the same into `/tmp/snap-b` after the change, and `diff -r /tmp/snap-a /tmp/snap-b`.
@Suite struct ExtractionSnapshotTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DOSSIER_SNAPSHOT"] != nil))
    func snapshot() throws {
        let env = ProcessInfo.processInfo.environment
        let folder = URL(fileURLWithPath: env["DOSSIER_SNAPSHOT"] ?? "")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        let people = PeopleFixtures.all().map(\.article)
        let meetingFixtures = MeetingFixture.all()
        try write(Self.extraction(people), to: folder.appendingPathComponent("people-fixtures.txt"))
        try write(Self.meetingFixtures(meetingFixtures), to: folder.appendingPathComponent("meeting-fixtures.txt"))
        try write(Self.linking(people), to: folder.appendingPathComponent("people-fixtures-linked.txt"))

        guard let corpus = env["DOSSIER_CORPUS"] else { return }
        let limit = Int(env["DOSSIER_CORPUS_LIMIT"] ?? "") ?? Int.max
        let (files, _) = try SourceLoader().load(folder: URL(fileURLWithPath: corpus), displayFolder: "corpus")
        let articles = files.prefix(limit).map { ClipNormalizer().normalize($0).article }
        try write(Self.extraction(articles), to: folder.appendingPathComponent("corpus.txt"))
        try write(Self.linking(articles), to: folder.appendingPathComponent("corpus-linked.txt"))
    }

    private func write(_ lines: [String], to url: URL) throws {
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Dates at every weekday or month name, so the meeting rules that use dates run too.
    static func syntheticEvents(_ article: Article) -> [DatedEvent] {
        let words: Set<String> = ["mardi", "jeudi", "janvier", "decembre", "tuesday", "monday", "january", "december", "hier", "yesterday"]
        var events: [DatedEvent] = []
        for (b, block) in article.blocks.enumerated() {
            for sentence in SentenceSplitter.sentences(in: block.plainText) {
                for (n, word) in sentence.split(separator: " ").enumerated() where words.contains(TextFolding.fold(word)) {
                    let date = n % 3 == 0 ? PartialDate(year: 2026, month: 1, day: 6) : n % 3 == 1
                        ? PartialDate(year: 2025, month: 12, day: nil, approx: .late) : PartialDate(year: 2025, month: 11, day: 25)
                    events.append(DatedEvent(date: date, expression: String(word), sentence: sentence, blockIndex: b))
                }
            }
        }
        return events
    }

    static func extraction(_ articles: [Article]) -> [String] {
        articles.parallelMap { article -> [String] in
            var out = ["## \(article.source)"]
            for block in article.blocks {
                for s in SentenceSplitter.sentences(in: block.plainText) { out.append("S \(s)") }
                for r in SentenceSplitter.sentenceRanges(in: block.plainText) {
                    out.append("R \(block.plainText.utf8.distance(from: block.plainText.startIndex, to: r.lowerBound)) "
                        + "\(block.plainText.utf8.distance(from: block.plainText.startIndex, to: r.upperBound))")
                }
            }
            let (people, quotes) = PersonExtractor().extract(from: article)
            for p in people { out.append("P \(p.name) | \(p.role ?? "-") | \(p.blockIndex) | \(p.sentence)") }
            for q in quotes { out.append("Q \(q.speaker) | \(q.blockIndex) | \(q.text)") }
            let events = syntheticEvents(article)
            for lang in ["fr", "en", "de"] {
                var a = article
                a.lang = lang
                if lang == "en" { a.date = SimpleDate(year: 2026, month: 1, day: 6) }
                for events in [[], events] {
                    for m in MeetingExtractor().extract(from: a, events: events, people: people) {
                        out.append("M \(lang) \(events.count) \(m)")
                    }
                }
            }
            return out
        }.flatMap { $0 }
    }

    static func meetingFixtures(_ fixtures: [MeetingFixture]) -> [String] {
        var out: [String] = []
        for f in fixtures {
            out.append("## \(f.name)")
            for m in MeetingExtractor().extract(from: f.article, events: f.events, people: f.people) { out.append("M \(m)") }
        }
        let articles = fixtures.map { f in
            DossierArticle(id: f.name, article: f.article, mentions: ArticleMentions(
                people: f.people, events: f.events,
                meetings: MeetingExtractor().extract(from: f.article, events: f.events, people: f.people)))
        }
        let (meetings, articleMeetings) = MeetingLinker().link(articles, personIDs: fixtures.map(\.personIDs))
        for m in meetings { out.append("L \(m)") }
        for a in articleMeetings { out.append("A \(a)") }
        for f in fixtures {
            out.append("D \(f.name) \(MeetingDater().date(for: f.article, people: f.people, personIDs: f.personIDs, meetings: meetings).map { "\($0)" } ?? "-")")
        }
        return out
    }

    /// The whole link stage over the articles, as the build runs it.
    static func linking(_ articles: [Article]) -> [String] {
        let dossierArticles = articles.enumerated().map { i, article in
            let (people, quotes) = PersonExtractor().extract(from: article)
            return DossierArticle(id: "a\(i)", article: article, mentions: DossierBuilder.datedMentions(of: article, people: people, quotes: quotes))
        }
        let (people, articlePeople) = PersonLinker().link(dossierArticles)
        var out = people.map { "P \($0)" } + articlePeople.map { "A \($0)" }
        var withPeople = dossierArticles
        for i in withPeople.indices { withPeople[i].people = articlePeople[i] }
        let personIDs = DossierBuilder.personIDsBySurface(withPeople, people: people)
        // Meetings with synthetic dates, and with every clip dated, so clustering has work to do.
        let dated = withPeople.map { entry in
            var e = entry
            e.article.date = SimpleDate(year: 2026, month: 1, day: 6)
            e.mentions.meetings = MeetingExtractor().extract(from: e.article, events: syntheticEvents(e.article), people: e.mentions.people)
            return e
        }
        let (meetings, articleMeetings) = MeetingLinker().link(dated, personIDs: personIDs)
        out += meetings.map { "M \($0)" } + articleMeetings.map { "AM \($0)" }
        for (i, entry) in withPeople.enumerated().prefix(500) {
            let day = MeetingDater().date(for: entry.article, people: entry.mentions.people, personIDs: personIDs[i], meetings: meetings)
            out.append("D \(i) \(day.map { "\($0)" } ?? "-")")
        }
        let dossier = DossierBuilder(settings: DossierSettings()).link(dossierArticles)
        out += dossier.meetings.map { "DM \($0)" } + dossier.articles.map { "DA \($0.id) \($0.people) \($0.meetings) \($0.article.date.map { "\($0)" } ?? "-")" }
        return out
    }
}
