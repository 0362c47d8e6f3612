import Foundation
import Testing
import ThematicTestSupport

/// Proves that adding a stage or an importer takes only the scaffold: an importer with new-importer; a stage in both forms: in this repository (copy the package, run the
/// new-stage plugin, build, run a pipeline that uses the new stage, read its artifact) and in a package of its own
/// (`new-stage --package`, built against the copy as a path dependency, its `thematic` listing the built-in stages
/// and the new one). Set THEMATIC_SKIP_SCAFFOLD_TEST=1 to skip locally.
@Suite("Adding a stage with the new-stage plugin")
struct ScaffoldTests {
    static let enabled = ProcessInfo.processInfo.environment["THEMATIC_SKIP_SCAFFOLD_TEST"] == nil

    @discardableResult
    func shell(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw ShellError(command: arguments.joined(separator: " "), output: String(text.suffix(4000)))
        }
        return text
    }

    struct ShellError: Error, CustomStringConvertible {
        var command: String
        var output: String
        var description: String { "`\(command)` failed:\n\(output)" }
    }

    @Test(.enabled(if: enabled, "THEMATIC_SKIP_SCAFFOLD_TEST is set"), .timeLimit(.minutes(45)))
    func scaffoldedStageBuildsRegistersAndRuns() throws {
        // A fixed folder kept between runs (ScaffoldWorkspace): the copy builds incrementally.
        try ScaffoldWorkspace.prepare()
        let copy = ScaffoldWorkspace.copy
        let fileManager = FileManager.default

        let scaffold = try shell(["swift", "package", "--allow-writing-to-package-directory", "new-stage", "TurnCounts"], in: copy)
        #expect(scaffold.contains("Created stage 'turn-counts'"))
        let manifest = try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains("    \"TurnCounts\",\n]"), "the new stage is the last entry of the stages list")
        #expect(fileManager.fileExists(atPath: copy.appendingPathComponent("Tests/Stages/TurnCounts/TurnCountsTests.swift").path))

        // An importer the same way, built in the same build.
        let importerScaffold = try shell(["swift", "package", "--allow-writing-to-package-directory", "new-importer", "TabSeparated"], in: copy)
        #expect(importerScaffold.contains("Created importer 'tab-separated'"))
        #expect(try String(contentsOf: copy.appendingPathComponent("Package.swift"), encoding: .utf8).contains("    \"TabSeparated\",\n]"))

        try shell(["swift", "build", "--product", "thematic"], in: copy)
        let thematic = copy.appendingPathComponent(".build/debug/thematic").path
        let stages = try shell([thematic, "stages"], in: copy)
        #expect(stages.contains("turn-counts 0.1.0"))
        let importers = try shell([thematic, "importers"], in: copy)
        #expect(importers.contains("tab-separated 0.1.0  (.tabseparated)") && importers.contains("webvtt 1.0.0"), "\(importers)")
        try TestSupport.write("I\tHow did you become a champion?\nP1\tMy manager asked me (laughs).\nI\tAnd then?\nP1\tI said yes.\n", to: "talk.tabseparated", in: copy)
        let imported = try shell([thematic, "import", "--out", "imported", "talk.tabseparated"], in: copy)
        #expect(imported.contains("talk.tabseparated → transcripts/P01.xml: tab-separated, 4 turns"), "\(imported)")

        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - turn-counts\noutput: ../../scaffold-out\n",
                              to: "Fixtures/tech-champions/scaffold.yaml", in: copy)
        try shell([thematic, "analyze", "Fixtures/tech-champions/scaffold.yaml"], in: copy)
        let csv = try String(contentsOf: copy.appendingPathComponent("scaffold-out/turn-counts.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("interview,speaker,turns\nP01,I1,"))
        #expect(csv.split(separator: "\n").count == 17, "one row per speaker in each of the 8 interviews, plus the header")

        // The same stage kept outside the repository: a package of its own with Thematic as a path dependency.
        let outside = ScaffoldWorkspace.outside
        let package = try shell(["swift", "package", "--allow-writing-to-package-directory", "new-stage", "--package", "WordCounts", outside.path], in: copy)
        #expect(package.contains("Created package 'WordCounts' with stage 'word-counts'"), "\(package)")
        // Built in the copy's build folder with the copy's pins: the dependencies and Thematic's own modules, built
        // just above, are reused (the same sources at the same paths), so only the new package's targets compile.
        if fileManager.fileExists(atPath: copy.appendingPathComponent("Package.resolved").path) {
            try fileManager.copyItem(at: copy.appendingPathComponent("Package.resolved"), to: outside.appendingPathComponent("Package.resolved"))
        }
        let scratch = copy.appendingPathComponent(".build").path
        try shell(["swift", "build", "--scratch-path", scratch, "--product", "thematic-word-counts"], in: outside)
        let ownThematic = copy.appendingPathComponent(".build/debug/thematic-word-counts").path
        let ownStages = try shell([ownThematic, "stages"], in: outside)
        #expect(ownStages.contains("word-counts 0.1.0") && ownStages.contains("anonymization ") && ownStages.contains("themes "), "\(ownStages)")
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - anonymization\n  - word-counts\noutput: ../../outside-out\n",
                              to: "Fixtures/tech-champions/outside.yaml", in: copy)
        try shell([ownThematic, "analyze", "Fixtures/tech-champions/outside.yaml"], in: copy)
        let counts = try String(contentsOf: copy.appendingPathComponent("outside-out/word-counts.csv"), encoding: .utf8)
        #expect(counts.hasPrefix("interview,speaker,turns\nP01,I1,"))
    }
}
