import Foundation

/// Reads files of one folder without ever reading outside it.
///
/// A symbolic link is followed only when its target, resolved, is inside the folder; devices,
/// FIFOs, sockets and folders are not read (a FIFO would block the build, a device may never
/// end). The file is opened without blocking, and the opened descriptor itself is checked —
/// that it is a regular file and, on Linux, that its real path is inside the folder — so a
/// link swapped between the check and the open cannot lead outside.
struct FolderReader: Sendable {
    /// What became of one read.
    enum Outcome: Sendable {
        case bytes([UInt8])
        /// The file does not exist.
        case missing
        /// The file was not read; the diagnostic says why.
        case refused(Diagnostic)
    }

    let root: URL
    /// The folder's real path, links resolved.
    let rootReal: String
    /// How messages name the folder, e.g. `source folder 'seeds'`.
    let description: String

    init(root: URL, description: String) {
        self.root = root
        rootReal = OutputFolder.realPath(root)
        self.description = description
    }

    /// Reads `relative` (a path inside the folder); `display` names it in diagnostics, and files
    /// larger than `limit` bytes are refused with `tooLarge`'s message.
    /// Errors say the build stops; warnings, that the file is skipped.
    func read(_ relative: String, display: String, severity: Diagnostic.Severity = .warning,
              limit: Int? = nil, tooLarge: ((Int) -> String)? = nil) -> Outcome {
        let skipped = severity == .error ? "the build stops" : "it is skipped"
        let path = root.path + "/" + relative
        func refuse(_ message: String) -> Outcome { .refused(Diagnostic(severity, message, file: display)) }
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        let isLink = (info.st_mode & S_IFMT) == S_IFLNK
        if isLink {
            guard let resolved = realpath(path, nil) else {
                if errno == ELOOP {
                    return refuse("this symbolic link loops back on itself; \(skipped). Replace it with the file it should name")
                }
                return refuse("this symbolic link points to nothing; \(skipped). Replace it with the file it should name")
            }
            let target = String(cString: resolved)
            free(resolved)
            guard OutputFolder.isInside(target, rootReal) else {
                return refuse("this symbolic link leads to '\(target)', outside the \(description); \(skipped), since dossier reads nothing outside it. Copy the file into the folder instead")
            }
            guard stat(path, &info) == 0 else { return .missing }
        }
        if let kind = Self.notRegular(info.st_mode) {
            return refuse("this is \(kind), not a regular file; \(skipped)")
        }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (isLink ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            return refuse("cannot read this file (\(reason)); \(skipped). Check its permissions")
        }
        defer { close(fd) }
        var opened = stat()
        guard fstat(fd, &opened) == 0 else { return refuse("cannot read this file; \(skipped)") }
        if let kind = Self.notRegular(opened.st_mode) {
            return refuse("this is \(kind), not a regular file; \(skipped)")
        }
        #if os(Linux)
        if let real = Self.path(of: fd), !OutputFolder.isInside(real, rootReal) {
            return refuse("this file is '\(real)', outside the \(description); \(skipped), since dossier reads nothing outside it")
        }
        #endif
        let size = Int(opened.st_size)
        if let limit, size > limit {
            return refuse(tooLarge?(size) ?? "this file is larger than \(limit) bytes; \(skipped)")
        }
        var bytes = [UInt8](repeating: 0, count: max(size, 0))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let n = bytes.withUnsafeMutableBytes { raw in Foundation.read(fd, raw.baseAddress.map { $0 + count }, raw.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return refuse("cannot read this file (\(String(cString: strerror(errno)))); \(skipped)")
            }
            if n == 0 { break }
            count += n
            if let limit, count > limit { return refuse(tooLarge?(count) ?? "this file is larger than \(limit) bytes; \(skipped)") }
        }
        bytes.removeSubrange(count...)
        return .bytes(bytes)
    }

    /// `a folder`, `a FIFO`… for anything that is not a regular file.
    static func notRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "a special file"
        }
    }

    #if os(Linux)
    /// The real path of an open descriptor, from `/proc/self/fd`.
    static func path(of fd: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/fd/\(fd)", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
    #endif
}
