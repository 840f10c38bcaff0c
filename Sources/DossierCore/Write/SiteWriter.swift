import Foundation

/// Writes the site into a staging folder beside the output and swaps it in only when every
/// file is written and checked, so a failed or interrupted build leaves the previous output
/// untouched. Files stream in as they are rendered: the whole site is never held in memory.
public final class SiteWriter: Sendable {
    let output: URL
    let staging: URL
    let displayFolder: String

    /// Creates an empty staging folder beside `output`.
    public init(output: URL, displayFolder: String) throws(DiagnosticError) {
        self.output = output
        self.displayFolder = displayFolder
        staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error("cannot create the staging folder '\(staging.path)': \(error.localizedDescription); check that the folder of '\(displayFolder)' is writable",
                                         file: displayFolder))
        }
    }

    /// Creates the folders the files will go in.
    public func prepare(paths: [String]) throws(DiagnosticError) {
        let folders = Set(paths.map { ($0 as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }.sorted()
        for folder in folders {
            do {
                try FileManager.default.createDirectory(at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
            } catch {
                discard()
                throw DiagnosticError(.error("cannot create '\(folder)' in the staging folder: \(error.localizedDescription)", file: displayFolder))
            }
        }
    }

    /// Writes one file into the staging folder; false when the system refused it.
    public func write(_ path: String, _ bytes: [UInt8]) -> Bool {
        Self.writeFile(staging.path + "/" + path, bytes)
    }

    /// Replaces the output folder with the staging folder.
    public func commit() throws(DiagnosticError) {
        let fm = FileManager.default
        let previous = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if fm.fileExists(atPath: output.path) { try fm.moveItem(at: output, to: previous) }
            try fm.moveItem(at: staging, to: output)
            try? fm.removeItem(at: previous)
        } catch {
            if !fm.fileExists(atPath: output.path), fm.fileExists(atPath: previous.path) {
                try? fm.moveItem(at: previous, to: output)
            }
            discard()
            throw DiagnosticError(.error("cannot replace the output folder: \(error.localizedDescription); the previous site is kept",
                                         file: displayFolder))
        }
    }

    /// Removes the staging folder, leaving the output as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

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
}
