import Foundation

/// Exchanges two folders in one step, so that the output folder is never missing, not even
/// for an instant, and a build killed at any moment leaves the old or the new site.
enum FolderSwap {
    enum Outcome: Equatable {
        case exchanged
        /// The system or the file system cannot exchange folders; the caller renames twice.
        case unsupported
        case failed(Int32)
    }

    /// Exchanges the folders at `a` and `b` (both must exist).
    static func exchange(_ a: URL, _ b: URL) -> Outcome {
        #if os(Linux)
        // `renameat2` is declared by glibc only under _GNU_SOURCE, which Swift's Glibc module
        // does not import, and `syscall` is variadic; so the function is looked up at run time.
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return .unsupported }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        if renameat2(AT_FDCWD, a.path, AT_FDCWD, b.path, renameExchange) == 0 { return .exchanged }
        switch errno {
        case EINVAL, ENOSYS, ENOTSUP: return .unsupported
        case let code: return .failed(code)
        }
        #elseif canImport(Darwin)
        if renamex_np(a.path, b.path, UInt32(RENAME_SWAP)) == 0 { return .exchanged }
        switch errno {
        case EINVAL, ENOTSUP: return .unsupported
        case let code: return .failed(code)
        }
        #else
        return .unsupported
        #endif
    }
}
