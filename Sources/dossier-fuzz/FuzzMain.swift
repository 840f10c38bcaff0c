import DossierFuzzTargets
import Foundation

// Built two ways (see scripts/fuzz.sh):
// - with `-sanitize=fuzzer -DLIBFUZZER`, a libFuzzer target; DOSSIER_FUZZ_TARGET names the
//   entry point, and DOSSIER_FUZZ_SLOWEST a file that receives the slowest input so far;
// - plainly, a replayer: `dossier-fuzz TARGET FILE...` runs each file, prints its time and
//   the slowest, and fails when one takes longer than `--limit SECONDS` (default 1).

/// Seconds on the monotonic clock.
private func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

#if LIBFUZZER
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("dossier-fuzz: error: DOSSIER_FUZZ_TARGET '\(name)' is not a target; use one of \(names)\n".utf8))
        exit(2)
    }
    return target
}()
private let slowestPath = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_SLOWEST"]
/// The slowest run so far, in seconds; libFuzzer calls the target on one thread only.
nonisolated(unsafe) private var slowest = 0.0

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let start = now()
    target.run(bytes)
    let elapsed = now() - start
    if elapsed > slowest {
        slowest = elapsed
        if let slowestPath {
            FileManager.default.createFile(atPath: slowestPath, contents: Data(bytes))
            try? Data(String(format: "%.4f s, %d bytes\n", elapsed, size).utf8).write(to: URL(fileURLWithPath: slowestPath + ".time"))
        }
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// SwiftPM names an executable's entry point after its module; libFuzzer brings its own
/// `main`, and this one, should the linker pick it, hands over to libFuzzer the same way.
@_cdecl("dossier_fuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOne)
}
#else
@main
struct Replayer {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var limit = 1.0
        if let i = arguments.firstIndex(of: "--limit"), i + 1 < arguments.count, let value = Double(arguments[i + 1]) {
            limit = value
            arguments.removeSubrange(i...(i + 1))
        }
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: dossier-fuzz TARGET [--limit SECONDS] FILE...   (TARGET: \(names))")
            exit(2)
        }
        var slowest: (file: String, seconds: Double)?
        var over = 0
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): error: cannot read this file; check the path")
                exit(1)
            }
            let start = now()
            target.run([UInt8](data))
            let elapsed = now() - start
            print(String(format: "%@: %.4f s, %d bytes", path, elapsed, data.count))
            if elapsed > limit {
                print("\(path): error: took \(String(format: "%.2f", elapsed)) s, more than the \(limit) s a fuzz input may take; find the slow step with perf and make it linear")
                over += 1
            }
            if elapsed > (slowest?.seconds ?? -1) { slowest = (path, elapsed) }
        }
        if let slowest { print(String(format: "slowest: %@, %.4f s", slowest.file, slowest.seconds)) }
        exit(over == 0 ? 0 : 1)
    }
}
#endif
