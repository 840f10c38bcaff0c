@testable import DossierServer
import Foundation
import Testing

/// The preview server over real loopback sockets.
@Suite struct PreviewServerTests {
    @Test func servesPagesWithTheirTypeAndTheReloadScript() throws {
        let site = try ServedSite()
        let page = try site.get("/")
        #expect(page.status == 200)
        #expect(page.header("Content-Type") == "text/html; charset=utf-8")
        #expect(page.text.contains("<h1>Front page</h1>"))
        #expect(page.text.contains("/__dossier/generation"))
        #expect(page.text.hasSuffix("</body></html>"))
        #expect(try site.get("/assets/style.css").header("Content-Type") == "text/css; charset=utf-8")
        #expect(try site.get("/dossier.json").header("Content-Type") == "application/json")
        #expect(try site.get("/people/").text.contains("<h1>People</h1>"))
    }

    @Test func aMissingPageServesTheSites404Page() throws {
        let site = try ServedSite()
        let response = try site.get("/no/such/page.html")
        #expect(response.status == 404)
        #expect(response.text.contains("No such page in this dossier"))
    }

    @Test func theReloadCounterFollowsRebuilds() throws {
        let site = try ServedSite()
        #expect(try site.get("/__dossier/generation").text == "0")
        site.generation.advance()
        #expect(try site.get("/__dossier/generation").text == "1")
    }

    @Test func aDoubleEncodedTraversalServesNothingOutsideTheSite() throws {
        let site = try ServedSite()
        let target = "/" + Array(repeating: "%252e%252e", count: 6).joined(separator: "/") + "/etc/passwd"
        let response = try site.get(target)
        #expect(response.status == 404)
        #expect(!response.text.contains("root:"))
    }

    static let escapes = [
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
        "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt", "/people/../../secret.txt", "/people/%2e%2e/%2e%2e/secret.txt",
        "/./../secret.txt", "//../secret.txt", "/..\\secret.txt", "/%2e%2e%5csecret.txt", "/people/..%2f..%2fsecret.txt",
        "/%252e%252e/secret.txt", "/%c0%ae%c0%ae/secret.txt", "/..%00/secret.txt",
    ]

    @Test func dotDotNeverLeavesTheSite() throws {
        let site = try ServedSite()
        for target in Self.escapes {
            let response = try site.get(target)
            #expect([400, 404].contains(response.status), "\(target)")
            #expect(!response.text.contains(ServedSite.secret), "\(target)")
        }
    }

    @Test func aSymlinkOutOfTheSiteIsNotFollowed() throws {
        let site = try ServedSite()
        for target in ["/leak.txt", "/absolute.txt", "/outside/secret.txt", "/outside/", "/outside"] {
            let response = try site.get(target)
            #expect(response.status == 404, "\(target)")
            #expect(!response.text.contains(ServedSite.secret), "\(target)")
        }
    }

    @Test func aSymlinkInsideTheSiteIsServed() throws {
        let site = try ServedSite()
        let response = try site.get("/front.html")
        #expect(response.status == 200)
        #expect(response.text.contains("Front page"))
    }

    @Test func dotFilesAreNotServed() throws {
        let site = try ServedSite()
        #expect(try site.get("/.dossier-output").status == 404)
        #expect(try site.get("/%2edossier-output").status == 404)
    }

    @Test func onlyLoopbackHostsAreAnswered() throws {
        let site = try ServedSite()
        for host in ["localhost:\(site.port)", "127.0.0.1:\(site.port)", "[::1]:\(site.port)", "localhost", "LOCALHOST:\(site.port)"] {
            #expect(try site.get("/", host: host).status == 200, "Host: \(host)")
        }
        for host in ["evil.example", "evil.example:\(site.port)", "localhost.evil.example", "localhost:1", "127.0.0.1:99999", "", "[::1"] {
            let status = try site.get("/", host: host).status
            #expect(status == 421 || status == 400, "Host: \(host)")
        }
        #expect(try site.request("GET / HTTP/1.1\r\nConnection: close\r\n\r\n").status == 400)
        #expect(try site.request("GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n").status == 421)
        #expect(try site.request("GET / HTTP/1.0\r\n\r\n").status == 200)
    }

    @Test func aHostGivenWithHostIsAnsweredToo() throws {
        let site = try ServedSite(host: "127.0.0.1")
        #expect(try site.get("/", host: "127.0.0.1:\(site.port)").status == 200)
        let named = try ServedSite(host: "localhost")
        #expect(try named.get("/", host: "evil.example:\(named.port)").status == 421)
    }

    @Test func onlyGetAndHeadAreAllowed() throws {
        let site = try ServedSite()
        for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "BREW"] {
            let response = try site.request("\(method) / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello")
            #expect(response.status == 405, "\(method)")
            #expect(response.header("Allow") == "GET, HEAD", "\(method)")
        }
    }

    @Test func headSendsTheHeadersOfGetAndNoBody() throws {
        let site = try ServedSite()
        let get = try site.get("/")
        let client = try LoopbackClient(port: site.port)
        client.send("HEAD / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        let bytes = client.readToEnd()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(text.hasSuffix("\r\n\r\n"))
        #expect(text.contains("Content-Length: \(get.body.count)\r\n"))
    }

    @Test func aFolderWithoutItsSlashRedirects() throws {
        let site = try ServedSite()
        let response = try site.get("/people")
        #expect(response.status == 301)
        #expect(response.header("Location") == "/people/")
        #expect(try site.get("/people?q=x").header("Location") == "/people/?q=x")
        #expect(try site.get("//people").header("Location") == "/people/")
    }

    @Test func anOversizedRequestLineIsRefusedBeforeParsing() throws {
        let site = try ServedSite()
        let client = try LoopbackClient(port: site.port)
        client.send("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try client.readResponse().status == 414)
        // Without a line end at all, sent in pieces, the limit holds as well.
        let piecemeal = try LoopbackClient(port: site.port)
        for _ in 0..<12 { piecemeal.send("GET /" + String(repeating: "b", count: 1000)) }
        #expect(try piecemeal.readResponse().status == 414)
    }

    @Test func oversizedHeadersAreRefusedBeforeParsing() throws {
        let site = try ServedSite()
        let client = try LoopbackClient(port: site.port)
        let header = "X-Filler: " + String(repeating: "x", count: 1000) + "\r\n"
        client.send("GET / HTTP/1.1\r\nHost: localhost\r\n" + String(repeating: header, count: 40) + "\r\n")
        #expect(try client.readResponse().status == 431)
        let many = try LoopbackClient(port: site.port)
        many.send("GET / HTTP/1.1\r\nHost: localhost\r\n" + String(repeating: "X-A: b\r\n", count: 200) + "\r\n")
        #expect(try many.readResponse().status == 431)
    }

    static let malformed = ["GET / HTTP/2.0\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost : localhost\r\n\r\n",
                      "GET / HTTP/1.1\r\nHost: localhost\r\n folded\r\n\r\n", "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",
                      "GET http://localhost/ HTTP/1.1\r\nHost: localhost\r\n\r\n", "\u{1}\r\n\r\n",
                      "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc"]

    @Test func aMalformedRequestGetsAnError() throws {
        let site = try ServedSite()
        for request in Self.malformed {
            let status = try site.request(request).status
            #expect(status == 400 || status == 505, "\(request.debugDescription)")
        }
    }

    @Test func anIdleConnectionIsClosedAfterTheTimeout() throws {
        let site = try ServedSite()
        let client = try LoopbackClient(port: site.port)
        let start = Date()
        #expect(client.readToEnd().isEmpty)
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func aSlowlorisClientIsCutOffEvenWhileItSends() throws {
        let site = try ServedSite()
        let client = try LoopbackClient(port: site.port)
        let start = Date()
        client.send("GET / HTTP/1.1\r\nHost: localhost\r\n")
        var stillOpen = true
        // One header byte every 50 ms would hold a naive server for ever; the whole head must
        // arrive within the timeout (400 ms here).
        for _ in 0..<60 where stillOpen {
            usleep(50_000)
            stillOpen = client.send("X")
            var probe = pollfd(fd: client.descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&probe, 1, 0) > 0 { stillOpen = false }
        }
        #expect(!stillOpen)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(String(decoding: client.readToEnd(), as: UTF8.self).hasPrefix("HTTP/1.1 408"))
    }

    @Test func keepAliveAndPipelinedRequestsAreServedInOrder() throws {
        let site = try ServedSite()
        let client = try LoopbackClient(port: site.port)
        client.send("GET /people/ HTTP/1.1\r\nHost: localhost\r\n\r\nGET /assets/style.css HTTP/1.1\r\nHost: localhost\r\n\r\n")
        let first = try client.readResponse()
        #expect(first.text.contains("People"))
        let pending = client.pending
        let second: LoopbackClient.Response
        if pending.isEmpty {
            second = try client.readResponse()
        } else {
            // The second response arrived in the same read as the first.
            let text = String(decoding: pending, as: UTF8.self)
            second = LoopbackClient.Response(head: text)
        }
        #expect(second.status == 200)
        client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try client.readResponse().status == 200)
    }

    @Test func aNewClientTakesTheSlotOfTheLongestIdleConnection() throws {
        var limits = ServedSite.fastLimits
        limits.maxConnections = 2
        limits.timeout = .seconds(20)
        let site = try ServedSite(limits: limits)
        let first = try LoopbackClient(port: site.port)
        let second = try LoopbackClient(port: site.port)
        first.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try first.readResponse().status == 200)
        second.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try second.readResponse().status == 200)
        #expect(site.server.openConnections == 2)
        let third = try LoopbackClient(port: site.port, timeout: 5)
        third.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try third.readResponse().status == 200)
        // One of the two idle connections was closed to make room (the one idle the longest,
        // which depends on when each thread went back to waiting); the other still serves.
        var served = 0
        for client in [first, second] {
            client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
            if (try? client.readResponse())?.status == 200 { served += 1 }
        }
        #expect(served == 1)
    }

    @Test func connectionsBeyondTheLimitWaitWhileAllAreBusy() throws {
        var limits = ServedSite.fastLimits
        limits.maxConnections = 2
        limits.timeout = .milliseconds(800)
        let site = try ServedSite(limits: limits)
        let first = try LoopbackClient(port: site.port)
        let second = try LoopbackClient(port: site.port)
        // Requests begun and never finished: the connections are busy, not idle.
        first.send("GET / HTTP/1.1\r\n")
        second.send("GET / HTTP/1.1\r\n")
        usleep(100_000)
        let start = Date()
        let third = try LoopbackClient(port: site.port, timeout: 3)
        third.send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        #expect(try third.readResponse().status == 200)
        // Served once the timeout ended one of the unfinished requests, not before.
        #expect(Date().timeIntervalSince(start) > 0.4)
        #expect(String(decoding: first.readToEnd(), as: UTF8.self).hasPrefix("HTTP/1.1 408"))
    }

    @Test func stoppingEndsEveryConnectionThread() throws {
        var limits = ServedSite.fastLimits
        limits.timeout = .seconds(30)
        let site = try ServedSite(limits: limits)
        let clients = try (0..<5).map { _ in try LoopbackClient(port: site.port) }
        for client in clients { client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") }
        for client in clients { _ = try client.readResponse() }
        #expect(site.server.openConnections == 5)
        #expect(site.server.stop(waitingAtMost: 3))
        #expect(site.server.openConnections == 0)
    }

    @Test func aTakenPortFailsInPlainWordsWithAFreePort() throws {
        let site = try ServedSite()
        #expect {
            _ = try PreviewServer(folder: site.site, port: site.port, generation: BuildGeneration())
        } throws: { error in
            guard let error = error as? ServeError, case .portInUse(_, let port, let free) = error else { return false }
            return port == site.port && free != nil && free != site.port
                && error.description.hasPrefix("port \(site.port) is already in use on 127.0.0.1")
                && error.description.contains("pass --port \(free ?? 0) (free now) or --port 0")
        }
    }

    @Test func portZeroGivesTheRealPortInTheURL() throws {
        let site = try ServedSite()
        #expect(site.port != 0)
        #expect(site.server.url == "http://localhost:\(site.port)/")
        #expect(site.server.addresses.contains("127.0.0.1"))
        #expect(site.server.isLoopbackOnly)
    }

    @Test func bothLoopbackAddressesAreServed() throws {
        let site = try ServedSite()
        for address in site.server.addresses {
            let client = try LoopbackClient(port: site.port, host: address)
            client.send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(try client.readResponse().status == 200, "\(address)")
        }
    }

    @Test func anUnknownHostIsReportedInPlainWords() {
        #expect(throws: ServeError.unknownHost("no-such-host.invalid")) {
            _ = try PreviewServer(folder: URL(fileURLWithPath: "/nonexistent"), host: "no-such-host.invalid", port: 0, generation: BuildGeneration())
        }
    }
}
