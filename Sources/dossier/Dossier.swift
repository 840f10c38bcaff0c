import ArgumentParser
import DossierCore
import DossierServer
import Foundation

@main
struct DossierCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turns a folder of raw news clips into a publishable dossier site.",
        version: version,
        subcommands: [Build.self, Serve.self, Check.self, Normalize.self, Init.self],
        defaultSubcommand: Build.self
    )
}

/// The folders every building command shares.
struct FolderOptions: ParsableArguments {
    @Option(help: "The folder of clips (*.txt, *.md) and dossier.yml.")
    var source = "seeds"

    @Option(name: .customLong("templates"), help: ArgumentHelp(
        "The templates folder (*.mustache and assets/).",
        discussion: "Default: ./Templates when it exists, else the default templates installed with dossier."))
    var templatesOption: String?

    /// The templates folder the build uses: the one given, ./Templates, or the default templates.
    var templates: String {
        if let templatesOption { return templatesOption }
        if FileManager.default.fileExists(atPath: "Templates") { return "Templates" }
        return DefaultTemplates.folder()?.path ?? "Templates"
    }

    @Option(name: .customLong("base-url"), help: "The absolute URL the site is published at (overrides base_url in dossier.yml).")
    var baseURL: String?

    /// Builds into `output`, returning the report or the diagnostics that stopped the build.
    func build(into output: String, force: Bool = false, cache: Bool = true) -> Result<SiteBuilder.Report, DiagnosticError> {
        let progress = ProgressLine()
        defer { progress?.clear() }
        do throws(DiagnosticError) {
            var options = options(output: output)
            options.force = force
            options.cache = cache
            if let progress { options.progress = { @Sendable (stage: String) in progress.show(stage) } }
            return .success(try SiteBuilder(options: options).build())
        } catch {
            return .failure(error)
        }
    }

    func options(output: String) -> SiteBuilder.Options {
        SiteBuilder.Options(
            source: URL(fileURLWithPath: source), output: URL(fileURLWithPath: output),
            templates: URL(fileURLWithPath: templates), baseURL: baseURL,
            generator: "dossier \(DossierCommand.version)")
    }
}

/// One line on standard error naming the stage a build is in, rewritten in place; only when
/// standard error is a terminal, so pipes, files and CI logs get nothing.
struct ProgressLine: Sendable {
    init?() {
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb",
              ProcessInfo.processInfo.environment["CI"] == nil else { return nil }
    }

    func show(_ stage: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[2Kdossier: \(stage)…".utf8))
    }

    func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

/// Prints diagnostics compiler-style on standard error.
enum Console {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }
}

/// Prints a build's outcome: diagnostics, then one summary line.
enum BuildOutput {
    static func report(_ result: Result<SiteBuilder.Report, DiagnosticError>, output: String, seconds: Double, timings: Bool = false) -> Bool {
        switch result {
        case .success(let report):
            Console.print(report.diagnostics)
            let warnings = report.diagnostics.count(where: { $0.severity == .warning })
            if timings {
                for (stage, seconds) in report.timings.entries {
                    print("  \(stage): \(String(format: "%.3f", seconds)) s")
                }
            }
            print("built \(report.clips) clip\(report.clips == 1 ? "" : "s") into \(report.pages) pages (\(report.files) files) in \(output)/, \(warnings) warning\(warnings == 1 ? "" : "s"), \(String(format: "%.2f", seconds)) s")
            return true
        case .failure(let error):
            Console.print(error.diagnostics)
            let errors = error.diagnostics.count(where: { $0.severity == .error })
            FileHandle.standardError.write(Data("build failed with \(errors) error\(errors == 1 ? "" : "s"); \(output)/ was left as it was\n".utf8))
            return false
        }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site from the clips into the output folder.")

    @OptionGroup var folders: FolderOptions

    @Option(help: "The output folder; replaced only when the whole build succeeds.")
    var output = "public"

    @Flag(help: "Build into an existing folder that dossier did not make. Files dossier did not write are kept; a site file that would take one of their names stops the build.")
    var force = false

    @Flag(help: "Print the time each stage took.")
    var timings = false

    @Flag(name: .customLong("no-cache"), help: "Read every clip again instead of reusing what earlier builds read from unchanged clips (kept in .dossier-cache/ beside the output). The site is the same either way.")
    var noCache = false

    func run() throws {
        let start = Date()
        let result = folders.build(into: output, force: force, cache: !noCache)
        if !BuildOutput.report(result, output: output, seconds: Date().timeIntervalSince(start), timings: timings) {
            throw ExitCode.failure
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build, then serve the site on localhost and rebuild when clips or templates change.")

    @OptionGroup var folders: FolderOptions

    @Option(help: "The output folder.")
    var output = "public"

    @Option(help: "The address to serve on: 127.0.0.1 and ::1 when not given; 0.0.0.0 or a network address shares the preview with other machines.")
    var host: String?

    @Option(help: "The port to serve on (0: a free port the system picks).")
    var port: UInt16 = 8000

    func run() async throws {
        // A preview runs for long: each line must reach a pipe or a log as soon as it is printed.
        StandardOutput.makeLineBuffered()
        let generation = BuildGeneration()
        // Listen before building, so a taken port is reported at once and nothing is announced.
        let server: PreviewServer
        do throws(ServeError) {
            server = try PreviewServer(folder: URL(fileURLWithPath: output), host: host, port: port, generation: generation)
        } catch {
            Console.print([.error(error.description)])
            throw ExitCode.failure
        }
        if !server.isLoopbackOnly {
            Console.print([.warning("serving on \(server.addresses.joined(separator: ", ")): other machines that reach this one can read the preview; leave out --host to serve on this machine only")])
        }
        let watcher = FolderWatcher(folders: [URL(fileURLWithPath: folders.source), URL(fileURLWithPath: folders.templates)])
        var signature = watcher.signature()
        let start = Date()
        _ = BuildOutput.report(folders.build(into: output), output: output, seconds: Date().timeIntervalSince(start))
        server.start()
        print("serving \(output)/ at \(server.url) — edits to \(folders.source)/ and \(folders.templates)/ rebuild and reload; Ctrl-C stops")
        while true {
            try await Task.sleep(nanoseconds: 700_000_000)
            let now = watcher.signature()
            guard now != signature else { continue }
            signature = now
            let begin = Date()
            if BuildOutput.report(folders.build(into: output), output: output, seconds: Date().timeIntervalSince(begin)) {
                generation.advance()
            }
        }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build into a scratch folder and report every problem; exit non-zero on errors.")

    @OptionGroup var folders: FolderOptions

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-check-\(ProcessInfo.processInfo.processIdentifier)")
        defer {
            try? FileManager.default.removeItem(at: scratch)
            // The scratch folder's lock file: no other build ever writes this folder.
            try? FileManager.default.removeItem(at: scratch.deletingLastPathComponent().appendingPathComponent(".\(scratch.lastPathComponent).lock"))
        }
        // No clip cache: it would outlive the scratch folder.
        switch folders.build(into: scratch.path, cache: false) {
        case .success(let report):
            Console.print(report.diagnostics)
            let warnings = report.diagnostics.count(where: { $0.severity == .warning })
            print("checked \(report.clips) clips and \(report.pages) pages: no errors, \(warnings) warning\(warnings == 1 ? "" : "s")")
        case .failure(let error):
            Console.print(error.diagnostics)
            let errors = error.diagnostics.count(where: { $0.severity == .error })
            print("check failed: \(errors) error\(errors == 1 ? "" : "s")")
            throw ExitCode.failure
        }
    }
}
