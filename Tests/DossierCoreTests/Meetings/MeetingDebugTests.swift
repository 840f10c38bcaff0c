import Testing
@testable import DossierCore

@Suite struct MeetingDebugTests {
    @Test func printMentions() {
        for f in MeetingFixture.all() {
            print("[dbg] == \(f.name)")
            for m in MeetingExtractor().extract(from: f.article, events: f.events + f.eventsOnceDated, people: f.people) {
                print("[dbg] \(m.kind) '\(m.cue)' \(m.date?.description ?? "-") @\(m.place ?? "-") forum:\(m.forum ?? "-") \(m.participants) b\(m.blockIndex): \(m.sentence.prefix(90))")
            }
        }
    }
}
