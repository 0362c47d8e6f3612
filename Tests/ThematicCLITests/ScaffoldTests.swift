import Foundation
import Testing
import ThematicTestSupport

/// Proves that adding a stage or an importer takes only the scaffold: an importer with new-importer; a stage in both
/// forms: in this repository (run the new-stage plugin, build, run a pipeline that uses the new stage, read its
/// artifact) and in a package of its own (`new-stage --package`, built against the package as a path dependency, its
/// `thematic` listing the built-in stages and the new one). Where it runs: `ScaffoldScenario`. Set
/// THEMATIC_SKIP_SCAFFOLD_TEST=1 to skip locally.
@Suite("Adding a stage with the new-stage plugin")
struct ScaffoldTests {
    static let enabled = ProcessInfo.processInfo.environment["THEMATIC_SKIP_SCAFFOLD_TEST"] == nil
    /// THEMATIC_SCAFFOLD_IN_COPY=1 takes the way systems without namespaces take (a copy of the package).
    static let overlayAllowed = ProcessInfo.processInfo.environment["THEMATIC_SCAFFOLD_IN_COPY"] == nil

    /// Runs `arguments` and returns its exit status and output (stdout and stderr together).
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: enabled, "THEMATIC_SKIP_SCAFFOLD_TEST is set"), .timeLimit(.minutes(45)))
    func scaffoldedStageBuildsRegistersAndRuns() throws {
        let work = try TestSupport.temporaryDirectory("scaffold")
        defer { try? FileManager.default.removeItem(at: work) }
        let results = work.appendingPathComponent("results")
        let scratch = work.appendingPathComponent("overlay")
        for folder in [results, scratch] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let outside = work.appendingPathComponent("WordCounts")

        // In the checkout itself, seen through an overlay in a namespace of its own (ScaffoldScenario says why);
        // in a copy where that is not allowed.
        var ran = (status: ScaffoldScenario.overlayUnavailable, output: "")
        if Self.overlayAllowed, try run(ScaffoldScenario.namespace + ["true"]).status == 0 {
            let script = ScaffoldScenario.script(package: TestSupport.packageRoot, outside: outside, results: results, overlayScratch: scratch)
            ran = try run(ScaffoldScenario.namespace + ["bash", "-c", script])
        }
        if ran.status == ScaffoldScenario.overlayUnavailable {
            try ScaffoldWorkspace.prepare()
            ran = try run(["bash", "-c", ScaffoldScenario.script(package: ScaffoldWorkspace.copy, outside: outside, results: results, overlayScratch: nil)])
        }
        try #require(ran.status == 0, "\(ran.output)")
        func result(_ name: String) throws -> String { try String(contentsOf: results.appendingPathComponent(name), encoding: .utf8) }

        #expect(try result("new-stage.txt").contains("Created stage 'turn-counts'"))
        #expect(try result("Package.after-stage.swift").contains("    \"TurnCounts\",\n]"), "the new stage is the last entry of the stages list")
        #expect(FileManager.default.fileExists(atPath: results.appendingPathComponent("stage-tests-written").path))
        // An importer the same way, built in the same build.
        #expect(try result("new-importer.txt").contains("Created importer 'tab-separated'"))
        #expect(try result("Package.after-importer.swift").contains("    \"TabSeparated\",\n]"))
        #expect(try result("stages.txt").contains("turn-counts 0.1.0"))
        let importers = try result("importers.txt")
        #expect(importers.contains("tab-separated 0.1.0  (.tabseparated)") && importers.contains("webvtt 1.0.0"), "\(importers)")
        let imported = try result("import.txt")
        #expect(imported.contains("talk.tabseparated → transcripts/P01.xml: tab-separated, 4 turns"), "\(imported)")
        let csv = try result("turn-counts.csv")
        #expect(csv.hasPrefix("interview,speaker,turns\nP01,I1,"))
        #expect(csv.split(separator: "\n").count == 17, "one row per speaker in each of the 8 interviews, plus the header")

        // The same stage kept outside the repository: a package of its own with Thematic as a path dependency.
        #expect(try result("new-package.txt").contains("Created package 'WordCounts' with stage 'word-counts'"))
        let ownStages = try result("outside-stages.txt")
        #expect(ownStages.contains("word-counts 0.1.0") && ownStages.contains("anonymization ") && ownStages.contains("themes "), "\(ownStages)")
        #expect(try result("word-counts.csv").hasPrefix("interview,speaker,turns\nP01,I1,"))
    }
}
