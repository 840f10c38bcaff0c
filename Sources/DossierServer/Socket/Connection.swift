#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serves the requests of one client connection in turn, until the client closes it, stays
/// silent past the timeout, or sends a request the server will not read further.
///
/// Every wait is bounded: a request's head must arrive whole within `timeout` of the server
/// starting to wait for it (a client that sends a byte now and then is cut off all the same),
/// and a response must make progress within `timeout`. The bytes held are bounded by the
/// request line and header limits plus one read.
struct Connection: Sendable {
    let descriptor: Int32
    let responder: SiteResponder
    let limits: PreviewServer.Limits
    let slots: ConnectionSlots

    private static let readSize = 16 * 1024
    private static let fileChunk = 64 * 1024

    func serve() {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(Self.readSize)
        var scanner = RequestHeadScanner(maxRequestLine: limits.maxRequestLine, maxHeaderBytes: limits.maxHeaderBytes)
        var served = 0
        while served < limits.maxRequestsPerConnection {
            let deadline = ContinuousClock.now + limits.timeout
            var outcome = scanner.scan(buffer)
            if buffer.isEmpty { slots.markIdle(descriptor) }
            while outcome == .incomplete {
                switch receive(into: &buffer, before: deadline) {
                case .received:
                    slots.markBusy(descriptor)
                    outcome = scanner.scan(buffer)
                case .closed:
                    return
                case .timedOut:
                    if buffer.contains(where: { $0 != 0x0D && $0 != 0x0A }) {
                        refuse(.text(.requestTimeout, "request timeout: the request did not arrive in time", closesConnection: true))
                    }
                    return
                }
            }
            let length: Int
            switch outcome {
            case .incomplete:
                return
            case .requestLineTooLong:
                refuse(.text(.uriTooLong, "URI too long: the request line is limited to \(limits.maxRequestLine) bytes", closesConnection: true))
                return
            case .headersTooLarge:
                refuse(.text(.headerFieldsTooLarge, "request headers too large: they are limited to \(limits.maxHeaderBytes) bytes", closesConnection: true))
                return
            case .complete(let headLength):
                length = headLength
            }
            let head: RequestHead
            do {
                head = try RequestHead(parsing: buffer[..<length], maxHeaderCount: limits.maxHeaderCount)
            } catch {
                refuse(.text(error.status, "\(error.status.reason.lowercased()): the request could not be read", closesConnection: true))
                return
            }
            buffer.removeFirst(length)
            scanner.reset()
            served += 1
            let response = responder.respond(to: head)
            let keepAlive = head.keepsAlive && !response.closesConnection && served < limits.maxRequestsPerConnection
            guard send(response, withBody: head.method != "HEAD", keepAlive: keepAlive) else { return }
            if response.closesConnection {
                lingeringClose()
                return
            }
            if !keepAlive { return }
        }
    }

    // MARK: Reading

    private enum Received { case received, closed, timedOut }

    private func receive(into buffer: inout [UInt8], before deadline: ContinuousClock.Instant) -> Received {
        var chunk = [UInt8](repeating: 0, count: Self.readSize)
        while true {
            guard wait(for: Int16(POLLIN), before: deadline) else { return .timedOut }
            let count = chunk.withUnsafeMutableBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return -1 }
                return recv(descriptor, base, bytes.count, 0)
            }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                return .received
            }
            if count == 0 { return .closed }
            if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
            return .closed
        }
    }

    /// Waits until the socket is ready for `events`, or the deadline passes (false).
    private func wait(for events: Int16, before deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            let milliseconds = Int32(clamping: left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let result = poll(&entry, 1, milliseconds)
            if result > 0 { return true }
            if result < 0, errno != EINTR { return false }
        }
    }

    // MARK: Writing

    /// Sends the response (the body only when asked); false when the client is gone or stalled.
    private func send(_ response: HTTPResponse, withBody: Bool, keepAlive: Bool) -> Bool {
        var head = response.encodedHead(keepAlive: keepAlive)
        switch response.body {
        case .bytes(let bytes):
            if withBody { head += bytes }
            return write(head)
        case .file(let file, let size):
            defer { close(file) }
            guard write(head) else { return false }
            guard withBody else { return true }
            var chunk = [UInt8](repeating: 0, count: Self.fileChunk)
            var sent = 0
            while sent < size {
                let count = chunk.withUnsafeMutableBytes { bytes -> Int in
                    guard let base = bytes.baseAddress else { return -1 }
                    return read(file, base, min(bytes.count, size - sent))
                }
                if count < 0, errno == EINTR { continue }
                // A file that shrank while being sent: the promised length cannot be kept.
                guard count > 0 else { return false }
                guard write(chunk[..<count]) else { return false }
                sent += count
            }
            return true
        }
    }

    private func write(_ bytes: some Collection<UInt8>) -> Bool {
        let bytes = Array(bytes)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return Glibc.send(descriptor, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if count > 0 {
                offset += count
                continue
            }
            guard count < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return false }
            guard wait(for: Int16(POLLOUT), before: ContinuousClock.now + limits.timeout) else { return false }
        }
        return true
    }

    /// Answers a request the server will not read further, then closes.
    private func refuse(_ response: HTTPResponse) {
        if send(response, withBody: true, keepAlive: false) { lingeringClose() }
    }

    /// Stops sending, then reads and drops what the client still sends for a short while, so
    /// that closing does not reset the connection before the client has read the response.
    private func lingeringClose() {
        shutdown(descriptor, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + min(limits.timeout, .milliseconds(500))
        var dropped = 0
        var chunk = [UInt8](repeating: 0, count: Self.readSize)
        while dropped < 1 << 20, wait(for: Int16(POLLIN), before: deadline) {
            let count = chunk.withUnsafeMutableBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return -1 }
                return recv(descriptor, base, bytes.count, 0)
            }
            if count < 0, errno == EAGAIN || errno == EINTR { continue }
            guard count > 0 else { return }
            dropped += count
        }
    }
}
