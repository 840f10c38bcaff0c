import Foundation
import Testing
@testable import DossierCore

/// The output folder is dossier's only when dossier made it: folders holding the user's work
/// are refused, a folder of someone else's is refused without `--force`, and no build removes
/// or overwrites a file dossier did not write.
@Suite struct OutputFolderTests {
    @Test func theProjectFolderIsRefusedAsOutputAndNothingIsTouched() throws {
        // `dossier build --output .` run in the project: the output would hold seeds/.
        let project = try HostileProject()
        let result = project.build(output: project.root, force: true)
        #expect(result.errorText.contains("error: the output folder '\(SiteBuilder.displayPath(project.root))' holds the source folder"))
        #expect(result.errorText.contains("Pass --output with a folder of its own"))
        #expect(project.exists("seeds/001_paris.txt") && project.exists("seeds/dossier.yml"))
        #expect(!project.exists(OutputFolder.markerName))
    }

    @Test func theCurrentFolderIsRefusedAsOutput() throws {
        let project = try HostileProject()
        let elsewhere = project.root.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        for (output, reason) in [(".", "is the current folder"), ("..", "holds the current folder")] {
            #expect(throws: DiagnosticError.self) {
                try OutputFolder.checkPlacement(URL(fileURLWithPath: elsewhere.path + "/" + output), display: output, protected: [],
                                                currentDirectory: elsewhere.path)
            }
            do {
                try OutputFolder.checkPlacement(URL(fileURLWithPath: elsewhere.path + "/" + output), display: output, protected: [],
                                                currentDirectory: elsewhere.path)
            } catch {
                #expect(error.description.hasPrefix("\(output): error: the output folder '\(output)' \(reason); building there would replace your files"))
            }
        }
    }

    @Test func theSourceFolderIsRefusedAsOutputAndTheClipsStay() throws {
        // `--output seeds`.
        let project = try HostileProject()
        let result = project.build(output: project.seeds, force: true)
        #expect(result.errorText.contains("' is the source folder '"))
        #expect(project.folder.read("seeds/002_london.txt")?.hasPrefix("Starmer meets Zelensky") == true)
        #expect(!project.exists("seeds/index.html") && !project.exists("seeds/" + OutputFolder.markerName))
    }

    @Test func aFolderInsideTheSourceFolderIsRefused() throws {
        let project = try HostileProject()
        let result = project.build(output: project.seeds.appendingPathComponent("site"))
        #expect(result.errorText.contains("is inside the source folder"))
        #expect(!project.exists("seeds/site"))
    }

    @Test func theTemplatesFolderAndItsParentsAreRefused() throws {
        let project = try HostileProject()
        for output in [HostileProject.templates, repositoryRoot] {
            let result = project.build(output: output, force: true)
            #expect(result.errorText.contains("the templates folder"), "\(output.path)")
        }
        #expect(FileManager.default.fileExists(atPath: HostileProject.templates.appendingPathComponent("article.mustache").path))
    }

    @Test func theHomeFolderAndRootAreRefused() throws {
        let project = try HostileProject()
        let home = URL(fileURLWithPath: NSHomeDirectory())
        #expect(project.build(output: home, force: true).errorText.contains("is the home folder"))
        #expect(project.build(output: URL(fileURLWithPath: "/"), force: true).errorText.contains("is the root folder '/'"))
        // A path that reaches the source folder through `..` or a symbolic link is the same folder.
        let sneaky = project.root.appendingPathComponent("public/../seeds")
        #expect(project.build(output: sneaky, force: true).errorText.contains("is the source folder"))
        try FileManager.default.createSymbolicLink(at: project.root.appendingPathComponent("link"), withDestinationURL: project.seeds)
        #expect(project.build(output: project.root.appendingPathComponent("link/inner"), force: true).errorText.contains("is inside the source folder"))
    }

    @Test func aFolderWithAnUnrelatedFileIsRefusedWithoutForce() throws {
        // `--output some/folder` holding a file of the user's.
        let project = try HostileProject()
        try project.write("some/folder/notes.txt", "my notes")
        let result = project.build(output: project.root.appendingPathComponent("some/folder"))
        let display = SiteBuilder.displayPath(project.root.appendingPathComponent("some/folder"))
        #expect(result.errorText == "\(display): error: the output folder '\(display)' already holds files dossier did not write ('notes.txt') and no .dossier-output marker; pass --output with a new or empty folder, or --force to build into it (your files are kept: dossier never removes a file it did not write)")
        #expect(project.folder.files(under: "some/folder") == ["notes.txt"])
    }

    @Test func forceBuildsBesideTheUsersFilesAndKeepsThem() throws {
        let project = try HostileProject()
        let output = project.root.appendingPathComponent("some/folder")
        try project.write("some/folder/notes.txt", "my notes")
        try project.write("some/folder/img/logo.png", "png")
        #expect(project.build(output: output, force: true).report != nil)
        #expect(project.folder.read("some/folder/notes.txt") == "my notes")
        #expect(project.folder.read("some/folder/img/logo.png") == "png")
        #expect(project.exists("some/folder/index.html"))
        let marker = try #require(project.folder.read("some/folder/" + OutputFolder.markerName))
        #expect(marker.contains("\nindex.html\n") && !marker.contains("notes.txt"))
        // Now the folder is dossier's: later builds need no --force, and still keep the user's files.
        #expect(project.build(output: output).report != nil)
        #expect(project.folder.read("some/folder/notes.txt") == "my notes")
        #expect(project.folder.read("some/folder/img/logo.png") == "png")
    }

    @Test func aFileOfTheUsersWithTheNameOfASiteFileStopsTheBuild() throws {
        let project = try HostileProject()
        let output = project.root.appendingPathComponent("some/folder")
        try project.write("some/folder/index.html", "<p>my own page</p>")
        let result = project.build(output: output, force: true)
        #expect(result.errorText.contains("/index.html' is not dossier's (the .dossier-output marker does not list it) and the new site writes the same name; dossier never overwrites a file it did not write"))
        #expect(project.folder.files(under: "some/folder") == ["index.html"])
        #expect(project.folder.read("some/folder/index.html") == "<p>my own page</p>")
        #expect(!project.root.appendingPathComponent("some").hasStagingLeftovers)
    }

    @Test func filesTheUserAddsToTheOutputAreKeptAndOldSiteFilesGo() throws {
        let project = try HostileProject()
        #expect(project.build().report != nil)
        try project.write("public/CNAME", "dossier.example.org")
        try project.write("public/.git/HEAD", "ref: refs/heads/gh-pages")
        let before = project.folder.files(under: "public").filter { $0.hasPrefix("articles/") }
        try FileManager.default.removeItem(at: project.seeds.appendingPathComponent("002_london.txt"))
        #expect(project.build().report != nil)
        #expect(project.folder.read("public/CNAME") == "dossier.example.org")
        #expect(project.folder.read("public/.git/HEAD") == "ref: refs/heads/gh-pages")
        let after = project.folder.files(under: "public").filter { $0.hasPrefix("articles/") }
        #expect(after.count < before.count, "the removed clip's page is gone")
        #expect(!project.root.hasStagingLeftovers)
    }

    @Test func anOutputThatIsAFileOrASymbolicLinkIsRefused() throws {
        let project = try HostileProject()
        try project.write("public", "a file")
        #expect(project.build(force: true).errorText.contains("exists and is not a folder; dossier will not replace it"))
        #expect(project.folder.read("public") == "a file")
        let target = project.root.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: project.root.appendingPathComponent("site"), withDestinationURL: target)
        #expect(project.build(output: project.root.appendingPathComponent("site"), force: true).errorText.contains("is a symbolic link"))
    }

    @Test func aForgedMarkerCannotNameFilesOutsideTheOutput() throws {
        let project = try HostileProject()
        try project.write("precious.txt", "keep me")
        try project.write("public/.dossier-output", "../precious.txt\n/etc/hostname\n./x\nindex.html\n")
        try project.write("public/keep.txt", "mine")
        #expect(project.build().report != nil)
        #expect(project.folder.read("precious.txt") == "keep me")
        #expect(project.folder.read("public/keep.txt") == "mine")
    }

    @Test func aSiteAnEarlierDossierWroteWithoutTheMarkerIsTakenOverAndTheUsersFilesStay() throws {
        // An output made before the marker existed: its dossier.json names dossier as generator.
        let project = try HostileProject()
        try project.write("public/dossier.json", "{\n  \"generator\" : \"dossier 0.1.0\",\n  \"articles\" : []\n}\n")
        try project.write("public/index.html", "<p>old front page</p>")
        try project.write("public/articles/old-clip/index.html", "<p>a clip since removed</p>")
        try project.write("public/CNAME", "dossier.example.org")
        #expect(project.build().report != nil)
        #expect(project.folder.read("public/CNAME") == "dossier.example.org")
        #expect(!project.exists("public/articles/old-clip/index.html"))
        #expect(project.folder.read("public/index.html") != "<p>old front page</p>")
        #expect(!project.root.hasStagingLeftovers)
    }

    @Test func aFolderWhoseDossierJSONIsNotDossiersIsStillRefused() throws {
        let project = try HostileProject()
        try project.write("public/dossier.json", "{\"generator\": \"Hugo 0.111\"}")
        try project.write("public/index.html", "<p>their page</p>")
        #expect(project.build().errorText.contains("already holds files dossier did not write"))
        #expect(project.folder.read("public/index.html") == "<p>their page</p>")
    }

    @Test func theMarkerListsExactlyTheFilesOfTheSite() throws {
        let project = try HostileProject()
        #expect(project.build().report != nil)
        let marker = try #require(project.folder.read("public/" + OutputFolder.markerName))
        let listed = marker.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(listed == project.folder.files(under: "public").filter { $0 != OutputFolder.markerName })
    }
}

extension URL {
    /// Whether a `.x.staging-…`, `.x.previous-…` folder is left in this folder.
    var hasStagingLeftovers: Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).contains { $0.contains(".staging-") || $0.contains(".previous-") }
    }
}
