import Foundation

/// The whole build, from the source folder to the output folder:
/// load → normalize → extract → link → plan → render → check links → write.
public struct SiteBuilder: Sendable {
    /// Folders as URLs, and how diagnostics name them (relative to the working directory).
    public struct Options: Sendable {
        public var source: URL
        public var output: URL
        public var templates: URL
        public var baseURL: String?
        /// `dossier <version>`, written into `dossier.json` and the pages' generator tag.
        public var generator: String
        /// Build into an existing folder that dossier did not make (its files are kept).
        public var force: Bool
        /// How long to wait for another build writing the same output, in seconds.
        public var lockTimeout: Double
        /// Told each stage's name as it starts (the command line shows it on a terminal).
        public var progress: (@Sendable (String) -> Void)?
        /// Reuse what earlier builds into this output read from unchanged clips (`ClipCache`).
        /// The site is the same either way; `dossier build --no-cache` turns it off.
        public var cache = false

        public init(source: URL, output: URL, templates: URL, baseURL: String? = nil, generator: String,
                    force: Bool = false, lockTimeout: Double = 600) {
            self.source = source
            self.output = output
            self.templates = templates
            self.baseURL = baseURL
            self.generator = generator
            self.force = force
            self.lockTimeout = lockTimeout
        }
    }

    public struct Report: Sendable {
        public var clips: Int
        public var pages: Int
        public var files: Int
        public var diagnostics: [Diagnostic]
        public var timings: StageTimings
    }

    public var options: Options

    public init(options: Options) { self.options = options }

    /// Builds the site; throws (leaving the previous output untouched) when there is an error.
    public func build() throws(DiagnosticError) -> Report {
        var timings = StageTimings(onStart: options.progress)
        var diagnostics: [Diagnostic] = []
        let sourceName = Self.displayPath(options.source)
        let outputName = Self.displayPath(options.output)
        // Refuse an output that is not dossier's before any work, and again under the lock.
        try OutputFolder.checkPlacement(options.output, display: outputName, protected: [
            (options.source, sourceName, "source"), (options.templates, Self.displayPath(options.templates), "templates"),
        ])
        _ = try OutputFolder.ownership(of: options.output, display: outputName, force: options.force)
        var settings = DossierSettings()
        // What the clips' cached results depend on besides the clips: the settings file and --base-url.
        var cacheContext = Array("\(options.baseURL ?? "-")\u{0}".utf8)
        let settingsName = "\(sourceName)/dossier.yml"
        let settingsFile = FolderReader(root: options.source, description: "source folder '\(sourceName)'")
            .read("dossier.yml", display: settingsName, severity: .error, limit: SettingsLoader.maximumSize) { size in
                "dossier.yml is \(size / 1024) KB; a settings file is at most \(SettingsLoader.maximumSize / 1024) KB. Keep only settings and corrections in it"
            }
        switch settingsFile {
        case .refused(let diagnostic):
            throw DiagnosticError(diagnostic)
        case .bytes(let bytes):
            cacheContext += bytes
            let (parsed, found) = try SettingsLoader().parse(String(decoding: bytes, as: UTF8.self), path: settingsName)
            settings = parsed
            diagnostics += found
        case .missing:
            diagnostics.append(.warning("no dossier.yml; using a default title. Add one with 'title:', 'description:' and 'language:'",
                                        file: "\(sourceName)/dossier.yml"))
        }
        if let base = options.baseURL {
            if let problem = BaseURL.problem(base) {
                throw DiagnosticError(.error("--base-url '\(base)' \(problem); pass the absolute http(s) URL the site is published at, e.g. --base-url https://example.org/dossier/"))
            }
            settings.baseURL = BaseURL.normalized(base)
        }
        if settings.baseURL == nil {
            diagnostics.append(.warning(
                "no base_url: feed.xml, feed.json and sitemap.xml use relative URLs, which feed readers and crawlers cannot resolve, and pages get no canonical link; set 'base_url: https://…/' here or pass --base-url",
                file: "\(sourceName)/dossier.yml"))
        }

        // The clips' raw text lives only until the dossier is built from it.
        let (dossier, clipCount) = try { () throws(DiagnosticError) in
            let loaded = try timings.measure("load") { () throws(DiagnosticError) in
                try SourceLoader().load(folder: options.source, displayFolder: sourceName)
            }
            diagnostics += loaded.diagnostics
            diagnostics += SettingsLoader.checkClipNames(settings.corrections, clips: loaded.files.map(\.fileName), path: settingsName)
            let cache = options.cache ? ClipCache(output: options.output, context: cacheContext, generator: options.generator) : nil
            let (dossier, buildDiagnostics) = DossierBuilder(settings: settings).build(loaded.files, timings: &timings, cache: cache)
            diagnostics += buildDiagnostics
            return (dossier, loaded.files.count)
        }()

        let renderer = try PageRenderer(folder: options.templates, displayFolder: Self.displayPath(options.templates))
        let (assets, assetDiagnostics) = Self.assets(in: options.templates, displayFolder: Self.displayPath(options.templates))
        diagnostics += assetDiagnostics
        let planned = SitePlanner(generator: options.generator, assets: assets).plan(dossier, timings: &timings)
        let writer = try timings.measure("prepare staging") { () throws(DiagnosticError) in
            try SiteWriter(output: options.output, displayFolder: outputName, paths: planned.map(\.path),
                           force: options.force, lockTimeout: options.lockTimeout)
        }
        diagnostics += writer.diagnostics
        // Render and write in parallel, keeping only each page's ids and links for the check.
        let results: [RenderedFile] = timings.measure("render+write") {
            planned.parallelMap { file in Self.renderAndWrite(file, renderer: renderer, writer: writer) }
        }
        var renderErrors: [Diagnostic] = []
        var pages: [String: LinkChecker.PageLinks] = [:]
        for result in results {
            switch result {
            case .failed(let error): renderErrors += error.diagnostics
            case .unwritten(let path):
                renderErrors.append(.error("cannot write '\(path)' into the staging folder; check free disk space and permissions", file: outputName))
            case .page(let path, let links): pages[path] = links
            case .file: break
            }
        }
        if !renderErrors.isEmpty {
            writer.discard()
            throw DiagnosticError(diagnostics + Array(Set(renderErrors)).sorted(by: Self.byLocation))
        }
        let linkErrors = timings.measure("check links") {
            LinkChecker().check(pages: pages, files: Set(planned.map(\.path)), displayFolder: outputName)
        }
        if !linkErrors.isEmpty {
            writer.discard()
            throw DiagnosticError(diagnostics + linkErrors)
        }
        diagnostics += try timings.measure("swap in") { () throws(DiagnosticError) in try writer.commit() }
        return Report(clips: clipCount, pages: pages.count, files: planned.count,
                      diagnostics: diagnostics, timings: timings)
    }

    /// What became of one planned file.
    enum RenderedFile: Sendable {
        case page(String, LinkChecker.PageLinks)
        case file
        case unwritten(String)
        case failed(DiagnosticError)
    }

    static func renderAndWrite(_ file: PlannedFile, renderer: PageRenderer, writer: SiteWriter) -> RenderedFile {
        let bytes: [UInt8]
        do throws(DiagnosticError) {
            bytes = try Self.bytes(of: file.content, renderer: renderer)
        } catch {
            return .failed(error)
        }
        guard writer.write(file.path, bytes) else { return .unwritten(file.path) }
        return file.path.hasSuffix(".html") ? .page(file.path, LinkChecker.PageLinks(html: bytes)) : .file
    }

    /// The bytes of a planned file's content, its page rendered.
    static func bytes(of content: PlannedFile.Content, renderer: PageRenderer) throws(DiagnosticError) -> [UInt8] {
        switch content {
        case .text(let text): Array(text.utf8)
        case .bytes(let raw): raw
        case .page(let template, let context): Array(try renderer.render(template, context: context).utf8)
        }
    }

    static func byLocation(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        (lhs.file ?? "", lhs.line ?? 0, lhs.message) < (rhs.file ?? "", rhs.line ?? 0, rhs.message)
    }

    /// Every file under `templates/assets`, keyed by its path relative to `assets`, read without
    /// leaving the templates folder; hidden files and names with control characters are left out.
    static func assets(in templates: URL, displayFolder: String) -> ([String: [UInt8]], [Diagnostic]) {
        let reader = FolderReader(root: templates, description: "templates folder '\(displayFolder)'")
        var result: [String: [UInt8]] = [:]
        var diagnostics: [Diagnostic] = []
        func visit(_ relative: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: templates.path + "/" + relative) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = relative + "/" + name
                let display = "\(displayFolder)/\(path)"
                guard OutputFolder.isPlainRelativePath(path) else {
                    diagnostics.append(.warning("this asset's name holds control characters; it is not published. Rename it", file: display))
                    continue
                }
                if SiteWriter.isRealFolder(templates.path + "/" + path) {
                    visit(path)
                    continue
                }
                switch reader.read(path, display: display) {
                case .bytes(let bytes): result[String(path.dropFirst("assets/".count))] = bytes
                case .refused(let diagnostic): diagnostics.append(diagnostic)
                case .missing: break
                }
            }
        }
        visit("assets")
        return (result, diagnostics)
    }

    /// A path relative to the working directory when it is inside it.
    public static func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        if path == cwd { return "." }
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}
