import Foundation
import Testing
@testable import DossierCore

/// A rebuild writes only the files whose bytes changed: the others are the same files as
/// before (same inode, same modification time), and the site is the one a fresh build makes.
@Suite struct UnchangedFilesTests {
    struct Stamp: Equatable {
        let inode: UInt64
        let seconds: Int
        let nanoseconds: Int
    }

    static func stamp(_ url: URL) -> Stamp? {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return nil }
        return Stamp(inode: UInt64(info.st_ino), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
    }

    @Test func aRebuildKeepsTheFilesItWouldWriteAlike() throws {
        let project = try HostileProject()
        #expect(project.build().report != nil)
        let files = project.folder.files(under: "public")
        let before = Dictionary(uniqueKeysWithValues: files.map { ($0, Self.stamp(project.output.appendingPathComponent($0))) })

        // Nothing changed: every file is the previous one.
        #expect(project.build().report != nil)
        for file in files where file != OutputFolder.markerName {
            #expect(Self.stamp(project.output.appendingPathComponent(file)) == before[file], "\(file) was written again")
        }

        // One clip changed: its page is new, a page it does not touch is kept.
        try project.write("seeds/002_london.txt", """
        Starmer meets Zelensky in London

        Keir Starmer met Volodymyr Zelensky in London on 8 December 2025 to discuss security guarantees and reconstruction.

        """)
        #expect(project.build().report != nil)
        let changed = files.filter { Self.stamp(project.output.appendingPathComponent($0)) != before[$0] }
        #expect(changed.contains("dossier.json"))
        #expect(!changed.contains("robots.txt"))
        #expect(!changed.contains { $0.hasPrefix("assets/") })

        // The same site as a fresh build into a new folder.
        let fresh = project.root.appendingPathComponent("fresh")
        #expect(project.build(output: fresh).report != nil)
        #expect(project.folder.files(under: "public") == project.folder.files(under: "fresh"))
        for file in project.folder.files(under: "fresh") where file != OutputFolder.markerName {
            #expect(project.folder.read("public/" + file) == project.folder.read("fresh/" + file), "\(file) differs from a fresh build")
        }
    }

    @Test func aFileTheUserChangedInTheOutputIsWrittenAgain() throws {
        let project = try HostileProject()
        #expect(project.build().report != nil)
        let original = project.folder.read("public/robots.txt")
        try project.write("public/robots.txt", "User-agent: *\nDisallow: /\n")
        #expect(project.build().report != nil)
        #expect(project.folder.read("public/robots.txt") == original)
    }
}
