import Testing
@testable import DossierCore

/// Meeting precision and recall over the fixture clips, clip by clip, and over the seed clips
/// together (clustering across clips, dating an undated clip from its meeting).
@Suite struct MeetingCorpusTests {
    static func meetings(of fixtures: [MeetingFixture], redate: Bool) -> [Meeting] {
        var fixtures = fixtures
        func run() -> [Meeting] {
            let articles = fixtures.map { f in
                DossierArticle(id: f.name, article: f.article, mentions: ArticleMentions(
                    people: f.people, events: f.events,
                    meetings: MeetingExtractor().extract(from: f.article, events: f.events, people: f.people)))
            }
            return MeetingLinker().link(articles, personIDs: fixtures.map(\.personIDs)).meetings
        }
        let first = run()
        guard redate else { return first }
        for i in fixtures.indices {
            let f = fixtures[i]
            if let dated = MeetingDater().redated(f.article, people: f.people, personIDs: f.personIDs, meetings: first) {
                fixtures[i].article = dated
                fixtures[i].events += f.eventsOnceDated
            }
        }
        return run()
    }

    @Test func ownClipsClipByClip() {
        var score = MeetingScore()
        for fixture in MeetingFixture.all(prefix: "clip-") {
            score.add(Self.meetings(of: [fixture], redate: false), expected: fixture.expected, label: fixture.name)
        }
        print("[meetings] own clips: \(score)")
        for miss in score.misses { print("[meetings]   \(miss)") }
        #expect(score.expected >= 20)
        #expect(score.precision >= 0.9)
        #expect(score.recall >= 0.9)
    }

    @Test func seedsAsOneDossier() {
        let seeds = MeetingFixture.all(prefix: "seed-")
        let expected = seeds.flatMap(\.expected).reduce(into: [MeetingFixture.Expected]()) { list, e in
            if !list.contains(e) { list.append(e) }
        }
        var score = MeetingScore()
        let meetings = Self.meetings(of: seeds, redate: true)
        for m in meetings { print("[meetings]   \(m.id) | \(m.title) | \(m.participants) | \(m.articles)") }
        score.add(meetings, expected: expected, label: "seeds")
        print("[meetings] seeds: \(score)")
        for miss in score.misses { print("[meetings]   \(miss)") }
        #expect(score.precision >= 0.9)
        #expect(score.recall >= 0.9)
    }
}
