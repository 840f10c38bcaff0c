import DossierServer
import Foundation

/// A small built site in a temporary folder, served on a loopback port the system picks, with
/// a secret file next to the site (outside it) and symlinks that point at it.
final class ServedSite {
    let folder: TemporaryFolder
    let generation = BuildGeneration()
    let server: PreviewServer
    var site: URL { folder.url.appendingPathComponent("public") }
    var port: UInt16 { server.port }

    static let secret = "TOP SECRET, outside the site"

    init(limits: PreviewServer.Limits = ServedSite.fastLimits, host: String? = nil) throws {
        folder = try TemporaryFolder()
        try folder.write("public/index.html", "<html><body><h1>Front page</h1></body></html>")
        try folder.write("public/404.html", "<html><body><p>No such page in this dossier</p></body></html>")
        try folder.write("public/people/index.html", "<html><body><h1>People</h1></body></html>")
        try folder.write("public/assets/style.css", "body { color: black; }")
        try folder.write("public/dossier.json", "{\"clips\": []}")
        try folder.write("public/.dossier-output", "marker")
        try folder.write("secret.txt", Self.secret)
        try folder.write("outside/secret.txt", Self.secret)
        let files = FileManager.default
        let site = folder.url.appendingPathComponent("public")
        try files.createSymbolicLink(atPath: site.appendingPathComponent("leak.txt").path, withDestinationPath: "../secret.txt")
        try files.createSymbolicLink(atPath: site.appendingPathComponent("absolute.txt").path, withDestinationPath: folder.url.appendingPathComponent("secret.txt").path)
        try files.createSymbolicLink(atPath: site.appendingPathComponent("outside").path, withDestinationPath: "../outside")
        try files.createSymbolicLink(atPath: site.appendingPathComponent("front.html").path, withDestinationPath: "index.html")
        server = try PreviewServer(folder: site, host: host, port: 0, generation: generation, limits: limits)
        server.start()
    }

    deinit { server.stop() }

    /// Short timeouts, so the tests that wait for one stay fast.
    static var fastLimits: PreviewServer.Limits {
        var limits = PreviewServer.Limits()
        limits.timeout = .milliseconds(400)
        return limits
    }

    /// Sends one request and reads its response on a new connection.
    func request(_ text: String, head: Bool = false) throws -> LoopbackClient.Response {
        let client = try LoopbackClient(port: port)
        client.send(text)
        return try client.readResponse(head: head)
    }

    func get(_ target: String, host: String? = nil) throws -> LoopbackClient.Response {
        try request("GET \(target) HTTP/1.1\r\nHost: \(host ?? "localhost:\(port)")\r\nConnection: close\r\n\r\n")
    }
}
