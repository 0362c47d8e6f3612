import Foundation
import Testing
import ThematicTestSupport

/// Where the scaffold test's scenario runs (`ScaffoldScenario`), checked in a second or two rather than with a build.
@Suite("The scaffold test's namespace")
struct ScaffoldNamespaceTests {
    static let allowed: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ScaffoldScenario.namespace + ["true"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    static func processes(matching pattern: String) -> String {
        let pgrep = Process()
        pgrep.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pgrep.arguments = ["pgrep", "-f", pattern]
        let output = Pipe()
        pgrep.standardOutput = output
        try? pgrep.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        pgrep.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A test killed midway (a CI timeout, `kill -9`) must not leave the scenario's builds running in a namespace
    /// no one can reach, with its overlay's writes held in memory: everything in it ends with the test process
    /// (second reader's finding: they ran on).
    @Test(.enabled(if: allowed, "user namespaces are not allowed here"))
    func whatRunsInTheNamespaceEndsWhenTheTestIsKilled() throws {
        let marker = "2999.\(Int.random(in: 100_000...999_999))"
        let started = try TestSupport.temporaryDirectory("scaffold-kill").appendingPathComponent("started")
        defer { try? FileManager.default.removeItem(at: started.deletingLastPathComponent()) }
        // The test process's stand-in: a shell that starts the namespace, as the test does, and is then killed.
        let inner = "(sleep \(marker) &); sleep \(marker) & touch \(ScaffoldScenario.quoted(started.path)); wait"
        let command = (ScaffoldScenario.namespace + ["bash", "-c", inner]).map(ScaffoldScenario.quoted).joined(separator: " ")
        let parent = Process()
        parent.executableURL = URL(fileURLWithPath: "/bin/bash")
        parent.arguments = ["-c", command + " & wait"]
        parent.standardOutput = FileHandle.nullDevice
        parent.standardError = FileHandle.nullDevice
        try parent.run()
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: started.path), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        try #require(FileManager.default.fileExists(atPath: started.path))
        #expect(!Self.processes(matching: "sleep \(marker)").isEmpty)
        kill(parent.processIdentifier, SIGKILL)
        var left = Self.processes(matching: "sleep \(marker)")
        let until = Date().addingTimeInterval(10)
        while !left.isEmpty, Date() < until {
            Thread.sleep(forTimeInterval: 0.1)
            left = Self.processes(matching: "sleep \(marker)")
        }
        for pid in left.split(separator: "\n").compactMap({ Int32($0) }) { kill(pid, SIGKILL) }
        #expect(left.isEmpty, "still running after the test was killed: \(left)")
    }

    /// A checkout whose path has a comma or a colon (both separators in an overlay's options) is still seen through
    /// the overlay, not left to the copy's full build, and is not written (second reader's finding).
    @Test(.enabled(if: allowed, "user namespaces are not allowed here"))
    func aCheckoutPathWithCommasAndColonsIsMounted() throws {
        let work = try TestSupport.temporaryDirectory("scaffold-path")
        defer { try? FileManager.default.removeItem(at: work) }
        let package = work.appendingPathComponent("my study, v2: final\\copy")
        let results = work.appendingPathComponent("results")
        let scratch = work.appendingPathComponent("over, lay:")
        for folder in [package, results, scratch] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let script = ScaffoldScenario.script(package: package, outside: work.appendingPathComponent("outside"), results: results, overlayScratch: scratch)
        // `swift` is a stand-in that fails at once: what matters is how far the scenario got.
        let bin = work.appendingPathComponent("bin")
        try TestSupport.write("#!/bin/sh\nexit 1\n", to: "swift", in: bin)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("swift").path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ScaffoldScenario.namespace + ["bash", "-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin.path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus != ScaffoldScenario.overlayUnavailable, "the overlay was not mounted")
        #expect(FileManager.default.fileExists(atPath: results.appendingPathComponent("new-stage.txt").path), "the scenario ran")
        #expect(try FileManager.default.contentsOfDirectory(atPath: package.path).isEmpty, "the checkout was written")
    }
}
