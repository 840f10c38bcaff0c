import Foundation

/// The rules that keep an output folder dossier's own.
///
/// Every output holds a marker file, `.dossier-output`, listing the files dossier wrote there.
/// A folder is dossier's when it holds the marker or is empty; any other existing folder is
/// refused unless the user passes `--force`, and even then only the files the marker lists are
/// ever replaced or removed: the user's own files are carried into each new site as they are,
/// and a site file that would take the name of one of theirs stops the build.
/// Folders that hold the user's work (the source and templates folders, the current folder,
/// their parents, the home folder, `/`) are never taken as output, whatever the flags.
public enum OutputFolder {
    /// The marker file's name, at the top of every output folder.
    public static let markerName = ".dossier-output"

    /// What an existing output folder holds before a build.
    public enum Ownership: Sendable, Equatable {
        /// No folder yet.
        case missing
        /// An empty folder, or one dossier made: the files it lists are dossier's.
        case owned(Set<String>)
        /// A folder without the marker, taken over with `--force`: nothing in it is dossier's.
        case adopted
    }

    /// Refuses an output folder that is, or holds, the user's work; `protected` are the
    /// source and templates folders with the names diagnostics give them.
    public static func checkPlacement(_ output: URL, display: String, protected: [(url: URL, name: String, role: String)],
                                      currentDirectory: String = FileManager.default.currentDirectoryPath) throws(DiagnosticError) {
        let out = realPath(output)
        let cwd = realPath(URL(fileURLWithPath: currentDirectory))
        let home = realPath(URL(fileURLWithPath: NSHomeDirectory()))
        func refuse(_ reason: String) -> DiagnosticError {
            DiagnosticError(.error("the output folder '\(display)' \(reason); building there would replace your files. Pass --output with a folder of its own, e.g. --output public",
                                   file: display))
        }
        if out == "/" { throw refuse("is the root folder '/'") }
        for folder in protected {
            let path = realPath(folder.url)
            if out == path { throw refuse("is the \(folder.role) folder '\(folder.name)'") }
            if isInside(path, out) { throw refuse("holds the \(folder.role) folder '\(folder.name)'") }
            if isInside(out, path) { throw refuse("is inside the \(folder.role) folder '\(folder.name)'") }
        }
        if out == cwd { throw refuse("is the current folder") }
        if isInside(cwd, out) { throw refuse("holds the current folder") }
        if out == home { throw refuse("is the home folder") }
        if isInside(home, out) { throw refuse("holds the home folder") }
    }

    /// Whether the output folder is dossier's, was emptied, or may be taken over.
    public static func ownership(of output: URL, display: String, force: Bool) throws(DiagnosticError) -> Ownership {
        var info = stat()
        guard lstat(output.path, &info) == 0 else { return .missing }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            throw DiagnosticError(.error(
                "the output folder '\(display)' is a symbolic link; dossier replaces its output folder as a whole and would replace the link. Pass --output with the folder it points to",
                file: display))
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw DiagnosticError(.error("'\(display)' exists and is not a folder; dossier will not replace it. Move it away or pass another --output",
                                         file: display))
        }
        if let manifest = readManifest(in: output) { return .owned(manifest) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        if names.isEmpty { return .owned([]) }
        if let legacy = legacySiteFiles(in: output) { return .owned(legacy) }
        if force { return .adopted }
        let examples = names.sorted().prefix(3).map { "'\(Diagnostic.escaped($0))'" }.joined(separator: ", ")
        throw DiagnosticError(.error(
            "the output folder '\(display)' already holds files dossier did not write (\(examples)\(names.count > 3 ? ", …" : "")) and no \(markerName) marker; pass --output with a new or empty folder, or --force to build into it (your files are kept: dossier never removes a file it did not write)",
            file: display))
    }

    /// The top-level files and folders of a site written by a dossier version older than the marker.
    static let legacyLayout: Set<String> = [
        "index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml", "robots.txt", "dossier.json", "timeline.json",
        "articles", "people", "meetings", "timeline", "search", "assets",
    ]

    /// For a folder with no marker that an earlier dossier wrote (its `dossier.json` names dossier
    /// as its generator), the files at the places a dossier site puts its files: those are
    /// dossier's, so upgrading needs no clean-up by hand. Every other file in it stays the user's.
    /// Nil for any other folder.
    static func legacySiteFiles(in folder: URL) -> Set<String>? {
        var info = stat()
        let json = folder.appendingPathComponent("dossier.json").path
        guard lstat(json, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let handle = FileHandle(forReadingAtPath: json) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
        let squeezed = head.filter { !$0.isWhitespace }
        guard squeezed.hasPrefix("{"), squeezed.contains("\"generator\":\"dossier") else { return nil }
        var files: Set<String> = []
        func visit(_ relative: String) {
            let base = folder.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: base) else { return }
            for name in names {
                let path = relative + "/" + name
                var entry = stat()
                guard lstat(base + "/" + name, &entry) == 0 else { continue }
                switch entry.st_mode & S_IFMT {
                case S_IFDIR: visit(path)
                case S_IFREG: files.insert(path)
                default: continue
                }
            }
        }
        for name in legacyLayout {
            var entry = stat()
            guard lstat(folder.path + "/" + name, &entry) == 0 else { continue }
            switch entry.st_mode & S_IFMT {
            case S_IFDIR: visit(name)
            case S_IFREG: files.insert(name)
            default: continue
            }
        }
        return files
    }

    /// The file paths a marker lists, or nil when the folder has no marker.
    /// Lines that are not plain relative paths are ignored, so a marker cannot name a file outside its folder.
    static func readManifest(in folder: URL) -> Set<String>? {
        var info = stat()
        let path = folder.appendingPathComponent(markerName).path
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
              let data = FileManager.default.contents(atPath: path) else { return nil }
        var paths: Set<String> = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let path = String(line)
            if isPlainRelativePath(path) { paths.insert(path) }
        }
        return paths
    }

    /// The marker's text for a site made of `paths`.
    static func manifestText(_ paths: [String]) -> String {
        "# This folder was written by dossier. The files listed below are dossier's: the next build\n"
            + "# replaces or removes them. Any other file in this folder is yours and is kept as it is.\n"
            + paths.sorted().joined(separator: "\n") + "\n"
    }

    /// `a/b.html`: no leading slash, no empty, `.` or `..` component, no control character.
    static func isPlainRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// The folders that hold the files of `paths` (`a/b/c.html` gives `a` and `a/b`).
    static func folders(of paths: some Sequence<String>) -> Set<String> {
        var result: Set<String> = []
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                guard result.insert(parts.joined(separator: "/")).inserted else { break }
                parts = parts.dropLast()
            }
        }
        return result
    }

    /// Whether `inner` is strictly inside `outer` (both resolved real paths).
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        outer == "/" ? inner != "/" : inner.hasPrefix(outer + "/")
    }

    /// The real path of `url`, symbolic links resolved; for a path that does not exist yet,
    /// the real path of its nearest existing folder followed by the rest.
    public static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while true {
            if let resolved = realpath(existing.path, nil) {
                defer { free(resolved) }
                var path = String(cString: resolved)
                for part in rest.reversed() { path += (path.hasSuffix("/") ? "" : "/") + part }
                return path
            }
            let parent = existing.deletingLastPathComponent()
            if parent.path == existing.path { return url.standardizedFileURL.path }
            rest.append(existing.lastPathComponent)
            existing = parent
        }
    }
}
