#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens listening sockets on a set of addresses, all on one port.
enum ListeningSockets {
    /// Binds every address on `port` (0: one port the system picks, the same for all) and
    /// listens. Returns the descriptors, the addresses bound and the port.
    static func open(_ addresses: [ListenAddress], port: UInt16, backlog: Int32 = 128) throws(ServeError) -> (descriptors: [Int32], bound: [ListenAddress], port: UInt16) {
        // With port 0 the first address picks a port that may be taken on the next one; try again.
        var attempts = port == 0 ? 8 : 1
        while true {
            attempts -= 1
            var descriptors: [Int32] = []
            var bound: [ListenAddress] = []
            var chosen = port
            do throws(ServeError) {
                for address in addresses {
                    switch listen(on: address, port: chosen, backlog: backlog) {
                    case .success(let (descriptor, actual)):
                        descriptors.append(descriptor)
                        bound.append(address)
                        chosen = actual
                    case .failure(let code):
                        if address.isOptional, code == EADDRNOTAVAIL || code == EAFNOSUPPORT { continue }
                        throw error(code, address: address, port: chosen)
                    }
                }
                guard !descriptors.isEmpty else { throw ServeError.cannotListen(address: addresses.map(\.text).joined(separator: ", "), port: port, reason: "no address could be bound") }
                return (descriptors, bound, chosen)
            } catch {
                descriptors.forEach { _ = close($0) }
                if case .portInUse = error, attempts > 0 { continue }
                throw error
            }
        }
    }

    /// One listening socket, or the `errno` that stopped it.
    private static func listen(on address: ListenAddress, port: UInt16, backlog: Int32) -> Result<(Int32, UInt16), ErrnoCode> {
        #if os(Linux)
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let type = SOCK_STREAM
        #endif
        let descriptor = socket(address.family == .v4 ? AF_INET : AF_INET6, type, 0)
        guard descriptor >= 0 else { return .failure(ErrnoCode(errno)) }
        var yes: Int32 = 1
        // Lets a restarted preview take its port back from connections still in TIME_WAIT;
        // on Linux it does not let two servers listen on one port.
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var result: Int32
        switch address.family {
        case .v4:
            var socketAddress = sockaddr_in()
            socketAddress.sin_family = sa_family_t(AF_INET)
            socketAddress.sin_port = port.bigEndian
            inet_pton(AF_INET, address.text, &socketAddress.sin_addr)
            result = withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        case .v6:
            // `::` alone serves IPv4 too; any other IPv6 address serves only itself.
            var v6Only: Int32 = address.text == "::" ? 0 : 1
            setsockopt(descriptor, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &v6Only, socklen_t(MemoryLayout<Int32>.size))
            var socketAddress = sockaddr_in6()
            socketAddress.sin6_family = sa_family_t(AF_INET6)
            socketAddress.sin6_port = port.bigEndian
            inet_pton(AF_INET6, address.text, &socketAddress.sin6_addr)
            result = withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
        }
        #if canImport(Glibc)
        if result == 0 { result = Glibc.listen(descriptor, backlog) }
        #else
        if result == 0 { result = Darwin.listen(descriptor, backlog) }
        #endif
        guard result == 0 else {
            let code = errno
            close(descriptor)
            return .failure(ErrnoCode(code))
        }
        return .success((descriptor, boundPort(descriptor)))
    }

    /// The port a socket is bound to (the one the system picked for port 0).
    static func boundPort(_ descriptor: Int32) -> UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0 else { return 0 }
        switch Int32(storage.ss_family) {
        case AF_INET: return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) } }
        case AF_INET6: return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) } }
        default: return 0
        }
    }

    /// A port near `port` that is free on `address` now, to suggest when `port` is taken.
    static func freePort(near port: UInt16, on address: ListenAddress) -> UInt16? {
        var candidate = port
        for _ in 0..<50 {
            guard candidate < UInt16.max else { return nil }
            candidate += 1
            if case .success(let (descriptor, _)) = listen(on: address, port: candidate, backlog: 1) {
                close(descriptor)
                return candidate
            }
        }
        return nil
    }

    private static func error(_ code: ErrnoCode, address: ListenAddress, port: UInt16) -> ServeError {
        switch code.value {
        case EADDRINUSE: .portInUse(address: address.text, port: port, freePort: freePort(near: port, on: address))
        case EACCES: .permissionDenied(address: address.text, port: port)
        default: .cannotListen(address: address.text, port: port, reason: String(cString: strerror(code.value)))
        }
    }
}

/// An `errno` value, as a failure.
struct ErrnoCode: Error, Equatable {
    var value: Int32
    init(_ value: Int32) { self.value = value }

    static func == (code: ErrnoCode, value: Int32) -> Bool { code.value == value }
}
