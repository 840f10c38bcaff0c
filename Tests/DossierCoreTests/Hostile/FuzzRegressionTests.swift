import DossierFuzzTargets
import Foundation
import Testing

/// Every input that once crashed a fuzz target or took longer than its time limit
/// (`scripts/fuzz.sh`), kept under `Fixtures/fuzz-regressions/TARGET/` and run again.
@Suite(.timeLimit(.minutes(10))) struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-regressions")

    static let inputs: [String] = FuzzTarget.allCases.flatMap { target in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target.rawValue).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target.rawValue)/\($0)" }
    }

    @Test func theFailedInputsAreFound() {
        #expect(!Self.inputs.isEmpty, "no inputs found under \(Self.folder.path)")
    }

    @Test(arguments: inputs) func aFailedInputRunsToItsEnd(_ input: String) throws {
        let target = try #require(FuzzTarget(rawValue: String(input.prefix { $0 != "/" })))
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(input))
        target.run([UInt8](data))
    }
}
