/// The path of a request target, percent-decoded exactly once and normalised into segments.
///
/// Decoding happens before any segment is looked at, so `%2e%2e`, `%2F` and the like are
/// seen as the `..` and `/` they stand for; `%252e` decodes to the literal text `%2e`, a file
/// name like any other. `.` and empty segments are dropped and `..` removes the segment before
/// it; a `..` that would climb above the root is refused.
struct RequestPath: Equatable, Sendable {
    enum Failure: Error, Equatable, Sendable {
        /// Not an origin-form target (`/…`).
        case notAbsolutePath
        /// A `%` not followed by two hexadecimal digits.
        case badPercentEncoding
        /// A NUL byte or bytes that are not UTF-8 once decoded.
        case badBytes
        /// A `..` that climbs above the site's root.
        case escapesRoot
    }

    /// The normalised segments, none of them empty, `.` or `..`.
    var segments: [String]
    /// Whether the decoded path ends with `/` (a directory was asked for as such).
    var hasTrailingSlash: Bool
    /// The query, as sent, without its `?` (nil when there is none).
    var query: String?

    init(target: String) throws(Failure) {
        var raw = Substring(target)
        if let mark = raw.firstIndex(of: "#") { raw = raw[..<mark] }
        if let mark = raw.firstIndex(of: "?") {
            query = String(raw[raw.index(after: mark)...])
            raw = raw[..<mark]
        } else {
            query = nil
        }
        guard raw.first == "/" else { throw .notAbsolutePath }

        let decoded = try Self.percentDecoded(Array(raw.utf8))
        guard !decoded.contains(0) else { throw .badBytes }
        hasTrailingSlash = decoded.last == UInt8(ascii: "/")
        segments = []
        for part in decoded.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true) {
            guard let segment = String(validating: part, as: UTF8.self) else { throw .badBytes }
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { throw .escapesRoot }
                segments.removeLast()
            default: segments.append(segment)
            }
        }
        // `/a/..` names the root folder: a directory, asked for as one.
        if let last = decoded.split(separator: UInt8(ascii: "/")).last, last.elementsEqual(".".utf8) || last.elementsEqual("..".utf8) {
            hasTrailingSlash = true
        }
    }

    /// The path percent-encoded again, for a `Location` header: always one leading slash, so
    /// it can never be read as another host (`//host`).
    func encoded(trailingSlash: Bool) -> String {
        var result = "/" + segments.map(Self.percentEncoded).joined(separator: "/")
        if trailingSlash, !segments.isEmpty { result += "/" }
        if let query { result += "?" + query }
        return result
    }

    static func percentDecoded(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "%") else {
                result.append(byte)
                index += 1
                continue
            }
            guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                throw .badPercentEncoding
            }
            result.append(high << 4 | low)
            index += 3
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Encodes everything but unreserved characters and the sub-delimiters safe in a path.
    private static func percentEncoded(_ segment: String) -> String {
        var result = ""
        for byte in segment.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".utf8)
                result += "%"
                result.unicodeScalars.append(Unicode.Scalar(digits[Int(byte >> 4)]))
                result.unicodeScalars.append(Unicode.Scalar(digits[Int(byte & 0xF)]))
            }
        }
        return result
    }
}
