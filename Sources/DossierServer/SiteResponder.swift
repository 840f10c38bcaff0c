#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Answers one request from the site folder: `/x/` serves `x/index.html`, `/x` of a folder
/// redirects to `/x/`, a missing file serves the site's `404.html`.
///
/// A file is served only when its real path (every symlink resolved) lies inside the real path
/// of the site folder, and only regular files are served; names starting with `.` are never
/// served. HTML pages get a small script that reloads them when the site is rebuilt.
struct SiteResponder: Sendable {
    /// The site folder, as given (its real path is resolved at each request, as a rebuild swaps
    /// the folder).
    let folder: String
    let hosts: HostPolicy
    let generation: BuildGeneration

    static let reloadPath = ["__dossier", "generation"]

    static let reloadScript = """
    <script>(function(){var g=null;setInterval(function(){fetch("/\(reloadPath.joined(separator: "/"))").then(function(r){return r.text();})\
    .then(function(t){if(g!==null&&t!==g){location.reload();}g=t;}).catch(function(){});},1000);})();</script>
    """

    /// HTML files larger than this are served as they are, without the reload script.
    static let maxInjectedPage = 16 << 20

    func respond(to head: RequestHead) -> HTTPResponse {
        guard hosts.accepts(head.values(of: "Host"), version: head.version) else {
            if head.values(of: "Host").isEmpty {
                return .text(.badRequest, "bad request: a Host header is required", closesConnection: true)
            }
            return .text(.misdirectedRequest, "this preview answers only to localhost (or the host given with --host)", closesConnection: true)
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            return .text(.methodNotAllowed, "method not allowed: this preview serves files with GET and HEAD only",
                         headers: [("Allow", "GET, HEAD")], closesConnection: true)
        }
        // A GET has no body; one announced would be read as the next request.
        if !head.values(of: "Transfer-Encoding").isEmpty || head.values(of: "Content-Length").contains(where: { $0 != "0" }) {
            return .text(.badRequest, "bad request: a GET or HEAD request has no body", closesConnection: true)
        }
        let path: RequestPath
        do {
            path = try RequestPath(target: head.target)
        } catch {
            return .text(.badRequest, "bad request: the path is not a valid path below the site", closesConnection: true)
        }
        if path.segments == Self.reloadPath {
            return HTTPResponse(status: .ok, headers: Self.headers(type: "text/plain; charset=utf-8"),
                                body: .bytes(Array(String(generation.value).utf8)))
        }
        return serveFile(path)
    }

    private func serveFile(_ path: RequestPath) -> HTTPResponse {
        guard !path.segments.contains(where: { $0.hasPrefix(".") }), let root = Self.realPath(folder) else { return notFound() }
        let asked = path.segments.isEmpty ? root : root + "/" + path.segments.joined(separator: "/")
        guard let real = Self.realPath(asked), Self.isInside(real, root: root), let kind = Self.kind(of: real) else { return notFound() }
        var file = real
        if kind == .directory {
            guard path.hasTrailingSlash || path.segments.isEmpty else {
                return HTTPResponse(status: .movedPermanently,
                                    headers: [("Location", path.encoded(trailingSlash: true))] + Self.headers(type: "text/plain; charset=utf-8"))
            }
            guard let index = Self.realPath(real + "/index.html"), Self.isInside(index, root: root) else { return notFound() }
            file = index
        }
        return fileResponse(file, root: root, status: .ok) ?? notFound()
    }

    private func notFound() -> HTTPResponse {
        if let root = Self.realPath(folder), let page = Self.realPath(root + "/404.html"), Self.isInside(page, root: root),
           let response = fileResponse(page, root: root, status: .notFound) {
            return response
        }
        return .text(.notFound, "not found")
    }

    /// Opens a regular file inside the root and makes its response, or nil.
    private func fileResponse(_ path: String, root: String, status: HTTPStatus) -> HTTPResponse? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Self.openedInside(descriptor, root: root) else {
            close(descriptor)
            return nil
        }
        let size = Int(info.st_size)
        let type = Self.contentType(for: path)
        guard type.hasPrefix("text/html"), size <= Self.maxInjectedPage else {
            return HTTPResponse(status: status, headers: Self.headers(type: type), body: .file(descriptor: descriptor, size: size))
        }
        defer { close(descriptor) }
        guard let page = Self.readAll(descriptor, size: size) else { return nil }
        return HTTPResponse(status: status, headers: Self.headers(type: type), body: .bytes(Self.injectingReloadScript(into: page)))
    }

    static func headers(type: String) -> [(name: String, value: String)] {
        [("Content-Type", type), ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff")]
    }

    /// The page with the reload script before its last `</body>` (or at its end).
    static func injectingReloadScript(into page: [UInt8]) -> [UInt8] {
        let script = Array(reloadScript.utf8)
        let marker = Array("</body>".utf8)
        var index = page.count - marker.count
        while index >= 0 {
            if page[index] == marker[0], page[index..<index + marker.count].elementsEqual(marker) {
                return Array(page[..<index]) + script + Array(page[index...])
            }
            index -= 1
        }
        return page + script
    }

    static func contentType(for path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let fileExtension = name.split(separator: ".").count > 1 ? name.split(separator: ".").last.map { $0.lowercased() } ?? "" : ""
        switch fileExtension {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return name == "feed.xml" ? "application/rss+xml" : "application/xml"
        case "md", "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "pdf": return "application/pdf"
        case "woff": return "font/woff"
        case "woff2": return "font/woff2"
        case "webmanifest": return "application/manifest+json"
        default: return "application/octet-stream"
        }
    }

    enum Kind { case file, directory }

    static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return nil
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// Whether an opened file is still inside the root: a folder swapped for a symlink between
    /// resolving the path and opening it is caught here (Linux names an open file's path).
    static func openedInside(_ descriptor: Int32, root: String) -> Bool {
        #if os(Linux)
        guard let path = realPath("/proc/self/fd/\(descriptor)") else { return false }
        return isInside(path, root: root)
        #else
        return true
        #endif
    }

    static func readAll(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return read(descriptor, base + done, size - done)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        return done == size ? bytes : Array(bytes[..<done])
    }
}
