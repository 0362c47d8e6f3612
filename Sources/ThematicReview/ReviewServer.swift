import FlyingFox
import FlyingSocks
import Foundation
import ThematicCore

/// The local server behind `thematic review`: loopback only, one random token, one backend.
///
/// Usage: `let url = try await server.start()`, print `url`, then `await server.waitUntilDone()`: it returns when the
/// page's "Save and finish" has stopped the server, or when `stop()` was called (from a signal handler, say); then
/// `await server.stop()` (harmless if already stopped; it waits until the server is down).
public actor ReviewServer {
    /// The secret every request must carry; 64 hex digits unless the caller chose one.
    public nonisolated let token: String
    /// The largest API request body accepted (decisions for a large study stay far below it).
    public static let maximumBodyBytes = 8 * 1024 * 1024

    /// Writes each access line to standard error.
    public static let standardErrorLog: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private let backend: any ReviewBackend
    private let requestedPort: UInt16
    private let log: AccessLog
    private var http: HTTPServer?
    private var runTask: Task<Void, any Error>?
    private var stopping: Task<Void, Never>?
    private var isDone = false
    private var doneWaiters: [CheckedContinuation<Void, Never>] = []

    /// - Parameters:
    ///   - port: the port on 127.0.0.1, or nil for a free one the system picks.
    ///   - token: the secret, or nil for 32 random bytes in hex.
    ///   - log: where the access lines go (standard error unless a test collects them); they never hold a query,
    ///     a body or a header.
    public init(backend: any ReviewBackend, port: UInt16? = nil, token: String? = nil,
                log: @escaping @Sendable (String) -> Void = ReviewServer.standardErrorLog) {
        self.backend = backend
        self.requestedPort = port ?? 0
        self.token = token ?? RequestGuard.randomToken()
        self.log = AccessLog(write: log)
    }

    /// Binds 127.0.0.1, starts serving and returns the page's URL (`http://127.0.0.1:PORT/?token=…`).
    public func start() async throws -> URL {
        guard http == nil else { throw Diagnostic("the review server is already running") }
        isDone = false
        let assets = try PageAssets.load()
        // The port is known only after binding (port 0 = a free one), and the Host check needs it.
        let boundPort = BoundPort()
        let routes = ReviewRoutes(backend: backend, assets: assets, token: token, boundPort: boundPort, log: log,
                                  maximumBodyBytes: Self.maximumBodyBytes, onDone: { [weak self] in
                                      Task { await self?.stop() }
                                  })
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: requestedPort)
        // The handler timeout bounds one backend call; a preview of a large study may take a while.
        let server = HTTPServer(config: .init(address: address, timeout: 300, logger: .disabled), handler: routes)
        http = server
        let task = Task { try await server.run() }
        runTask = task
        do {
            try await server.waitUntilListening(timeout: 10)
        } catch {
            task.cancel()
            http = nil
            if case .failure(let runError) = await task.result { throw Diagnostic("the review server could not start: \(ReviewResponses.message(for: runError))") }
            throw Diagnostic("the review server could not start listening on 127.0.0.1")
        }
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            throw Diagnostic("the review server listens on an unexpected address")
        }
        boundPort.set(port)
        return URL(string: "http://127.0.0.1:\(port)/?token=\(token)")!
    }

    /// Returns when the page said "done" (the server then stops by itself) or `stop()` was called.
    public func waitUntilDone() async {
        if isDone { return }
        await withCheckedContinuation { doneWaiters.append($0) }
    }

    /// Stops listening and closes the connections (an answer being sent, such as the one to "done", gets one second).
    /// The page's "done" calls it too; a second call waits for the first to finish, so a caller that exits after it
    /// never cuts that answer short.
    public func stop() async {
        markDone()
        if stopping == nil, let server = http {
            let run = runTask
            stopping = Task {
                await server.stop(timeout: 1)
                _ = await run?.result
            }
        }
        await stopping?.value
        http = nil
        runTask = nil
        stopping = nil
    }

    private func markDone() {
        isDone = true
        let waiters = doneWaiters
        doneWaiters = []
        waiters.forEach { $0.resume() }
    }
}

/// The bound port, written once right after binding and read by every request.
final class BoundPort: @unchecked Sendable {
    // Guarded by `lock`: a request can only arrive after `set`, but the lock makes that need no reasoning.
    private let lock = NSLock()
    private var port: UInt16?

    func set(_ port: UInt16) { lock.withLock { self.port = port } }
    var value: UInt16? { lock.withLock { port } }
}
