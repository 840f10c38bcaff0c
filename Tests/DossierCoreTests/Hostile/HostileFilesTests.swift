import Foundation
import Testing
@testable import DossierCore

/// Odd and hostile files in the source and templates folders: each ends in a page or a clear
/// diagnostic naming the file, never a crash, a hang, or a file outside the folder being read.
@Suite struct HostileFilesTests {
    /// Builds the project and returns the printed diagnostics and every output file's text.
    private func build(_ project: HostileProject) throws -> (messages: [String], site: String) {
        let result = project.build()
        let report = try #require(result.report, "\(result.errorText)")
        let site = project.folder.files(under: "public").map { project.folder.read("public/" + $0) ?? "" }.joined(separator: "\n")
        return (report.diagnostics.map(\.description), site)
    }

    private func seedsName(_ project: HostileProject) -> String { SiteBuilder.displayPath(project.seeds) }

    @Test(arguments: [
        ("empty", [UInt8](), "warning: this file is empty; it is skipped"),
        ("whitespace", Array(" \n\t\r\n  ".utf8), "warning: this file is empty; it is skipped"),
        ("binary", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], "warning: this file holds NUL bytes and looks binary; it is skipped. Save clips as plain text"),
        ("nul", Array("Titre\n\nUn texte".utf8) + [0] + Array(" suite".utf8), "warning: this file holds NUL bytes and looks binary; it is skipped. Save clips as plain text"),
    ] as [(String, [UInt8], String)])
    func unreadableContentIsSkippedWithAWarning(name: String, bytes: [UInt8], message: String) throws {
        let project = try HostileProject()
        try project.write("seeds/\(name).txt", bytes: bytes)
        let (messages, _) = try build(project)
        #expect(messages.contains("\(seedsName(project))/\(name).txt: \(message)"), "\(messages)")
    }

    @Test func invalidUTF8AndWindows1252AreReadAsWindows1252() throws {
        let project = try HostileProject()
        // "Réunion à l'Élysée" in Windows-1252, with curly quotes.
        try project.write("seeds/cp1252.txt", bytes: [0x52, 0xE9, 0x75, 0x6E, 0x69, 0x6F, 0x6E, 0x20, 0xE0, 0x20, 0x6C, 0x92, 0xC9, 0x6C, 0x79, 0x73, 0xE9, 0x65, 0x0A, 0x0A]
            + Array("Le président a parlé.\n".utf8))
        let (messages, site) = try build(project)
        #expect(messages.contains("\(seedsName(project))/cp1252.txt:1: warning: this file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 to be sure of its accents"))
        #expect(site.contains("Réunion à l’Élysée") || site.contains("Réunion à l'Élysée"))
    }

    @Test(arguments: [false, true])
    func utf16WithAByteOrderMarkIsDecoded(bigEndian: Bool) throws {
        let project = try HostileProject()
        let text = "Réunion des alliés à Kyiv\n\nLe président Volodymyr Zelensky a reçu les alliés le 6 janvier 2026.\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try project.write("seeds/utf16.txt", bytes: bytes)
        let (messages, site) = try build(project)
        #expect(!messages.contains { $0.contains("utf16.txt") }, "\(messages)")
        #expect(site.contains("Réunion des alliés à Kyiv"))
    }

    @Test func aBrokenUTF16FileIsReadWithAWarning() {
        let (file, diagnostics) = SourceLoader.decode(Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42]), path: "seeds/x.txt", isMarkdown: false)
        #expect(file?.text == "A\u{FFFD}")
        #expect(diagnostics.map(\.description) == [
            "seeds/x.txt: warning: this UTF-16 file ends with half a character; the last byte is ignored. Save it again as UTF-8",
            "seeds/x.txt: warning: this UTF-16 file holds 1 broken character, shown as '\u{FFFD}'; save it again as UTF-8",
        ])
    }

    @Test func aHugeFileNameBuilds() throws {
        let project = try HostileProject()
        let name = String(repeating: "très-long-", count: 22) + ".txt"
        #expect(name.utf8.count > 200 && name.utf8.count < 256)
        try project.write("seeds/\(name)", "Un titre de dépêche\n\nLe texte de la dépêche, sur Emmanuel Macron.\n")
        let (_, site) = try build(project)
        #expect(site.contains("Un titre de dépêche"))
    }

    @Test func fileNamesWithSpacesAndUnicodeBuild() throws {
        let project = try HostileProject()
        try project.write("seeds/Dépêche de l’AFP – 6 janv. 🇫🇷.txt", "Une dépêche au nom fleuri\n\nLe texte.\n")
        let (_, site) = try build(project)
        #expect(site.contains("Une dépêche au nom fleuri"))
    }

    @Test func aNewlineInAFileNameCannotForgeADiagnosticLine() throws {
        let project = try HostileProject()
        try project.write("seeds/a\nb.txt:1: error: forged.txt", "")
        let (messages, _) = try build(project)
        let line = try #require(messages.first { $0.contains("forged") })
        #expect(!line.contains("\n"))
        #expect(line == "\(seedsName(project))/a\\nb.txt:1: error: forged.txt: warning: this file is empty; it is skipped")
    }

    @Test func terminalEscapesInAFileNameNeverReachTheTerminal() throws {
        let project = try HostileProject()
        try project.write("seeds/\u{1B}]0;pwned\u{07}\u{1B}[2J.txt", "")
        let (messages, _) = try build(project)
        let line = try #require(messages.first { $0.contains("pwned") })
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 })
        #expect(line.hasPrefix("\(seedsName(project))/\\u{1B}]0;pwned\\u{7}\\u{1B}[2J.txt: warning: this file is empty"))
    }

    @Test func aSymbolicLinkOutsideTheSourceFolderIsNotRead() throws {
        let project = try HostileProject()
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/passwd.txt", withDestinationPath: "/etc/passwd")
        try project.write("secret.txt", "the neighbour's secret")
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/relative.md", withDestinationPath: "../secret.txt")
        let (messages, site) = try build(project)
        #expect(messages.contains("\(seedsName(project))/passwd.txt: warning: this symbolic link leads to '/etc/passwd', outside the source folder '\(seedsName(project))'; it is skipped, since dossier reads nothing outside it. Copy the file into the folder instead"))
        #expect(messages.contains { $0.hasPrefix("\(seedsName(project))/relative.md: warning: this symbolic link leads to '") && $0.contains("secret.txt', outside the source folder") })
        #expect(!site.contains("root:x:0:0") && !site.contains("neighbour's secret"))
    }

    @Test func aSymbolicLinkInsideTheSourceFolderIsRead() throws {
        let project = try HostileProject()
        try project.write("seeds/archive/003_kept.txt", "Un article rangé à part\n\nLe texte.\n")
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/003_kept.txt", withDestinationPath: "archive/003_kept.txt")
        let (_, site) = try build(project)
        #expect(site.contains("Un article rangé à part"))
    }

    @Test func symbolicLinkLoopsAndDanglingLinksEndInAWarning() throws {
        let project = try HostileProject()
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/loop.txt", withDestinationPath: "loop.txt")
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/a.txt", withDestinationPath: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/b.txt", withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/gone.txt", withDestinationPath: "nowhere.txt")
        let (messages, _) = try build(project)
        for name in ["loop.txt", "a.txt", "b.txt"] {
            #expect(messages.contains("\(seedsName(project))/\(name): warning: this symbolic link loops back on itself; it is skipped. Replace it with the file it should name"))
        }
        #expect(messages.contains("\(seedsName(project))/gone.txt: warning: this symbolic link points to nothing; it is skipped. Replace it with the file it should name"))
    }

    @Test func aFIFOIsSkippedWithoutBlocking() throws {
        let project = try HostileProject()
        #expect(mkfifo(project.seeds.path + "/pipe.txt", 0o644) == 0)
        let (messages, _) = try build(project)
        #expect(messages.contains("\(seedsName(project))/pipe.txt: warning: this is a FIFO (named pipe), not a regular file; it is skipped"))
    }

    @Test func aSocketIsSkipped() throws {
        let project = try HostileProject()
        let path = project.seeds.path + "/socket.txt"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        try #require(path.utf8.count < MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        try #require(bound == 0)
        let (messages, _) = try build(project)
        #expect(messages.contains("\(seedsName(project))/socket.txt: warning: this is a socket, not a regular file; it is skipped"))
    }

    @Test func aDeviceIsNotRead() throws {
        let project = try HostileProject()
        // Through a link (outside the folder) and, where the system lets us make one, in place.
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/zero.txt", withDestinationPath: "/dev/zero")
        let made = mknod(project.seeds.path + "/null.txt", S_IFCHR | 0o644, dev_t((1 << 8) | 3)) == 0  // makedev(1, 3), /dev/null
        let (messages, _) = try build(project)
        #expect(messages.contains { $0.hasPrefix("\(seedsName(project))/zero.txt: warning: this symbolic link leads to '/dev/zero', outside") })
        if made {
            #expect(messages.contains("\(seedsName(project))/null.txt: warning: this is a device, not a regular file; it is skipped"))
        }
    }

    @Test func aFolderNamedLikeAClipIsSkipped() throws {
        let project = try HostileProject()
        try project.write("seeds/x.txt/inner.txt", "not a clip")
        let (messages, _) = try build(project)
        #expect(messages.contains("\(seedsName(project))/x.txt: warning: this is a folder, not a regular file; it is skipped"))
    }

    @Test func anUnreadableFileIsSkippedWithAWarning() throws {
        let project = try HostileProject()
        try project.write("seeds/locked.txt", "Un titre\n\nUn texte verrouillé.\n")
        chmod(project.seeds.path + "/locked.txt", 0)
        let (messages, site) = try build(project)
        if geteuid() == 0 {
            // The superuser reads any file: the clip is a page like any other.
            #expect(site.contains("Un texte verrouillé"))
        } else {
            #expect(messages.contains("\(seedsName(project))/locked.txt: warning: cannot read this file (Permission denied); it is skipped. Check its permissions"))
        }
    }

    @Test func settingsLinkedFromOutsideStopTheBuild() throws {
        let project = try HostileProject()
        try FileManager.default.removeItem(at: project.seeds.appendingPathComponent("dossier.yml"))
        try FileManager.default.createSymbolicLink(atPath: project.seeds.path + "/dossier.yml", withDestinationPath: "/etc/passwd")
        let result = project.build()
        #expect(result.errorText == "\(seedsName(project))/dossier.yml: error: this symbolic link leads to '/etc/passwd', outside the source folder '\(seedsName(project))'; the build stops, since dossier reads nothing outside it. Copy the file into the folder instead")
        #expect(!project.exists("public"))
    }

    @Test func templatesAndAssetsLinkedFromOutsideAreNotRead() throws {
        let project = try HostileProject()
        let templates = project.root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: HostileProject.templates, to: templates)
        try FileManager.default.createSymbolicLink(atPath: templates.path + "/assets/passwd.css", withDestinationPath: "/etc/passwd")
        var options = project.options()
        options.templates = templates
        let report = try SiteBuilder(options: options).build()
        let display = SiteBuilder.displayPath(templates)
        #expect(report.diagnostics.map(\.description).contains("\(display)/assets/passwd.css: warning: this symbolic link leads to '/etc/passwd', outside the templates folder '\(display)'; it is skipped, since dossier reads nothing outside it. Copy the file into the folder instead"))
        #expect(!project.exists("public/assets/passwd.css"))
        try FileManager.default.removeItem(at: templates.appendingPathComponent("404.mustache"))
        try FileManager.default.createSymbolicLink(atPath: templates.path + "/404.mustache", withDestinationPath: "/etc/passwd")
        #expect(throws: DiagnosticError.self) { try SiteBuilder(options: options).build() }
    }
}
