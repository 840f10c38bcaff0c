import Dispatch

/// Wall-clock time spent in each stage, for `dossier build --timings` and the benchmark.
public struct StageTimings: Sendable {
    public private(set) var entries: [(stage: String, seconds: Double)] = []

    /// Told each stage's name as it starts, e.g. to show progress on a terminal.
    public var onStart: (@Sendable (String) -> Void)?

    public init(onStart: (@Sendable (String) -> Void)? = nil) { self.onStart = onStart }

    /// Runs `body` and records how long it took under `stage`.
    public mutating func measure<T, E: Error>(_ stage: String, _ body: () throws(E) -> T) throws(E) -> T {
        onStart?(stage)
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body()
        entries.append((stage, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }

    public var total: Double { entries.reduce(0) { $0 + $1.seconds } }
}
