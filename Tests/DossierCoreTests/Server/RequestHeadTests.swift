@testable import DossierServer
import Testing

@Suite struct RequestHeadTests {
    func parse(_ text: String) throws(RequestHead.Failure) -> RequestHead {
        try RequestHead(parsing: Array(text.utf8)[...])
    }

    @Test func readsTheRequestLineAndHeaders() throws {
        let head = try parse("GET /a?b HTTP/1.1\r\nHost:  localhost:8000 \r\nConnection: close\r\n\r\n")
        #expect(head.method == "GET")
        #expect(head.target == "/a?b")
        #expect(head.version == .http11)
        #expect(head.values(of: "host") == ["localhost:8000"])
        #expect(!head.keepsAlive)
        #expect(try parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").keepsAlive)
        #expect(try !parse("GET / HTTP/1.0\r\n\r\n").keepsAlive)
    }

    @Test func refusesWhatIsNotStrictHTTP() {
        #expect(throws: RequestHead.Failure.unsupportedVersion) { try parse("GET / HTTP/2.0\r\n\r\n") }
        for text in ["GET / HTTP/1.1 x\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / http/1.1\r\n\r\n", "G(T / HTTP/1.1\r\n\r\n",
                     "GET / HTTP/1.1\r\nHost : a\r\n\r\n", "GET / HTTP/1.1\r\n folded\r\n\r\n", "GET / HTTP/1.1\r\nA: b\rc\r\n\r\n",
                     "GET /\u{7F} HTTP/1.1\r\n\r\n"] {
            #expect(throws: RequestHead.Failure.self, "\(text.debugDescription)") { try parse(text) }
        }
        #expect(throws: RequestHead.Failure.tooManyHeaders) {
            try RequestHead(parsing: Array(("GET / HTTP/1.1\r\n" + String(repeating: "A: b\r\n", count: 5) + "\r\n").utf8)[...], maxHeaderCount: 4)
        }
    }
}
