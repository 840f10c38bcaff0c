import Testing
@testable import DossierCore

@Suite struct DateDumpTests {
    @Test func dump() {
        for f in DateFixture.seeds() + DateFixture.own() {
            print("== \(f.name) pub=\(f.datedArticle.date?.iso ?? "nil")")
            for e in f.found() { print("\(e.date)\t\(e.approx ?? "")\t\(e.expression)") }
        }
    }
}
