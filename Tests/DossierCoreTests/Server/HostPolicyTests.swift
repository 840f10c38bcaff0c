@testable import DossierServer
import Testing

@Suite struct HostPolicyTests {
    @Test func acceptsLoopbackNamesOnTheServedPort() {
        let policy = HostPolicy(port: 8000)
        for host in ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "[::1]", "LocalHost:8000"] {
            #expect(policy.accepts([host], version: .http11), "\(host)")
        }
        for host in ["evil.example", "evil.example:8000", "localhost:8001", "127.0.0.2:8000", "[::1]:80:80", "localhost:", ":8000", "10.0.0.1"] {
            #expect(!policy.accepts([host], version: .http11), "\(host)")
        }
        #expect(!policy.accepts([], version: .http11))
        #expect(policy.accepts([], version: .http10))
        #expect(!policy.accepts(["localhost", "localhost"], version: .http11))
    }

    @Test func acceptsTheHostItWasToldAndIPLiteralsOnAWildcard() {
        #expect(HostPolicy(port: 80, extraNames: ["preview.lan"]).accepts(["Preview.lan:80"], version: .http11))
        let wildcard = HostPolicy(port: 80, acceptsIPLiterals: true)
        #expect(wildcard.accepts(["192.168.1.20:80"], version: .http11))
        #expect(wildcard.accepts(["[fe80::1]:80"], version: .http11))
        #expect(!wildcard.accepts(["rebound.example:80"], version: .http11))
    }
}
