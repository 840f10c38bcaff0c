import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The connections a server has open, at most `capacity` at once. The accepting thread waits
/// here for a free slot; `stop` cuts every open connection short and waits for their threads.
///
/// `@unchecked Sendable` is sound: every stored `var` is read and written only while
/// `condition` is locked, and `capacity` is a constant.
final class ConnectionSlots: @unchecked Sendable {
    let capacity: Int
    private let condition = NSCondition()
    private var open: Set<Int32> = []
    private var stopping = false
    private var acceptorRunning = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The number of connections open now.
    var count: Int { locked { open.count } }

    /// Waits until a connection may be accepted; false once the server is stopping.
    func waitForSlot() -> Bool {
        locked {
            while open.count >= capacity, !stopping { condition.wait() }
            return !stopping
        }
    }

    /// Records an accepted connection; false (and the caller closes it) once stopping.
    func add(_ descriptor: Int32) -> Bool {
        locked {
            guard !stopping else { return false }
            open.insert(descriptor)
            return true
        }
    }

    /// Closes a finished connection and frees its slot. The descriptor is closed under the lock
    /// so that `stop` never shuts down a number the system has already given to another file.
    func finish(_ descriptor: Int32) {
        locked {
            open.remove(descriptor)
            close(descriptor)
            condition.broadcast()
        }
    }

    func acceptorStarted() { locked { acceptorRunning = true } }

    func acceptorEnded() {
        locked {
            acceptorRunning = false
            condition.broadcast()
        }
    }

    /// Refuses new connections and shuts the open ones down, which wakes their threads.
    func stop() {
        locked {
            stopping = true
            for descriptor in open { shutdown(descriptor, Int32(SHUT_RDWR)) }
            condition.broadcast()
        }
    }

    /// Waits until the accepting thread and every connection have ended, at most `seconds`.
    func waitUntilIdle(seconds: Double) -> Bool {
        let limit = Date(timeIntervalSinceNow: seconds)
        return locked {
            while acceptorRunning || !open.isEmpty {
                guard condition.wait(until: limit) else { return false }
            }
            return true
        }
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        condition.lock()
        defer { condition.unlock() }
        return body()
    }
}
