import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ThematicReview

/// Lines the server logs, collected for inspection.
final class LogLines: @unchecked Sendable {
    // Guarded by `lock`: the server logs from its own threads.
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

@Suite("Review server security")
struct ReviewServerSecurityTests {
    let token = String(repeating: "ab", count: 32)

    private func started(_ backend: FakeBackend = FakeBackend(), log: LogLines = LogLines()) async throws -> (ReviewServer, UInt16) {
        let server = ReviewServer(backend: backend, token: token, log: log.append)
        let url = try await server.start()
        return (server, UInt16(url.port!))
    }

    @Test func theURLNamesLoopbackAndTheToken() async throws {
        let server = ReviewServer(backend: FakeBackend())
        let url = try await server.start()
        defer { Task { await server.stop() } }
        #expect(url.host == "127.0.0.1")
        let query = try #require(url.query)
        #expect(query == "token=\(server.token)")
        #expect(server.token.count == 64 && server.token.allSatisfy(\.isHexDigit))
        #expect(ReviewServer(backend: FakeBackend()).token != server.token)
    }

    @Test func thePageNeedsItsToken() async throws {
        let (server, port) = try await started()
        defer { Task { await server.stop() } }
        let client = LoopbackHTTP(port: port)
        let host = "127.0.0.1:\(port)"
        #expect(try await client.send("GET", "/", host: host).status == 403)
        #expect(try await client.send("GET", "/?token=", host: host).status == 403)
        #expect(try await client.send("GET", "/?token=\(String(repeating: "cd", count: 32))", host: host).status == 403)
        #expect(try await client.send("GET", "/?token=\(token.dropLast())", host: host).status == 403)
        #expect(try await client.send("GET", "/review.js", host: host).status == 403)
        let page = try await client.send("GET", "/?token=\(token)", host: host)
        #expect(page.status == 200)
        #expect(String(decoding: page.body, as: UTF8.self).contains("review.js?token=\(token)"))
        #expect(try await client.send("GET", "/review.js?token=\(token)", host: host).status == 200)
        #expect(try await client.send("GET", "/review.css?token=\(token)", host: host).status == 200)
    }

    @Test func theAPINeedsTheTokenInItsHeader() async throws {
        let (server, port) = try await started()
        defer { Task { await server.stop() } }
        let client = LoopbackHTTP(port: port)
        let host = "127.0.0.1:\(port)"
        #expect(try await client.send("GET", "/api/session", host: host).status == 403)
        // A token in the query is for the page only: an API URL must not carry it (it would reach logs and history).
        #expect(try await client.send("GET", "/api/session?token=\(token)", host: host).status == 403)
        #expect(try await client.send("GET", "/api/session", host: host, headers: [("X-Thematic-Token", "wrong")]).status == 403)
        let session = try await client.send("GET", "/api/session", host: host, headers: [("X-Thematic-Token", token)])
        #expect(session.status == 200)
        #expect((session.json as? [String: Any])?["study"] as? String == "review-fixture")
        #expect(try await client.send("POST", "/api/save", host: host, body: Data(#"{"decisions":[]}"#.utf8)).status == 403)
        #expect(try await client.send("POST", "/api/done", host: host).status == 403)
    }

    @Test func aForeignHostIsRefused() async throws {
        let (server, port) = try await started()
        defer { Task { await server.stop() } }
        let client = LoopbackHTTP(port: port)
        let api = [("X-Thematic-Token", token)]
        // DNS rebinding: a name the attacker controls resolves to 127.0.0.1, and the browser sends that name.
        #expect(try await client.send("GET", "/api/session", host: "attacker.example:\(port)", headers: api).status == 403)
        #expect(try await client.send("GET", "/?token=\(token)", host: "attacker.example:\(port)").status == 403)
        #expect(try await client.send("GET", "/api/session", host: "127.0.0.1", headers: api).status == 403)
        #expect(try await client.send("GET", "/api/session", host: "127.0.0.1:\(port &+ 1)", headers: api).status == 403)
        #expect(try await client.send("GET", "/api/session", host: nil, headers: api).status == 403)
        #expect(try await client.send("GET", "/api/session", host: "localhost:\(port)", headers: api).status == 200)
        #expect(try await client.send("GET", "/api/session", host: "LOCALHOST:\(port)", headers: api).status == 200)
    }

    @Test func aForeignOriginIsRefused() async throws {
        let (server, port) = try await started()
        defer { Task { await server.stop() } }
        let client = LoopbackHTTP(port: port)
        let host = "127.0.0.1:\(port)"
        let body = Data(#"{"decisions":[]}"#.utf8)
        for origin in ["http://attacker.example", "null", "https://127.0.0.1:\(port)", "http://127.0.0.1:\(port &+ 1)", "http://127.0.0.1:\(port).attacker.example"] {
            let answer = try await client.send("POST", "/api/preview", host: host, headers: [("X-Thematic-Token", token), ("Origin", origin)], body: body)
            #expect(answer.status == 403, "Origin \(origin)")
        }
        for origin in ["http://127.0.0.1:\(port)", "http://localhost:\(port)"] {
            let answer = try await client.send("POST", "/api/preview", host: host, headers: [("X-Thematic-Token", token), ("Origin", origin)], body: body)
            #expect(answer.status == 200, "Origin \(origin)")
        }
    }

    @Test func everyAnswerCarriesTheProtectiveHeaders() async throws {
        let (server, port) = try await started()
        defer { Task { await server.stop() } }
        let client = LoopbackHTTP(port: port)
        let host = "127.0.0.1:\(port)"
        for answer in [try await client.send("GET", "/?token=\(token)", host: host), try await client.send("GET", "/", host: host),
                                   try await client.send("GET", "/api/session", host: host, headers: [("X-Thematic-Token", token)])] {
            #expect(answer.headers["cache-control"] == "no-store")
            #expect(answer.headers["x-content-type-options"] == "nosniff")
            #expect(answer.headers["referrer-policy"] == "no-referrer")
            let policy = try #require(answer.headers["content-security-policy"])
            #expect(policy.contains("default-src 'self'") && policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
        }
    }

    @Test func aLargeBodyIsRefusedBeforeItIsRead() async throws {
        let backend = FakeBackend()
        let (server, port) = try await started(backend)
        defer { Task { await server.stop() } }
        // The declared length alone refuses it: the server answers before the (never sent) rest of the body.
        let answer = try await LoopbackHTTP(port: port).send("POST", "/api/preview", host: "127.0.0.1:\(port)", headers: [("X-Thematic-Token", token)],
                                                        body: Data(#"{"decisions":[]}"#.utf8), declaredLength: ReviewServer.maximumBodyBytes + 1)
        #expect(answer.status == 413)
        #expect(backend.previewCount == 0)
    }

    @Test func aBackendErrorIsA422WithItsMessage() async throws {
        let failing = FakeBackend(failure: Diagnostic(file: "decisions.yaml", line: 3, "the decision names turn 9 of T01, which has 3 turns"))
        let (server, port) = try await started(failing)
        defer { Task { await server.stop() } }
        let answer = try await LoopbackHTTP(port: port).send("POST", "/api/save", host: "127.0.0.1:\(port)", headers: [("X-Thematic-Token", token)],
                                                  body: Data(#"{"decisions":[]}"#.utf8))
        #expect(answer.status == 422)
        #expect((answer.json as? [String: Any])?["error"] as? String == "decisions.yaml:3: the decision names turn 9 of T01, which has 3 turns")
    }

    @Test func logLinesHoldNoTokenQueryOrChosenPath() async throws {
        let log = LogLines()
        let (server, port) = try await started(log: log)
        let client = LoopbackHTTP(port: port)
        let host = "127.0.0.1:\(port)"
        _ = try await client.send("GET", "/?token=\(token)", host: host)
        _ = try await client.send("GET", "/?token=Ingrid%20Berg", host: host)
        _ = try await client.send("GET", "/Ingrid-Berg?token=\(token)", host: host)
        _ = try await client.send("POST", "/api/save", host: host, headers: [("X-Thematic-Token", token)], body: Data(#"{"decisions":[{"pseudonym":"Kari"}]}"#.utf8))
        await server.stop()
        let lines = log.all
        #expect(lines.contains("review: GET / 200"))
        #expect(lines.contains("review: GET / 403"))
        #expect(lines.contains("review: GET (other) 404"))
        #expect(lines.contains("review: POST /api/save 200"))
        for line in lines {
            #expect(!line.contains(token) && !line.contains("?") && !line.contains("Ingrid") && !line.contains("Kari"), "\(line)")
        }
    }

    @Test func itListensOnlyOn127001() async throws {
        let (server, port) = try await started()
        defer { Task { await server.stop() } }
        #expect(LoopbackHTTP(address: "127.0.0.1", port: port).accepts())
        // Another loopback address reaches this machine too; a server bound to 127.0.0.1 alone does not answer there.
        #expect(!LoopbackHTTP(address: "127.0.0.2", port: port).accepts())
    }

    @Test func doneStopsTheServer() async throws {
        let (server, port) = try await started()
        let client = LoopbackHTTP(port: port)
        let answer = try await client.send("POST", "/api/done", host: "127.0.0.1:\(port)", headers: [("X-Thematic-Token", token)])
        #expect(answer.status == 200)
        await server.waitUntilDone()
        // The server stops by itself; stop() waits until it is down.
        await server.stop()
        #expect(!client.accepts())
    }

    @Test func tokensCompareWhole() {
        #expect(RequestGuard.constantTimeEqual("abc", "abc"))
        #expect(!RequestGuard.constantTimeEqual("abd", "abc"))
        #expect(!RequestGuard.constantTimeEqual("ab", "abc"))
        #expect(!RequestGuard.constantTimeEqual("abcd", "abc"))
        #expect(!RequestGuard.constantTimeEqual("", "abc"))
    }
}
