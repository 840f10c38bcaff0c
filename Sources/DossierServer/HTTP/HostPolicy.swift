#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which `Host` headers the preview answers: the loopback names, plus the host it was asked to
/// serve on. A page on another site that points its own name at 127.0.0.1 (DNS rebinding)
/// sends its own name, and is refused.
struct HostPolicy: Sendable {
    /// The names accepted besides the loopback ones, lowercased, IPv6 literals in brackets.
    var names: Set<String>
    /// Whether any IP literal is accepted (serving on a wildcard address: clients reach it by
    /// the machine's addresses, and an IP literal cannot be rebound to another machine).
    var acceptsIPLiterals: Bool
    /// The port served; a `Host` with another port is refused.
    var port: UInt16

    static let loopbackNames: Set<String> = ["localhost", "127.0.0.1", "[::1]"]

    init(port: UInt16, extraNames: Set<String> = [], acceptsIPLiterals: Bool = false) {
        self.port = port
        self.names = Self.loopbackNames.union(extraNames.map { $0.lowercased() })
        self.acceptsIPLiterals = acceptsIPLiterals
    }

    /// Whether a request with these `Host` values is answered. HTTP/1.1 requires exactly one;
    /// an HTTP/1.0 request may have none.
    func accepts(_ hosts: [String], version: RequestHead.Version) -> Bool {
        guard let host = hosts.first else { return version == .http10 }
        guard hosts.count == 1, let (name, port) = Self.split(host.lowercased()) else { return false }
        if let port, port != self.port { return false }
        if names.contains(name) { return true }
        return acceptsIPLiterals && Self.isIPLiteral(name)
    }

    /// `name[:port]` or `[v6]:port`, into the name and the port; nil when malformed.
    static func split(_ host: String) -> (name: String, port: UInt16?)? {
        var name = Substring(host)
        var portText: Substring?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return nil }
            name = host[...close]
            let rest = host[host.index(after: close)...]
            if !rest.isEmpty {
                guard rest.first == ":" else { return nil }
                portText = rest.dropFirst()
            }
        } else if let colon = host.lastIndex(of: ":") {
            name = host[..<colon]
            portText = host[host.index(after: colon)...]
        }
        guard !name.isEmpty else { return nil }
        guard let portText else { return (String(name), nil) }
        guard !portText.isEmpty, portText.count <= 5, portText.allSatisfy(\.isASCIIDigit), let port = UInt16(portText) else { return nil }
        return (String(name), port)
    }

    static func isIPLiteral(_ name: String) -> Bool {
        var v4 = in_addr()
        var v6 = in6_addr()
        if name.hasPrefix("["), name.hasSuffix("]") {
            return inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &v6) == 1
        }
        return inet_pton(AF_INET, name, &v4) == 1
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
