@testable import DossierServer
import Testing

@Suite struct RequestHeadScannerTests {
    func scan(_ chunks: [String], line: Int = 64, headers: Int = 128) -> RequestHeadScanner.Outcome {
        var scanner = RequestHeadScanner(maxRequestLine: line, maxHeaderBytes: headers)
        var buffer: [UInt8] = []
        var outcome = RequestHeadScanner.Outcome.incomplete
        for chunk in chunks {
            buffer += Array(chunk.utf8)
            outcome = scanner.scan(buffer)
            if outcome != .incomplete { return outcome }
        }
        return outcome
    }

    @Test func findsTheEndOfAHeadAcrossReads() {
        #expect(scan(["GET / HTTP/1.1\r\nHost: a\r\n\r\n"]) == .complete(length: 27))
        #expect(scan(["GET / HT", "TP/1.1\r", "\nHost: a\r\n", "\r", "\n"]) == .complete(length: 27))
        #expect(scan(["GET / HTTP/1.1\nHost: a\n\n"]) == .complete(length: 24))
        #expect(scan(["\r\n\r\nGET / HTTP/1.1\r\n\r\n"]) == .complete(length: 22))
        #expect(scan(["GET / HTTP/1.1\r\nHost: a\r\n"]) == .incomplete)
    }

    @Test func refusesALongRequestLineBeforeItsEnd() {
        #expect(scan(["GET /" + String(repeating: "a", count: 70)]) == .requestLineTooLong)
        #expect(scan(Array(repeating: "aaaaaaaaaa", count: 7)) == .requestLineTooLong)
        #expect(scan([String(repeating: "\r\n", count: 40)]) == .requestLineTooLong)
        #expect(scan(["GET /" + String(repeating: "a", count: 45) + " HTTP/1.1\r\n\r\n"]) == .complete(length: 63))
    }

    @Test func refusesLargeHeadersBeforeTheirEnd() {
        #expect(scan(["GET / HTTP/1.1\r\n", String(repeating: "X: y\r\n", count: 30)]) == .headersTooLarge)
        #expect(scan(["GET / HTTP/1.1\r\nX: " + String(repeating: "y", count: 200)]) == .headersTooLarge)
    }
}
