import Testing
@testable import DossierCore

/// Event-date precision and recall over the own fixture clips and the seeds: an event
/// counts when its date, precision and approximation match an expected one (each used once).
@Suite struct DateMeasureTests {
    @Test func precisionAndRecallStayAtTheirLevel() {
        var truePositives = 0, found = 0, expected = 0
        for fixture in DateFixture.all() {
            var remaining = fixture.expected.map { "\($0.date) \($0.approx ?? "")" }
            let got = fixture.found()
            found += got.count
            expected += remaining.count
            for e in got {
                if let i = remaining.firstIndex(of: "\(e.date) \(e.approx ?? "")") {
                    remaining.remove(at: i)
                    truePositives += 1
                } else {
                    print("\(fixture.name): unexpected \(e.date) \(e.approx ?? "") «\(e.expression)»")
                }
            }
            for miss in remaining { print("\(fixture.name): missed \(miss)") }
        }
        let precision = Double(truePositives) / Double(max(found, 1))
        let recall = Double(truePositives) / Double(max(expected, 1))
        print("dates: \(DateFixture.all().count) clips, \(expected) expected, \(found) found, precision \(precision), recall \(recall)")
        #expect(DateFixture.all().count >= 20)
        #expect(precision >= 1.0)
        #expect(recall >= 0.98)
    }
}
