#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An address to listen on: an IPv4 or IPv6 address, without its port.
struct ListenAddress: Sendable, Equatable {
    enum Family: Sendable, Equatable { case v4, v6 }

    var family: Family
    /// The address as text: `127.0.0.1`, `::1`.
    var text: String
    /// Whether binding it may fail quietly because the machine lacks it (IPv6 loopback on a
    /// host without IPv6), when another address is served anyway.
    var isOptional = false

    static let loopbackV4 = ListenAddress(family: .v4, text: "127.0.0.1")
    static let loopbackV6 = ListenAddress(family: .v6, text: "::1", isOptional: true)

    /// The address as it appears in a URL or a `Host` header (IPv6 in brackets).
    var urlHost: String { family == .v6 ? "[\(text)]" : text }

    var isLoopback: Bool {
        switch family {
        case .v4: text.hasPrefix("127.")
        case .v6: text == "::1"
        }
    }

    var isWildcard: Bool { text == "0.0.0.0" || text == "::" }

    /// The addresses a `--host` value names: none given or `localhost` means both loopback
    /// addresses; an IP literal (IPv6 with or without brackets) means itself; any other name is
    /// looked up. Nil when the name has no address.
    static func resolve(_ host: String?) -> [ListenAddress]? {
        guard var host, !host.isEmpty, host.lowercased() != "localhost" else { return [.loopbackV4, .loopbackV6] }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if let literal = literal(host) { return [literal] }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if os(Linux)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return nil }
        defer { freeaddrinfo(first) }
        var result: [ListenAddress] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            if let address = current.pointee.ai_addr, let text = numericHost(address, length: current.pointee.ai_addrlen),
               let parsed = literal(text), !result.contains(parsed) {
                result.append(parsed)
            }
            entry = current.pointee.ai_next
        }
        return result.isEmpty ? nil : result
    }

    /// An IPv4 or IPv6 literal, normalised (`0:0:0:0:0:0:0:1` becomes `::1`); nil otherwise.
    static func literal(_ text: String) -> ListenAddress? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return ListenAddress(family: .v4, text: format(AF_INET, &v4))
        }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 {
            return ListenAddress(family: .v6, text: format(AF_INET6, &v6))
        }
        return nil
    }

    private static func format(_ family: Int32, _ address: UnsafeRawPointer) -> String {
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
        guard inet_ntop(family, address, &buffer, socklen_t(buffer.count)) != nil else { return "" }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func numericHost(_ address: UnsafePointer<sockaddr>, length: socklen_t) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        guard getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 else { return nil }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
