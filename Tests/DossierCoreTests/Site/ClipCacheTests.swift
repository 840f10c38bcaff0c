import Foundation
import Testing
@testable import DossierCore

/// The clip cache is an optimisation only: a build that reuses it, one whose cache was damaged
/// and one without it make the same site, byte for byte.
@Suite struct ClipCacheTests {
    static func site(_ project: HostileProject, _ folder: String) -> [String: String] {
        var files: [String: String] = [:]
        for file in project.folder.files(under: folder) where file != OutputFolder.markerName {
            files[file] = project.folder.read(folder + "/" + file)
        }
        return files
    }

    func build(_ project: HostileProject, into folder: String, cache: Bool) -> Bool {
        var options = project.options(output: project.root.appendingPathComponent(folder))
        options.cache = cache
        do throws(DiagnosticError) {
            _ = try SiteBuilder(options: options).build()
            return true
        } catch {
            return false
        }
    }

    var cacheFolder: String { ClipCache.folderName + "/public" }

    @Test func aCachedADamagedAndAnUncachedBuildMakeTheSameSite() throws {
        let project = try HostileProject()
        #expect(build(project, into: "fresh", cache: false))
        let reference = Self.site(project, "fresh")
        #expect(!reference.isEmpty)

        #expect(build(project, into: "public", cache: true))
        let entries = project.folder.files(under: cacheFolder)
        #expect(entries.count == 2)
        #expect(Self.site(project, "public") == reference)

        // Read from the cache.
        #expect(build(project, into: "public", cache: true))
        #expect(Self.site(project, "public") == reference)

        // Damaged entries: one holds the other clip's entry, the other is cut in half.
        let first = project.root.appendingPathComponent(cacheFolder + "/" + entries[0])
        let second = project.root.appendingPathComponent(cacheFolder + "/" + entries[1])
        let data = try Data(contentsOf: second)
        try data.write(to: first)
        try data.prefix(data.count / 2).write(to: second)
        #expect(build(project, into: "public", cache: true))
        #expect(Self.site(project, "public") == reference)
    }

    @Test func anEditedClipIsReadAgainAndItsOldEntryRemoved() throws {
        let project = try HostileProject()
        #expect(build(project, into: "public", cache: true))
        let before = Set(project.folder.files(under: cacheFolder))
        try project.write("seeds/002_london.txt", """
        Starmer meets Zelensky in Kyiv

        Keir Starmer met Volodymyr Zelensky in Kyiv on 9 December 2025 to discuss reconstruction.

        """)
        #expect(build(project, into: "public", cache: true))
        let after = Set(project.folder.files(under: cacheFolder))
        #expect(after.count == 2)
        #expect(after.intersection(before).count == 1)
        #expect(build(project, into: "fresh", cache: false))
        #expect(Self.site(project, "public") == Self.site(project, "fresh"))
        #expect(Self.site(project, "public").values.contains { $0.contains("Kyiv") })
    }

    @Test func otherSettingsAreAnotherKey() throws {
        let project = try HostileProject()
        #expect(build(project, into: "public", cache: true))
        let before = Set(project.folder.files(under: cacheFolder))
        try project.write("seeds/dossier.yml", "title: Essai\nlanguage: fr\nbase_url: https://example.org/\nclips:\n  002_london.txt: {title: Londres}\n")
        #expect(build(project, into: "public", cache: true))
        #expect(Set(project.folder.files(under: cacheFolder)).isDisjoint(with: before))
        #expect(build(project, into: "fresh", cache: false))
        #expect(Self.site(project, "public") == Self.site(project, "fresh"))
    }
}
