import ArgumentParser
import DossierCore
import Foundation

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new dossier: seeds/dossier.yml with every setting explained and an example clip.",
        discussion: """
            Writes FOLDER/seeds/dossier.yml and an example clip, and with --templates a copy of the default \
            templates in FOLDER/Templates to edit. Existing files are never overwritten: init stops and says which. \
            Then: cd FOLDER && dossier build, or dossier serve to preview.
            """)

    @Argument(help: "The folder of the new dossier; created when missing.")
    var folder = "."

    @Option(help: "The dossier's language: fr or en.")
    var language = "fr"

    @Flag(help: "Also copy the default templates into FOLDER/Templates, to change the site's look.")
    var templates = false

    func run() throws {
        guard DossierScaffold.languages.contains(language) else {
            fail("language '\(language)' is not one dossier speaks; pass --language fr or --language en", file: folder)
        }
        let root = URL(fileURLWithPath: folder)
        var files = DossierScaffold.files(language: language).map { (path: $0.path, content: Data($0.text.utf8)) }
        if templates {
            guard let source = DefaultTemplates.folder() else {
                fail("the default templates were not found beside the dossier command; reinstall it with 'make install', or leave out --templates", file: folder)
            }
            files += templateFiles(in: source).map { (path: "Templates/" + $0.path, content: $0.content) }
        }
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
        guard existing.isEmpty else {
            let shown = existing.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (existing.count > 3 ? ", …" : "")
            fail("\(existing.count) file\(existing.count == 1 ? "" : "s") already exist\(existing.count == 1 ? "s" : "") (\(shown)); init never overwrites a file. Choose a new folder, e.g. 'dossier init my-dossier', or move them away", file: folder)
        }
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // `.withoutOverwriting`: a file that appeared since the check is kept, not replaced.
                try file.content.write(to: url, options: .withoutOverwriting)
            } catch {
                fail("cannot write '\(file.path)' (\(error.localizedDescription)); check that the folder is writable", file: folder)
            }
        }
        let shownFolder = folder == "." ? "" : "cd \(folder) && "
        print("""
            started a dossier in \(folder == "." ? "this folder" : folder + "/"): seeds/dossier.yml, \(files[1].path)\(templates ? ", Templates/" : "")
            next: put your clips (*.txt) in seeds/, set the title in seeds/dossier.yml, then
              \(shownFolder)dossier serve     # preview at http://localhost:8000/, rebuilt as you edit
              \(shownFolder)dossier build     # write the site into public/
            """)
    }

    /// Every file below `folder`, with its path relative to it; hidden files are left out.
    private func templateFiles(in folder: URL) -> [(path: String, content: Data)] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var files: [(path: String, content: Data)] = []
        let base = folder.resolvingSymlinksInPath().path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            let path = url.resolvingSymlinksInPath().path
            guard path.hasPrefix(base + "/") else { continue }
            files.append((String(path.dropFirst(base.count + 1)), data))
        }
        return files.sorted { $0.path < $1.path }
    }

    private func fail(_ message: String, file: String) -> Never {
        Console.print([.error(message, file: file)])
        Foundation.exit(1)
    }
}
