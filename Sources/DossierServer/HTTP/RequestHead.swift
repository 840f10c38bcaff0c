/// The request line and headers of one HTTP/1.x request.
struct RequestHead: Equatable, Sendable {
    struct Header: Equatable, Sendable {
        var name: String
        var value: String
    }

    enum Version: Equatable, Sendable {
        case http10, http11
    }

    /// Why a head was refused, with the status it is answered with.
    enum Failure: Error, Equatable, Sendable {
        case malformed(String)
        case unsupportedVersion
        case tooManyHeaders

        var status: HTTPStatus {
            switch self {
            case .malformed: .badRequest
            case .unsupportedVersion: .versionNotSupported
            case .tooManyHeaders: .headerFieldsTooLarge
            }
        }
    }

    var method: String
    var target: String
    var version: Version
    var headers: [Header]

    /// The values of the headers named `name` (case-insensitive), in order.
    func values(of name: String) -> [String] {
        let lowered = name.lowercased()
        return headers.filter { $0.name.lowercased() == lowered }.map(\.value)
    }

    /// Whether the connection stays open after the response (HTTP/1.1 unless `close`,
    /// HTTP/1.0 only with `keep-alive`).
    var keepsAlive: Bool {
        let tokens = values(of: "Connection").flatMap { $0.lowercased().split(separator: ",") }
            .map { $0.trimmed(of: " \t") }
        switch version {
        case .http11: return !tokens.contains("close")
        case .http10: return tokens.contains("keep-alive")
        }
    }

    /// Parses a complete head (as delimited by `RequestHeadScanner`), strictly: one space between
    /// the parts of the request line, header names as tokens, no folded lines, no bare CR.
    init(parsing bytes: ArraySlice<UInt8>, maxHeaderCount: Int = 100) throws(Failure) {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            var end = index
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(bytes[start..<end])
            start = index + 1
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let requestLine = lines.first else { throw .malformed("empty request") }
        guard lines.count - 1 <= maxHeaderCount else { throw .tooManyHeaders }

        let parts = requestLine.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformed("request line is not 'METHOD target HTTP/1.1'") }
        guard !parts[0].isEmpty, parts[0].allSatisfy(Self.isTokenByte) else { throw .malformed("bad method") }
        guard !parts[1].isEmpty, parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { throw .malformed("bad target") }
        method = String(decoding: parts[0], as: UTF8.self)
        target = String(decoding: parts[1], as: UTF8.self)
        switch Array(parts[2]) {
        case Array("HTTP/1.1".utf8): version = .http11
        case Array("HTTP/1.0".utf8): version = .http10
        case let other where other.count == 8 && other.starts(with: "HTTP/".utf8)
            && other[5].isDigit && other[6] == 0x2E && other[7].isDigit:
            throw .unsupportedVersion
        default: throw .malformed("bad HTTP version")
        }

        headers = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: 0x3A) else { throw .malformed("header without a colon") }
            let name = line[line.startIndex..<colon]
            guard !name.isEmpty, name.allSatisfy(Self.isTokenByte) else { throw .malformed("bad header name") }
            var value = line[(colon + 1)...]
            while let first = value.first, first == 0x20 || first == 0x09 { value.removeFirst() }
            while let last = value.last, last == 0x20 || last == 0x09 { value.removeLast() }
            guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else { throw .malformed("control character in a header") }
            // Header values are Latin-1 text on the wire; each byte is one character.
            headers.append(Header(name: String(decoding: name, as: UTF8.self),
                                  value: String(String.UnicodeScalarView(value.map { Unicode.Scalar($0) }))))
        }
    }

    /// A `tchar` of RFC 9110: letters, digits and ``!#$%&'*+-.^_`|~``.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0x21, 0x23, 0x24, 0x25, 0x26, 0x27, 0x2A, 0x2B, 0x2D, 0x2E, 0x5E, 0x5F, 0x60, 0x7C, 0x7E: true
        default: false
        }
    }
}

private extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}

private extension StringProtocol {
    func trimmed(of set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
