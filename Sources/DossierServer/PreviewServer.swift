import DossierCore
import FlyingFox
import Foundation

/// Serves a built site on localhost for preview, with live reload: every HTML page gets a
/// small script that reloads it when the site is rebuilt.
public struct PreviewServer: Sendable {
    public var folder: URL
    public var port: UInt16
    public var generation: BuildGeneration

    public init(folder: URL, port: UInt16, generation: BuildGeneration) {
        self.folder = folder
        self.port = port
        self.generation = generation
    }

    /// Runs until the task is cancelled.
    public func run() async throws {
        let server = HTTPServer(address: .loopback(port: port), logger: .disabled, handler: SiteHandler(folder: folder, generation: generation))
        try await server.run()
    }
}

/// A counter that changes at each successful rebuild; pages poll it to know when to reload.
public actor BuildGeneration {
    public private(set) var value = 0

    public init() {}

    public func advance() { value += 1 }
}

/// Answers requests from the site folder: `/x/` serves `x/index.html`, missing files serve `404.html`.
struct SiteHandler: HTTPHandler {
    let folder: URL
    let generation: BuildGeneration

    static let reloadPath = "/__dossier/generation"

    static let reloadScript = """
    <script>(function(){var g=null;setInterval(function(){fetch("\(reloadPath)").then(function(r){return r.text();})\
    .then(function(t){if(g!==null&&t!==g){location.reload();}g=t;}).catch(function(){});},1000);})();</script>
    """

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path == Self.reloadPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"],
                                body: Data(String(await generation.value).utf8))
        }
        let parts = request.path.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return await notFound() }
        var file = folder
        for part in parts { file.appendPathComponent(part.removingPercentEncoding ?? part) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            file.appendPathComponent("index.html")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else { return await notFound() }
        return response(.ok, data, name: file.lastPathComponent)
    }

    private func notFound() async -> HTTPResponse {
        let data = FileManager.default.contents(atPath: folder.appendingPathComponent("404.html").path) ?? Data("not found".utf8)
        return response(.notFound, data, name: "404.html")
    }

    private func response(_ status: HTTPStatusCode, _ data: Data, name: String) -> HTTPResponse {
        let type = Self.contentType(for: name)
        var body = data
        if type.hasPrefix("text/html"), let html = String(data: data, encoding: .utf8), let end = html.range(of: "</body>", options: .backwards) {
            body = Data((html[..<end.lowerBound] + Self.reloadScript + html[end.lowerBound...]).utf8)
        }
        return HTTPResponse(statusCode: status, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    static func contentType(for name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "md", "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
