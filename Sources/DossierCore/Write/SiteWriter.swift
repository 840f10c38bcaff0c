import Foundation

/// Writes the site into a staging folder beside the output and swaps it in only when every
/// file is written, so a failed or interrupted build leaves the previous output untouched.
public struct SiteWriter: Sendable {
    public init() {}

    public func write(_ files: [(path: String, bytes: [UInt8])], to output: URL, displayFolder: String) throws(DiagnosticError) {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        let previous = parent.appendingPathComponent(".\(name).previous-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }.sorted()
            for folder in folders {
                try fm.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
        } catch {
            throw DiagnosticError(.error("cannot create the staging folder '\(staging.path)': \(error.localizedDescription); check that the folder of '\(displayFolder)' is writable",
                                         file: displayFolder))
        }
        let failures: [String] = files.parallelMap { file in
            let url = staging.appendingPathComponent(file.path)
            let ok = file.bytes.withUnsafeBufferPointer { buffer in
                fm.createFile(atPath: url.path, contents: Data(buffer: buffer))
            }
            return ok ? "" : file.path
        }.filter { !$0.isEmpty }
        if let failed = failures.first {
            try? fm.removeItem(at: staging)
            throw DiagnosticError(.error("cannot write '\(failed)' into the staging folder; check free disk space and permissions", file: displayFolder))
        }
        do {
            if fm.fileExists(atPath: output.path) {
                try fm.moveItem(at: output, to: previous)
            }
            try fm.moveItem(at: staging, to: output)
            try? fm.removeItem(at: previous)
        } catch {
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: previous.path) {
                try? fm.moveItem(at: previous, to: output)
            }
            try? fm.removeItem(at: staging)
            throw DiagnosticError(.error("cannot replace the output folder: \(error.localizedDescription); the previous site is kept",
                                         file: displayFolder))
        }
    }
}
