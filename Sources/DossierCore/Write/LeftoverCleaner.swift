import Foundation

/// Clears what builds killed mid-way left beside an output folder: `.public.staging-PID`
/// (a site being written, or after the swap the previous site) and `.public.previous-PID`
/// (the previous site, where folders are swapped with two renames).
///
/// Runs under the output's lock, so no live build of this output owns such a folder; a folder
/// is still left alone while the process named by its PID is alive (an older dossier without
/// the lock). A leftover that carries the marker loses only the files the marker lists; any
/// other file in it is the user's and goes back into the output. A leftover without the
/// marker was made by a dossier older than the marker, which only ever put its own output
/// there, and is removed whole. A `.previous-` folder found while the output is missing is
/// the output itself, caught between two renames: it is put back.
struct LeftoverCleaner {
    let output: URL
    let display: String

    func clear() -> [Diagnostic] {
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in entries.sorted() {
            guard let pid = Self.pid(of: entry, output: name), Self.isGone(pid) else { continue }
            let leftover = parent.appendingPathComponent(entry)
            guard SiteWriter.isRealFolder(leftover.path) else { continue }
            var info = stat()
            if entry.hasPrefix(".\(name).previous-"), lstat(output.path, &info) != 0,
               rename(leftover.path, output.path) == 0 {
                diagnostics.append(.warning("a build was killed while swapping in its site; the previous site was put back from '\(entry)'", file: display))
                continue
            }
            guard let manifest = OutputFolder.readManifest(in: leftover) else {
                try? FileManager.default.removeItem(at: leftover)
                continue
            }
            let theirs = SiteWriter.foreignEntries(in: leftover, manifest: manifest)
            let kept = SiteWriter.isRealFolder(output.path) ? SiteWriter.carry(theirs, from: leftover, into: output) : theirs
            if !SiteWriter.retire(leftover, manifest: manifest) {
                let example = kept.first.map { "'\(Diagnostic.escaped($0))'" } ?? "files dossier did not write"
                diagnostics.append(.warning(
                    "'\(entry)' beside '\(display)', left by a killed build, still holds \(example), which '\(display)' already has; it was kept. Move what you need out of it and delete it",
                    file: display))
            }
        }
        return diagnostics
    }

    /// The PID in `.public.staging-PID` or `.public.previous-PID`.
    static func pid(of entry: String, output: String) -> pid_t? {
        for kind in ["staging", "previous"] {
            let prefix = ".\(output).\(kind)-"
            if entry.hasPrefix(prefix), let pid = pid_t(entry.dropFirst(prefix.count)), pid > 0 { return pid }
        }
        return nil
    }

    /// Whether no process `pid` runs; this process counts as gone, since under the lock none
    /// of its own staging folders is in use.
    static func isGone(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) != 0 && errno == ESRCH
    }
}
