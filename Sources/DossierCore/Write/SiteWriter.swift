import Foundation

/// Writes the site into a staging folder beside the output and swaps it in only when every
/// file is written, so a failed or interrupted build leaves the previous output untouched.
public struct SiteWriter: Sendable {
    public init() {}

    /// Writes bytes with plain POSIX calls: no temporary file and no fsync per file, since
    /// the whole folder is swapped in at once when every file is written.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                Foundation.write(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written <= 0 { return false }
            offset += written
        }
        return true
    }

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
        let stagingPath = staging.path
        let failures: [String] = files.parallelMap { file in
            Self.writeFile(stagingPath + "/" + file.path, file.bytes) ? "" : file.path
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
