import Foundation
import Testing
@testable import DossierCore

@Suite struct SourceLoaderTests {
    private func decode(_ bytes: [UInt8]) -> (SourceFile?, [Diagnostic]) {
        SourceLoader.decode(Data(bytes), path: "seeds/x.txt", isMarkdown: false)
    }

    @Test func utf8WithByteOrderMarkIsDecodedWithoutIt() {
        let (file, diagnostics) = decode([0xEF, 0xBB, 0xBF] + Array("Élysée".utf8))
        #expect(file?.text == "Élysée")
        #expect(diagnostics.isEmpty)
    }

    @Test func crlfAndCrLineEndsBecomeLf() {
        let (file, _) = decode(Array("a\r\nb\rc\n".utf8))
        #expect(file?.text == "a\nb\nc\n")
    }

    @Test func invalidUtf8IsReadAsWindows1252WithAWarningNamingTheLine() {
        // "ok\n" then "caf\xE9 \x93cit\xE9\x94" in Windows-1252.
        let (file, diagnostics) = decode(Array("ok\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x63, 0x69, 0x74, 0xE9, 0x94])
        #expect(file?.text == "ok\ncafé “cité”")
        #expect(diagnostics.map(\.description) == [
            "seeds/x.txt:2: warning: this file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure of its accents",
        ])
    }

    @Test func emptyAndWhitespaceOnlyFilesAreSkippedWithAWarning() {
        for bytes in [[], Array(" \n\t\n".utf8)] as [[UInt8]] {
            let (file, diagnostics) = decode(bytes)
            #expect(file == nil)
            #expect(diagnostics.map(\.description) == ["seeds/x.txt: warning: this file is empty; it is skipped"])
        }
    }

    @Test func binaryFilesAreSkippedWithAWarning() {
        let (file, diagnostics) = decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        #expect(file == nil)
        #expect(diagnostics.map(\.description) == [
            "seeds/x.txt: warning: this file holds NUL bytes and looks binary; it is skipped. Save clips as plain text",
        ])
    }

    @Test func folderIsReadInSortedOrderKeepingOnlyClips() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "B")
        try folder.write("a.md", "A")
        try folder.write("notes.pdf", "ignored")
        try folder.write("dossier.yml", "title: x")
        let (files, diagnostics) = try SourceLoader().load(folder: folder.url, displayFolder: "seeds")
        #expect(files.map(\.path) == ["seeds/a.md", "seeds/b.txt"])
        #expect(files.map(\.isMarkdown) == [true, false])
        #expect(diagnostics.isEmpty)
    }

    @Test func missingFolderIsAnErrorSayingWhatToDo() {
        #expect(throws: DiagnosticError.self) {
            try SourceLoader().load(folder: URL(fileURLWithPath: "/nonexistent-dossier-folder"), displayFolder: "nowhere")
        }
        do {
            _ = try SourceLoader().load(folder: URL(fileURLWithPath: "/nonexistent-dossier-folder"), displayFolder: "nowhere")
        } catch {
            #expect(error.description == "nowhere: error: cannot read the source folder 'nowhere'; create it and put the clips (*.txt, *.md) in it, or pass --source")
        }
    }
}
