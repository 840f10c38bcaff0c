#if canImport(Glibc)
// `stdout` is a C global; it is only passed to `setvbuf` here, before other threads print.
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// The process's standard output.
public enum StandardOutput {
    /// Makes standard output line-buffered, so each printed line reaches a pipe or a log file at
    /// once (the C library buffers whole blocks when the output is not a terminal). Call it
    /// before printing anything.
    public static func makeLineBuffered() {
        setvbuf(stdout, nil, _IOLBF, 0)
    }
}
