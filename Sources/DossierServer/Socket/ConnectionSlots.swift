import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The connections a server has open, at most `capacity` at once. The accepting thread waits
/// here for a free slot; when every slot is taken it first closes the connection idle the
/// longest (one waiting for a next request that has not begun), so clients that only hold
/// connections open cannot keep others out. `stop` cuts every open connection short and waits
/// for their threads.
///
/// `@unchecked Sendable` is sound: every stored `var` is read and written only while
/// `condition` is locked, and `capacity` is a constant.
final class ConnectionSlots: @unchecked Sendable {
    let capacity: Int
    private let condition = NSCondition()
    /// Each open connection, with the time it began waiting for a request (nil while a request
    /// is being read or answered).
    private var open: [Int32: ContinuousClock.Instant?] = [:]
    /// Idle connections shut down to free a slot, whose threads have not ended yet.
    private var reclaiming: Set<Int32> = []
    private var stopping = false
    private var acceptorRunning = false

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The number of connections open now.
    var count: Int { locked { open.count } }

    /// Waits until a connection may be accepted, closing the longest-idle connection when all
    /// slots are taken; false once the server is stopping.
    func waitForSlot() -> Bool {
        locked {
            while open.count >= capacity, !stopping {
                if reclaiming.isEmpty, let oldest = open.compactMap({ entry in entry.value.map { (entry.key, $0) } }).min(by: { $0.1 < $1.1 }) {
                    reclaiming.insert(oldest.0)
                    open[oldest.0] = .some(nil)
                    shutdown(oldest.0, Int32(SHUT_RDWR))
                }
                condition.wait()
            }
            return !stopping
        }
    }

    /// Marks a connection as waiting for its next request, with nothing of it received yet.
    func markIdle(_ descriptor: Int32) {
        locked {
            if open[descriptor] != nil, !reclaiming.contains(descriptor) {
                open[descriptor] = .some(ContinuousClock.now)
                // The accepting thread may be waiting for a connection to become idle.
                if open.count >= capacity { condition.broadcast() }
            }
        }
    }

    /// Marks a connection as reading or answering a request.
    func markBusy(_ descriptor: Int32) {
        locked {
            if open[descriptor] != nil { open[descriptor] = .some(nil) }
        }
    }

    /// Records an accepted connection; false (and the caller closes it) once stopping.
    func add(_ descriptor: Int32) -> Bool {
        locked {
            guard !stopping else { return false }
            open[descriptor] = .some(nil)
            return true
        }
    }

    /// Closes a finished connection and frees its slot. The descriptor is closed under the lock
    /// so that `stop` never shuts down a number the system has already given to another file.
    func finish(_ descriptor: Int32) {
        locked {
            open[descriptor] = nil
            reclaiming.remove(descriptor)
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
            for descriptor in open.keys { shutdown(descriptor, Int32(SHUT_RDWR)) }
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
