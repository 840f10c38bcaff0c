import Foundation

/// Writes the site into a staging folder beside the output and swaps it in only when every
/// file is written and checked, so a failed or interrupted build leaves the previous output
/// untouched. Files stream in as they are rendered: the whole site is never held in memory.
///
/// The writer holds the output's lock from its creation to its end, so two builds into one
/// folder take turns. The staging folder carries the marker listing the new site's files from
/// the start, so a staging folder left by a killed build can be recognised and cleared by the
/// next one. See `OutputFolder` for what is dossier's and what is kept.
public final class SiteWriter: Sendable {
    let output: URL
    let staging: URL
    let displayFolder: String
    let paths: Set<String>
    let folders: Set<String>
    let force: Bool
    let lock: OutputLock
    /// The files the current output's marker lists: a new file with the same bytes as one of
    /// these is hard-linked from the output instead of written again.
    let reusable: Set<String>
    /// Warnings about leftovers of earlier builds, for the build's report.
    public let diagnostics: [Diagnostic]

    /// Locks the output, clears what killed builds left beside it, checks the output is
    /// dossier's, and creates the staging folder with the folders `paths` need.
    public init(output: URL, displayFolder: String, paths: [String], force: Bool = false, lockTimeout: Double = 600) throws(DiagnosticError) {
        self.output = output.standardizedFileURL
        self.displayFolder = displayFolder
        self.paths = Set(paths)
        folders = OutputFolder.folders(of: paths)
        self.force = force
        staging = self.output.deletingLastPathComponent()
            .appendingPathComponent(".\(self.output.lastPathComponent).staging-\(getpid())")
        lock = try OutputLock(output: self.output, display: displayFolder, timeout: lockTimeout)
        diagnostics = LeftoverCleaner(output: self.output, display: displayFolder).clear()
        if case .owned(let manifest) = try OutputFolder.ownership(of: self.output, display: displayFolder, force: force) {
            reusable = manifest
        } else {
            reusable = []
        }
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError(.error("cannot create the staging folder '\(staging.path)': \(error.localizedDescription); check that the folder of '\(displayFolder)' is writable",
                                         file: displayFolder))
        }
        guard Self.writeFile(staging.path + "/" + OutputFolder.markerName, Array(OutputFolder.manifestText(paths).utf8)) else {
            discard()
            throw DiagnosticError(.error("cannot write into the staging folder '\(staging.path)'; check free disk space and permissions", file: displayFolder))
        }
        // One mkdir per folder: sorted, every folder comes after the folders that hold it.
        for folder in folders.sorted() where mkdir(staging.path + "/" + folder, 0o755) != 0 && errno != EEXIST {
            let reason = String(cString: strerror(errno))
            discard()
            throw DiagnosticError(.error("cannot create '\(folder)' in the staging folder (\(reason)); check free disk space and permissions",
                                         file: displayFolder))
        }
    }

    /// Puts one file into the staging folder; false when the system refused it. A file the
    /// current output already holds with the same bytes is hard-linked from there, so it is
    /// not written again and keeps its modification time (rsync and CDNs upload only what
    /// changed). Each path is put once per build, and a staged file is never written into,
    /// so the linked file of the current output is never changed.
    public func write(_ path: String, _ bytes: [UInt8]) -> Bool {
        let target = staging.path + "/" + path
        if reusable.contains(path) {
            let current = output.path + "/" + path
            if Self.holds(current, bytes), link(current, target) == 0 { return true }
        }
        return Self.writeFile(target, bytes)
    }

    /// Whether `path` is a regular file (not a link) holding exactly `bytes`.
    static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        if bytes.isEmpty { return true }
        // One byte more than expected, to see that the file ends where the new bytes do.
        let capacity = bytes.count + 1
        var existing = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while filled < capacity {
            let got = existing.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress.map { $0 + filled }, capacity - filled) }
            if got < 0 { return false }
            if got == 0 { break }
            filled += got
        }
        guard filled == bytes.count else { return false }
        return existing.withUnsafeBytes { old in
            bytes.withUnsafeBytes { new in
                guard let a = old.baseAddress, let b = new.baseAddress else { return false }
                return memcmp(a, b, bytes.count) == 0
            }
        }
    }

    /// Swaps the staging folder in as the output, carries the files dossier did not write
    /// from the previous output into the new one, and removes the previous site's files.
    /// Returns warnings about anything it had to leave in place.
    public func commit() throws(DiagnosticError) -> [Diagnostic] {
        let old: Set<String>
        switch try OutputFolder.ownership(of: output, display: displayFolder, force: force) {
        case .missing:
            guard rename(staging.path, output.path) == 0 else { throw failure(errno) }
            return []
        case .owned(let manifest): old = manifest
        case .adopted: old = []
        }
        let theirs = Self.foreignEntries(in: output, manifest: old)
        let clashes = theirs.filter { self.clashes($0) }
        if !clashes.isEmpty {
            discard()
            let names = clashes.sorted().prefix(3).map { "'\(displayFolder)/\(Diagnostic.escaped($0))'" }.joined(separator: ", ")
            throw DiagnosticError(.error(
                "\(names)\(clashes.count > 3 ? " and \(clashes.count - 3) more" : "") \(clashes.count == 1 ? "is" : "are") not dossier's (the \(OutputFolder.markerName) marker does not list \(clashes.count == 1 ? "it" : "them")) and the new site writes the same name; dossier never overwrites a file it did not write. Move \(clashes.count == 1 ? "it" : "them") out of '\(displayFolder)' or pass another --output; the previous site is kept",
                file: displayFolder))
        }
        let previous: URL
        switch FolderSwap.exchange(staging, output) {
        case .exchanged:
            previous = staging
        case .unsupported:
            // Two renames: only where the file system cannot exchange two folders at once.
            previous = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous-\(getpid())")
            guard rename(output.path, previous.path) == 0 else { throw failure(errno) }
            guard rename(staging.path, output.path) == 0 else {
                let code = errno
                _ = rename(previous.path, output.path)
                throw failure(code)
            }
        case .failed(let code):
            throw failure(code)
        }
        var warnings: [Diagnostic] = []
        let kept = Self.carry(theirs, from: previous, into: output)
        if !Self.retire(previous, manifest: old) {
            warnings.append(.warning(
                "the previous site's folder '\(previous.lastPathComponent)' beside '\(displayFolder)' still holds \(kept.isEmpty ? "files dossier did not write" : "'\(Diagnostic.escaped(kept[0]))'"), so it was kept; move what you need out of it and delete it",
                file: displayFolder))
        }
        return warnings
    }

    /// Whether a file of the user's at `path` takes a name the new site needs.
    private func clashes(_ path: String) -> Bool {
        if paths.contains(path) || folders.contains(path) { return true }
        var parts = path.split(separator: "/").dropLast()
        while !parts.isEmpty {
            if paths.contains(parts.joined(separator: "/")) { return true }
            parts = parts.dropLast()
        }
        return false
    }

    private func failure(_ code: Int32) -> DiagnosticError {
        discard()
        return DiagnosticError(.error("cannot replace the output folder (\(String(cString: strerror(code)))); the previous site is kept. Check the permissions of the folder that holds '\(displayFolder)'",
                                      file: displayFolder))
    }

    /// Removes the staging folder, leaving the output as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// The entries of `root` that `manifest` does not account for: files it does not list and
    /// folders that hold none of its files, each given once at its top.
    static func foreignEntries(in root: URL, manifest: Set<String>) -> [String] {
        let folders = OutputFolder.folders(of: manifest)
        var result: [String] = []
        func visit(_ relative: String) {
            let folder = relative.isEmpty ? root.path : root.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                if relative.isEmpty, name == OutputFolder.markerName { continue }
                if manifest.contains(path) { continue }
                if folders.contains(path), isRealFolder(root.path + "/" + path) {
                    visit(path)
                } else {
                    result.append(path)
                }
            }
        }
        visit("")
        return result
    }

    /// Moves each entry of `entries` from `source` to the same place in `target`; returns those
    /// that could not be moved (the target already has that name, or the system refused).
    static func carry(_ entries: [String], from source: URL, into target: URL) -> [String] {
        var kept: [String] = []
        for entry in entries {
            let destination = target.appendingPathComponent(entry)
            var info = stat()
            if lstat(destination.path, &info) == 0 {
                kept.append(entry)
                continue
            }
            try? FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            if rename(source.appendingPathComponent(entry).path, destination.path) != 0 { kept.append(entry) }
        }
        return kept
    }

    /// Removes from `folder` the files `manifest` lists (and the marker), then the folders left
    /// empty; true when the whole folder is gone. Nothing else is removed: a folder that still
    /// holds something dossier did not write stays. Symbolic links to folders are never followed.
    @discardableResult
    static func retire(_ folder: URL, manifest: Set<String>) -> Bool {
        let folders = OutputFolder.folders(of: manifest)
        func clear(_ relative: String) {
            let base = relative.isEmpty ? folder.path : folder.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                let full = base + "/" + name
                if folders.contains(path), isRealFolder(full) {
                    clear(path)
                    rmdir(full)
                } else if manifest.contains(path) || (relative.isEmpty && name == OutputFolder.markerName) {
                    unlink(full)
                }
            }
        }
        clear("")
        return rmdir(folder.path) == 0
    }

    static func isRealFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Writes bytes with plain POSIX calls: no temporary file and no fsync per file, since
    /// the whole folder is swapped in at once when every file is written.
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
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
