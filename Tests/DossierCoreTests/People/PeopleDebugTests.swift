import Testing
@testable import DossierCore

@Suite struct PeopleDebugTests {
    @Test func printMentions() {
        for fixture in PeopleFixtures.all() {
            let (people, quotes) = PersonExtractor().extract(from: fixture.article)
            print("=== \(fixture.name)")
            for p in people { print("  [\(p.blockIndex)] \(p.name)" + (p.role.map { "  (\($0))" } ?? "")) }
            for q in quotes { print("  Q \(q.speaker): \(q.text.prefix(60))") }
        }
    }
}
