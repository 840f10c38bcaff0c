import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Serves a built site for preview, with live reload: every HTML page gets a small script that
/// reloads it when the site is rebuilt.
///
/// A small HTTP/1.1 server over POSIX sockets: one thread accepts, one thread serves each
/// connection, and every resource is bounded — connections (`maxConnections`; when all are
/// taken the longest-idle one is closed, or the newcomer waits in the listen queue), the time a request may take to arrive (`timeout`), the bytes of a request's
/// head (checked as they arrive, before parsing), the requests on one connection.
public final class PreviewServer: Sendable {
    public struct Limits: Sendable {
        /// Connections served at once.
        public var maxConnections = 64
        /// How long a request's head may take to arrive, and a response to make progress.
        public var timeout: Duration = .seconds(10)
        /// The longest request line (414 beyond).
        public var maxRequestLine = 8 * 1024
        /// The largest header block (431 beyond).
        public var maxHeaderBytes = 32 * 1024
        /// The most header lines (431 beyond).
        public var maxHeaderCount = 100
        /// Requests served on one connection before it is closed.
        public var maxRequestsPerConnection = 10_000

        public init() {}
    }

    /// The port served (the one the system picked when asked for port 0).
    public let port: UInt16
    /// The addresses listened on, as text (`127.0.0.1`, `::1`).
    public let addresses: [String]
    /// Whether every address listened on is a loopback address.
    public let isLoopbackOnly: Bool
    /// The URL to open in a browser.
    public let url: String

    private let listeners: [Int32]
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let responder: SiteResponder
    private let limits: Limits
    private let slots: ConnectionSlots

    /// Binds and listens now, so a taken port fails here, before anything is announced;
    /// connections wait in the listen queue until `start`.
    ///
    /// - Parameter host: nil or `localhost` for `127.0.0.1` and `::1`; otherwise an IP address
    ///   or a name; its `Host` header is then accepted besides the loopback names.
    public init(folder: URL, host: String? = nil, port: UInt16, generation: BuildGeneration, limits: Limits = Limits()) throws(ServeError) {
        guard let wanted = ListenAddress.resolve(host) else { throw .unknownHost(host ?? "") }
        let (descriptors, bound, chosen) = try ListeningSockets.open(wanted, port: port)
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            descriptors.forEach { _ = close($0) }
            throw .cannotListen(address: bound.map(\.text).joined(separator: ", "), port: chosen, reason: String(cString: strerror(errno)))
        }
        _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        listeners = descriptors
        self.port = chosen
        addresses = bound.map(\.text)
        isLoopbackOnly = bound.allSatisfy(\.isLoopback)
        let named = host.map { $0.lowercased() }.flatMap { $0 == "localhost" || $0.isEmpty ? nil : $0 }
        url = if let named, !bound.contains(where: \.isWildcard) {
            "http://\(ListenAddress.literal(named.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))?.urlHost ?? named):\(chosen)/"
        } else {
            "http://localhost:\(chosen)/"
        }
        var extraNames = Set(bound.map(\.urlHost))
        if let named { extraNames.insert(named) }
        let hosts = HostPolicy(port: chosen, extraNames: host == nil ? [] : extraNames,
                               acceptsIPLiterals: bound.contains(where: \.isWildcard))
        responder = SiteResponder(folder: folder.path, hosts: hosts, generation: generation)
        self.limits = limits
        slots = ConnectionSlots(capacity: limits.maxConnections)
    }

    /// The number of connections open now.
    public var openConnections: Int { slots.count }

    /// Starts accepting connections on a thread of its own; returns at once.
    public func start() {
        slots.acceptorStarted()
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "dossier-serve-accept"
        thread.start()
    }

    /// Stops accepting, cuts open connections short, and waits (at most `seconds`) until every
    /// thread of the server has ended. Returns whether they all did.
    @discardableResult
    public func stop(waitingAtMost seconds: Double = 5) -> Bool {
        slots.stop()
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        return slots.waitUntilIdle(seconds: seconds)
    }

    deinit {
        close(wakeRead)
        close(wakeWrite)
    }

    private func acceptLoop() {
        defer {
            listeners.forEach { _ = close($0) }
            slots.acceptorEnded()
        }
        var entries = listeners.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        entries.append(pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0))
        while true {
            for index in entries.indices { entries[index].revents = 0 }
            let ready = poll(&entries, nfds_t(entries.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return
            }
            if entries[entries.count - 1].revents != 0 { return }
            // A client is waiting: make room for it (closing an idle connection if need be).
            guard slots.waitForSlot() else { return }
            for entry in entries.dropLast() where entry.revents & Int16(POLLIN) != 0 {
                let client = accept(entry.fd, nil, nil)
                guard client >= 0 else {
                    // Out of descriptors: wait a moment rather than spin on the pending connection.
                    if errno == EMFILE || errno == ENFILE { usleep(10_000) }
                    continue
                }
                _ = fcntl(client, F_SETFD, FD_CLOEXEC)
                _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
                var yes: Int32 = 1
                setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
                guard slots.add(client) else {
                    close(client)
                    return
                }
                let connection = Connection(descriptor: client, responder: responder, limits: limits, slots: slots)
                let slots = slots
                let thread = Thread {
                    connection.serve()
                    slots.finish(client)
                }
                thread.name = "dossier-serve-connection"
                thread.start()
                // One connection per wake-up, so the slot count is checked before the next.
                break
            }
        }
    }
}
