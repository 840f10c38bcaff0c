import Foundation

/// The statuses the preview server answers with.
struct HTTPStatus: Equatable, Sendable {
    var code: Int
    var reason: String

    static let ok = HTTPStatus(code: 200, reason: "OK")
    static let movedPermanently = HTTPStatus(code: 301, reason: "Moved Permanently")
    static let badRequest = HTTPStatus(code: 400, reason: "Bad Request")
    static let notFound = HTTPStatus(code: 404, reason: "Not Found")
    static let methodNotAllowed = HTTPStatus(code: 405, reason: "Method Not Allowed")
    static let requestTimeout = HTTPStatus(code: 408, reason: "Request Timeout")
    static let uriTooLong = HTTPStatus(code: 414, reason: "URI Too Long")
    static let misdirectedRequest = HTTPStatus(code: 421, reason: "Misdirected Request")
    static let headerFieldsTooLarge = HTTPStatus(code: 431, reason: "Request Header Fields Too Large")
    static let versionNotSupported = HTTPStatus(code: 505, reason: "HTTP Version Not Supported")
}

/// A response: status, headers and a body held in memory or read from an open file.
struct HTTPResponse: Sendable {
    enum Body: Sendable {
        case bytes([UInt8])
        /// An open file descriptor and its size; the connection sends it in chunks, then closes it.
        case file(descriptor: Int32, size: Int)

        var count: Int {
            switch self {
            case .bytes(let bytes): bytes.count
            case .file(_, let size): size
            }
        }
    }

    var status: HTTPStatus
    var headers: [(name: String, value: String)]
    var body: Body
    /// Whether the connection must be closed after this response (errors in the request's framing).
    var closesConnection = false

    init(status: HTTPStatus, headers: [(name: String, value: String)] = [], body: Body = .bytes([]), closesConnection: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.closesConnection = closesConnection
    }

    /// A short plain-text response, for errors that have no page of the site to show.
    static func text(_ status: HTTPStatus, _ message: String, headers: [(name: String, value: String)] = [], closesConnection: Bool = false) -> HTTPResponse {
        HTTPResponse(status: status,
                     headers: [("Content-Type", "text/plain; charset=utf-8")] + headers,
                     body: .bytes(Array((message + "\n").utf8)), closesConnection: closesConnection)
    }

    /// The status line and headers, with `Content-Length` and `Connection` added.
    func encodedHead(keepAlive: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        for header in headers { text += "\(header.name): \(header.value)\r\n" }
        text += "Content-Length: \(body.count)\r\n"
        text += "Connection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        return Array(text.utf8)
    }
}
