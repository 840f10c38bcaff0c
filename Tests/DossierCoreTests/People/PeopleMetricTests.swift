import Testing
@testable import DossierCore

/// Person-name precision and recall over the seeds and the clips of `Fixtures/people/`,
/// person-level per clip after merging across the whole set.
@Suite struct PeopleMetricTests {
    /// The figures reached; they must not drop.
    static let minimumPrecision = 0.97
    static let minimumRecall = 0.97

    @Test func precisionAndRecallStayHigh() {
        let fixtures = PeopleFixtures.all()
        #expect(fixtures.count >= 20)
        let extractor = PersonExtractor()
        let articles = fixtures.enumerated().map { i, f in
            let (people, quotes) = extractor.extract(from: f.article)
            return DossierArticle(id: "clip-\(i)", article: f.article, mentions: ArticleMentions(people: people, quotes: quotes))
        }
        let (people, articlePeople) = PersonLinker().link(articles)
        let byID = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        var found = 0, expected = 0, correct = 0
        for (fixture, ids) in zip(fixtures, articlePeople) {
            let got = ids.compactMap { byID[$0] }
            let gotForms = got.map { Set(([$0.name] + $0.aliases).map { TextFolding.fold($0) }) }
            var matched = Set<Int>()
            for group in fixture.people {
                let forms = Set(group.map { TextFolding.fold($0) })
                if let g = gotForms.indices.first(where: { !matched.contains($0) && !gotForms[$0].isDisjoint(with: forms) }) {
                    matched.insert(g)
                } else {
                    print("  missed in \(fixture.name): \(group[0])")
                }
            }
            for (g, person) in got.enumerated() where !matched.contains(g) {
                print("  spurious in \(fixture.name): \(person.name)")
            }
            found += got.count
            expected += fixture.people.count
            correct += matched.count
        }
        let precision = found == 0 ? 0 : Double(correct) / Double(found)
        let recall = expected == 0 ? 0 : Double(correct) / Double(expected)
        print("people: precision \(precision) recall \(recall) (\(correct) of \(found) found, \(expected) expected, \(fixtures.count) clips)")
        #expect(precision >= Self.minimumPrecision)
        #expect(recall >= Self.minimumRecall)
    }
}
