import ArgumentParser
import DossierCore
import Foundation

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one clip's normalized Markdown, as the build will publish it.",
        discussion: """
            The corrections in the dossier.yml beside the clip apply. When the clip gives no date, the other \
            clips of its folder are read to show the date the build will give it; comments in the front matter \
            say how a date was inferred, or that the dossier decides it.
            """)

    @Argument(help: "The clip to normalize (*.txt or *.md).")
    var file: String

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
            fail("no such file; check the path, e.g. 'dossier normalize seeds/004_clip.txt'")
        }
        let name = URL(fileURLWithPath: file).lastPathComponent
        if isFolder.boolValue {
            let clips = ((try? FileManager.default.contentsOfDirectory(atPath: file)) ?? [])
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
            let example = clips.first.map { "'dossier normalize \((file as NSString).appendingPathComponent($0))'" } ?? "'dossier normalize FOLDER/CLIP.txt'"
            fail("'\(file)' is a folder; normalize prints one clip: pass one of its \(clips.count) clip\(clips.count == 1 ? "" : "s"), e.g. \(example). To build the whole folder, run 'dossier build --source \(file)'")
        }
        if name == "dossier.yml" || name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            fail("this is a settings file, not a clip; normalize prints one clip's Markdown: pass a *.txt or *.md clip. To check the settings, run 'dossier check --source \((file as NSString).deletingLastPathComponent.isEmpty ? "." : (file as NSString).deletingLastPathComponent)'")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            fail("cannot read this file; check its permissions")
        }
        if !(name.hasSuffix(".txt") || name.hasSuffix(".md")) {
            Console.print([.warning("'\(name)' is not a *.txt or *.md clip, so the build skips it; it is normalized as a raw clip here", file: file)])
        }
        let (source, loadDiagnostics) = SourceLoader.decode(data, path: file, isMarkdown: file.hasSuffix(".md"))
        Console.print(loadDiagnostics)
        guard let source else { throw ExitCode.failure }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let folderName = (file as NSString).deletingLastPathComponent
        let settings = try settings(in: folder, displayFolder: folderName)
        let (markdown, diagnostics) = ClipPreview(settings: settings).markdown(for: source) {
            (try? SourceLoader().load(folder: folder, displayFolder: folderName).files) ?? []
        }
        Console.print(diagnostics)
        print(markdown, terminator: "")
    }

    /// The settings of the clip's dossier, or the defaults when its folder has no dossier.yml.
    private func settings(in folder: URL, displayFolder: String) throws -> DossierSettings {
        let url = folder.appendingPathComponent("dossier.yml")
        guard let data = FileManager.default.contents(atPath: url.path) else { return DossierSettings() }
        let path = displayFolder.isEmpty ? "dossier.yml" : "\(displayFolder)/dossier.yml"
        do throws(DiagnosticError) {
            let (settings, diagnostics) = try SettingsLoader().parse(String(decoding: data, as: UTF8.self), path: path)
            Console.print(diagnostics)
            return settings
        } catch {
            Console.print(error.diagnostics)
            throw ExitCode.failure
        }
    }

    private func fail(_ message: String) -> Never {
        Console.print([.error(message, file: file)])
        Foundation.exit(1)
    }
}
