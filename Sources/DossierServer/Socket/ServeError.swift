/// Why the preview could not start serving, in words a user can act on.
public enum ServeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another program listens on the port; `freePort` is one found free nearby.
    case portInUse(address: String, port: UInt16, freePort: UInt16?)
    /// A port below 1024 without the right to use it.
    case permissionDenied(address: String, port: UInt16)
    /// The `--host` value names no address this machine can resolve.
    case unknownHost(String)
    /// Any other failure to listen, with the system's reason.
    case cannotListen(address: String, port: UInt16, reason: String)

    public var description: String {
        switch self {
        case .portInUse(let address, let port, let freePort):
            let suggestion = freePort.map { "pass --port \($0) (free now) or --port 0 to let the system pick one" }
                ?? "pass --port with a free port, or --port 0 to let the system pick one"
            return "port \(port) is already in use on \(address) (another server is running there); \(suggestion)"
        case .permissionDenied(let address, let port):
            return "no permission to serve on port \(port) of \(address) (ports below 1024 are reserved); pass --port 8000 or another port above 1023"
        case .unknownHost(let host):
            return "cannot find an address for host '\(host)'; pass --host with an IP address (127.0.0.1, ::1, 0.0.0.0) or a name this machine resolves"
        case .cannotListen(let address, let port, let reason):
            return "cannot serve on \(address) port \(port): \(reason); pass --host with an address of this machine (e.g. --host 127.0.0.1) or another --port"
        }
    }
}
