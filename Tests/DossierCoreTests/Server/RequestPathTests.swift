@testable import DossierServer
import Testing

@Suite struct RequestPathTests {
    @Test func decodesOnceAndSplitsIntoSegments() throws {
        let path = try RequestPath(target: "/people/Jean%20Dupont/index.html?x=1")
        #expect(path.segments == ["people", "Jean Dupont", "index.html"])
        #expect(!path.hasTrailingSlash)
        #expect(path.query == "x=1")
    }

    @Test func aDoubleEncodedDotIsTheLiteralTextOfASingleEncodedOne() throws {
        #expect(try RequestPath(target: "/%252e%252e/etc/passwd").segments == ["%2e%2e", "etc", "passwd"])
    }

    @Test func encodedDotsAndSlashesAreSeenForWhatTheyAre() throws {
        #expect(try RequestPath(target: "/a/%2e%2e/b").segments == ["b"])
        #expect(try RequestPath(target: "/a%2f..%2fb").segments == ["b"])
        #expect(try RequestPath(target: "/a/./b//c/").segments == ["a", "b", "c"])
        #expect(try RequestPath(target: "/a/..").hasTrailingSlash)
    }

    @Test(arguments: ["/..", "/../x", "/%2e%2e/x", "/a/../../x", "/a/%2e%2E/%2E%2e/x", "/..%2fx"])
    func climbingAboveTheRootIsRefused(target: String) {
        #expect(throws: RequestPath.Failure.escapesRoot) { try RequestPath(target: target) }
    }

    @Test func badBytesAreRefused() {
        #expect(throws: RequestPath.Failure.badPercentEncoding) { try RequestPath(target: "/a%2") }
        #expect(throws: RequestPath.Failure.badPercentEncoding) { try RequestPath(target: "/a%zz") }
        #expect(throws: RequestPath.Failure.badBytes) { try RequestPath(target: "/a%00b") }
        #expect(throws: RequestPath.Failure.badBytes) { try RequestPath(target: "/%c0%ae") }
        #expect(throws: RequestPath.Failure.notAbsolutePath) { try RequestPath(target: "http://evil.example/") }
        #expect(throws: RequestPath.Failure.notAbsolutePath) { try RequestPath(target: "*") }
    }

    @Test func aRedirectTargetAlwaysStaysOnThisHost() throws {
        #expect(try RequestPath(target: "//evil.example").encoded(trailingSlash: true) == "/evil.example/")
        #expect(try RequestPath(target: "/a b/%C3%A9t%C3%A9").encoded(trailingSlash: true) == "/a%20b/%C3%A9t%C3%A9/")
        #expect(try RequestPath(target: "/people?q=%22x%22").encoded(trailingSlash: true) == "/people/?q=%22x%22")
    }
}
