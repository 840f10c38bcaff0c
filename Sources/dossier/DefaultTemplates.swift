import Foundation

/// The templates that ship with dossier: installed beside the binary by `make install`
/// (`PREFIX/share/dossier/Templates`), or the repository's `Templates/` for a binary built in it.
enum DefaultTemplates {
    /// The folder of the default templates, or nil when none is found.
    static func folder() -> URL? {
        guard let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<5 {
            for candidate in ["share/dossier/Templates", "Templates"] {
                let url = folder.appendingPathComponent(candidate)
                if FileManager.default.fileExists(atPath: url.appendingPathComponent("article.mustache").path) { return url }
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }
}
