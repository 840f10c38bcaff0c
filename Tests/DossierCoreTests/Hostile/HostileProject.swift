import Foundation
import Testing
@testable import DossierCore

/// A small dossier project in a temporary folder — `seeds/` with two short clips and a
/// `dossier.yml`, the repository's templates — to build hostile cases against.
final class HostileProject {
    let folder: TemporaryFolder
    var root: URL { folder.url }
    var seeds: URL { root.appendingPathComponent("seeds") }
    var output: URL { root.appendingPathComponent("public") }
    static let templates = repositoryRoot.appendingPathComponent("Templates")

    init(settings: String = "title: Essai\nlanguage: fr\nbase_url: https://example.org/\n") throws {
        folder = try TemporaryFolder()
        try folder.write("seeds/dossier.yml", settings)
        try folder.write("seeds/001_paris.txt", """
         date 2026-01-06 Réunion à Paris sur l'Ukraine

        par Jeanne Martin

        Le président Emmanuel Macron a reçu mardi 6 janvier 2026 à l'Élysée les dirigeants de la coalition.

        """)
        try folder.write("seeds/002_london.txt", """
        Starmer meets Zelensky in London

        Keir Starmer met Volodymyr Zelensky in London on 8 December 2025 to discuss security guarantees.

        """)
    }

    func write(_ path: String, _ text: String) throws { try folder.write(path, text) }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(root.appendingPathComponent(path).path, &info) == 0
    }

    func options(output: URL? = nil, source: URL? = nil, baseURL: String? = nil, force: Bool = false, lockTimeout: Double = 600) -> SiteBuilder.Options {
        SiteBuilder.Options(source: source ?? seeds, output: output ?? self.output, templates: Self.templates, baseURL: baseURL,
                            generator: "dossier test", force: force, lockTimeout: lockTimeout)
    }

    /// Builds, returning the report or the diagnostics that stopped the build.
    func build(output: URL? = nil, source: URL? = nil, baseURL: String? = nil, force: Bool = false,
               lockTimeout: Double = 600) -> Result<SiteBuilder.Report, DiagnosticError> {
        do throws(DiagnosticError) {
            return .success(try SiteBuilder(options: options(output: output, source: source, baseURL: baseURL, force: force,
                                                             lockTimeout: lockTimeout)).build())
        } catch {
            return .failure(error)
        }
    }

    /// The printed diagnostics of a build, successful or not.
    func messages(_ result: Result<SiteBuilder.Report, DiagnosticError>) -> [String] {
        switch result {
        case .success(let report): report.diagnostics.map(\.description)
        case .failure(let error): error.diagnostics.map(\.description)
        }
    }

    /// A PID that no process has: one of a process that has exited.
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}

extension Result where Success == SiteBuilder.Report, Failure == DiagnosticError {
    var report: SiteBuilder.Report? { if case .success(let r) = self { r } else { nil } }
    var error: DiagnosticError? { if case .failure(let e) = self { e } else { nil } }
    var errorText: String { error?.description ?? "" }
}
