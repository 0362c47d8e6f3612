import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where Debian puts chromium and chromedriver (`make browser-deps` installs them).
public enum BrowserTools {
    public static func locate() throws -> (chromium: String, chromedriver: String) {
        let chromium = firstExecutable(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"])
        let chromedriver = firstExecutable(["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"])
        guard let chromium, let chromedriver else {
            throw WebDriverError("""
                chromium and chromedriver are needed for the browser tests and \(chromium == nil ? "chromium" : "chromedriver") is missing: \
                run `make browser-deps` (apt-get install chromium chromium-driver), or set THEMATIC_SKIP_BROWSER=1 to leave these tests out
                """)
        }
        return (chromium, chromedriver)
    }

    private static func firstExecutable(_ paths: [String]) -> String? {
        paths.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// chromedriver as a child process on a free loopback port, ended by `terminate()` (and by the test process's exit).
final class ChromeDriverProcess: Sendable {
    let port: UInt16
    private let process: Process

    private init(process: Process, port: UInt16) {
        self.process = process
        self.port = port
    }

    static func launch(chromedriver: String) async throws -> ChromeDriverProcess {
        let port = try freeLoopbackPort()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromedriver)
        process.arguments = ["--port=\(port)", "--allowed-ips=127.0.0.1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let driver = ChromeDriverProcess(process: process, port: port)
        try await driver.waitUntilReady()
        return driver
    }

    /// chromedriver ignores SIGTERM; its /shutdown ends it (and the browsers it started), SIGKILL if that fails.
    func terminate() {
        guard process.isRunning else { return }
        _ = try? LoopbackHTTP(port: port, timeoutSeconds: 5).sendWaiting("GET", "/shutdown", host: "127.0.0.1:\(port)")
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    private func waitUntilReady() async throws {
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        while clock.now < deadline {
            if let answer = try? await WebDriverHTTP.send(port, "GET", "/status", nil),
               let status = WebDriverHTTP.value(in: answer) as? [String: Any],
               status["ready"] as? Bool == true {
                return
            }
            guard process.isRunning else { throw WebDriverError("chromedriver exited at once (status \(process.terminationStatus))") }
            try await Task.sleep(for: .milliseconds(100))
        }
        terminate()
        throw WebDriverError("chromedriver did not become ready within 60 seconds")
    }

    /// A port the system says is free now (bound to port 0, read back, released); chromedriver takes it next.
    static func freeLoopbackPort() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw WebDriverError("no socket for a free port") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { throw WebDriverError("could not bind a free port") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw WebDriverError("could not read the free port") }
        return UInt16(bigEndian: address.sin_port)
    }
}
