/// Finds where a request's head ends in the bytes read so far, enforcing the size limits on the
/// way: the request line and the header block are measured as bytes arrive, before anything is
/// parsed, so an oversized request costs no more than reading the limit once.
///
/// Each call scans only the bytes added since the previous call: the work is linear in the
/// bytes received, however they are split across reads.
struct RequestHeadScanner: Sendable {
    enum Outcome: Equatable, Sendable {
        /// The head is not complete yet and within its limits.
        case incomplete
        /// The head is complete: it is the first `length` bytes (the blank line included).
        case complete(length: Int)
        /// The request line is longer than the limit (414).
        case requestLineTooLong
        /// The header block is larger than the limit (431).
        case headersTooLarge
    }

    let maxRequestLine: Int
    let maxHeaderBytes: Int

    /// The index just past the request line's line feed, once found.
    private var headersStart: Int?
    /// Where the line being scanned starts.
    private var lineStart = 0
    /// How far the bytes have been scanned.
    private var scanned = 0

    init(maxRequestLine: Int, maxHeaderBytes: Int) {
        self.maxRequestLine = maxRequestLine
        self.maxHeaderBytes = maxHeaderBytes
    }

    /// Scans the bytes added to `buffer` since the last call (the buffer only ever grows
    /// between calls, until `reset`).
    mutating func scan(_ buffer: [UInt8]) -> Outcome {
        while scanned < buffer.count {
            let index = scanned
            scanned += 1
            guard buffer[index] == 0x0A else { continue }
            guard let start = headersStart else {
                // Empty lines before the request line are skipped (RFC 9112, 2.2) but count
                // towards its length, so a stream of them is still bounded.
                if isBlankLine(buffer, end: index) {
                    lineStart = index + 1
                    continue
                }
                if index + 1 > maxRequestLine { return .requestLineTooLong }
                headersStart = index + 1
                lineStart = index + 1
                continue
            }
            if isBlankLine(buffer, end: index) { return .complete(length: index + 1) }
            lineStart = index + 1
            if index + 1 - start > maxHeaderBytes { return .headersTooLarge }
        }
        if let start = headersStart {
            if buffer.count - start > maxHeaderBytes { return .headersTooLarge }
        } else if buffer.count > maxRequestLine {
            return .requestLineTooLong
        }
        return .incomplete
    }

    /// Starts over for the next request, once the previous head was removed from the buffer.
    mutating func reset() {
        headersStart = nil
        lineStart = 0
        scanned = 0
    }

    /// Whether the line from `lineStart` to the line feed at `end` is empty (an optional CR only).
    private func isBlankLine(_ buffer: [UInt8], end: Int) -> Bool {
        end == lineStart || (end == lineStart + 1 && buffer[lineStart] == 0x0D)
    }
}
