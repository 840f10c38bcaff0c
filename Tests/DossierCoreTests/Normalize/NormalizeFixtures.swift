import Foundation
@testable import DossierCore

/// Finds the seeds and the normalize fixtures from this file's location.
enum NormalizeFixtures {
    static let testsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsRoot.appendingPathComponent("Fixtures/normalize")
    static let clips = fixtures.appendingPathComponent("clips")
    static let repositoryRoot = testsRoot.deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repositoryRoot.appendingPathComponent("seeds")

    /// The `.txt` files of a folder, sorted.
    static func textFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// The clip at `url` as the loader gives it, named `<folder>/<file>`.
    static func source(_ url: URL, folder: String) -> SourceFile {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return SourceFile(path: "\(folder)/\(url.lastPathComponent)", text: text, isMarkdown: url.pathExtension == "md")
    }

    /// Every clip with golden Markdown: the seeds and the genre clips.
    static func allClips() -> [(source: SourceFile, golden: URL)] {
        let seedClips = textFiles(in: seeds).map { url in
            (source(url, folder: "seeds"), fixtures.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".md"))
        }
        let genreClips = textFiles(in: clips).map { url in
            (source(url, folder: "clips"), clips.appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".md"))
        }
        return seedClips + genreClips
    }

    /// A line diff of two texts, for failure messages.
    static func diff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : nil
            let al = i < a.count ? String(a[i]) : nil
            if el != al {
                out.append("line \(i + 1):")
                if let el { out.append("- \(el)") }
                if let al { out.append("+ \(al)") }
            }
        }
        return out.joined(separator: "\n")
    }
}
