import Foundation
import Testing
@testable import DossierCore

/// The swap of a new site into the output: leftovers of killed builds, the exchange of the two
/// folders in one step, and builds into one output at once.
@Suite struct CommitTests {
    @Test func aStagingFolderLeftByAKilledBuildIsRemovedByTheNextBuild() throws {
        let project = try HostileProject()
        let pid = try HostileProject.deadPID()
        // One from a dossier older than the marker, one with the marker listing its files.
        try project.write(".public.staging-\(pid)/index.html", "half a site")
        try project.write(".public.staging-\(pid)/articles/x/index.html", "half a page")
        try project.write(".public.previous-\(pid + 100_000)/" + OutputFolder.markerName, "# dossier\nindex.html\n")
        try project.write(".public.previous-\(pid + 100_000)/index.html", "old site")
        #expect(project.build().report != nil)
        #expect(!project.root.hasStagingLeftovers)
        #expect(project.exists("public/index.html"))
    }

    @Test func aLeftoverOfALiveProcessIsLeftAlone() throws {
        let project = try HostileProject()
        let live = getppid()
        try project.write(".public.staging-\(live)/index.html", "someone's build in progress")
        #expect(project.build().report != nil)
        #expect(project.folder.read(".public.staging-\(live)/index.html") == "someone's build in progress")
    }

    @Test func theUsersFilesInALeftoverGoBackIntoTheOutput() throws {
        // A build killed just after the swap: the previous site, with a file of the user's, sits
        // in the staging folder's place.
        let project = try HostileProject()
        #expect(project.build().report != nil)
        let pid = try HostileProject.deadPID()
        try project.write(".public.staging-\(pid)/" + OutputFolder.markerName, "# dossier\nindex.html\n")
        try project.write(".public.staging-\(pid)/index.html", "old page")
        try project.write(".public.staging-\(pid)/CNAME", "dossier.example.org")
        let result = project.build()
        #expect(result.report != nil)
        #expect(project.folder.read("public/CNAME") == "dossier.example.org")
        #expect(!project.root.hasStagingLeftovers)
    }

    @Test func anOutputCaughtBetweenTwoRenamesIsPutBack() throws {
        let project = try HostileProject()
        #expect(project.build().report != nil)
        try project.write("public/CNAME", "dossier.example.org")
        let pid = try HostileProject.deadPID()
        try FileManager.default.moveItem(at: project.output, to: project.root.appendingPathComponent(".public.previous-\(pid)"))
        let result = project.build()
        #expect(project.messages(result).contains { $0.hasSuffix("warning: a build was killed while swapping in its site; the previous site was put back from '.public.previous-\(pid)'") })
        #expect(project.folder.read("public/CNAME") == "dossier.example.org")
        #expect(!project.root.hasStagingLeftovers)
    }

    @Test func twoFoldersAreExchangedInOneStep() throws {
        let folder = try TemporaryFolder()
        try folder.write("a/one", "1")
        try folder.write("b/two", "2")
        let outcome = FolderSwap.exchange(folder.url.appendingPathComponent("a"), folder.url.appendingPathComponent("b"))
        #if os(Linux)
        #expect(outcome == .exchanged)
        #endif
        if outcome == .exchanged {
            #expect(folder.files(under: "a") == ["two"])
            #expect(folder.files(under: "b") == ["one"])
        }
    }

    @Test func twoBuildsIntoOneOutputAtOnceTakeTurns() async throws {
        let project = try HostileProject()
        let options = project.options()
        let results = await withTaskGroup(of: Result<SiteBuilder.Report, DiagnosticError>.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    do throws(DiagnosticError) { return .success(try SiteBuilder(options: options).build()) } catch { return .failure(error) }
                }
            }
            var all: [Result<SiteBuilder.Report, DiagnosticError>] = []
            for await result in group { all.append(result) }
            return all
        }
        for result in results { #expect(result.report != nil, "\(result.errorText)") }
        let marker = try #require(project.folder.read("public/" + OutputFolder.markerName))
        let listed = marker.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        #expect(listed == project.folder.files(under: "public").filter { $0 != OutputFolder.markerName })
        #expect(!project.root.hasStagingLeftovers)
    }

    @Test func aBuildThatCannotGetTheLockSaysSo() throws {
        let project = try HostileProject()
        let held = try OutputLock(output: project.output, display: "public", timeout: 1)
        let result = project.build(lockTimeout: 0.2)
        withExtendedLifetime(held) {}
        #expect(result.errorText.hasSuffix("error: another dossier build is writing '\(SiteBuilder.displayPath(project.output))' and did not finish within 0 s; wait for it to end and build again"))
        #expect(!project.exists("public"))
    }
}
