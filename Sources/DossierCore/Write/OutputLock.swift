import Foundation

/// An exclusive lock on one output folder, held while a build stages and swaps in its site,
/// so two builds into the same folder take turns instead of interleaving.
///
/// The lock is `flock` on a file beside the output (`.public.lock` for `public`). The file is
/// never removed: removing a lock file lets a third build lock a new file while the second
/// still holds the old one. The kernel drops the lock when its holder exits, even on `kill -9`.
final class OutputLock: Sendable {
    private let fd: Int32

    /// Waits up to `timeout` seconds for the lock on `output`.
    init(output: URL, display: String, timeout: Double) throws(DiagnosticError) {
        let path = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock").path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw DiagnosticError(.error("cannot create the lock file '\(path)' (\(reason)); check that the folder of '\(display)' is writable",
                                         file: display))
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(fd)
                throw DiagnosticError(.error(
                    "another dossier build is writing '\(display)' and did not finish within \(Int(timeout)) s; wait for it to end and build again",
                    file: display))
            }
            usleep(50_000)
        }
        self.fd = fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
