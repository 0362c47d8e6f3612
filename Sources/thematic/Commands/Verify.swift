import ArgumentParser
import Foundation
import ThematicPipeline

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-run the pipeline recorded in an output folder and compare the result byte for byte.",
        discussion: "Exits non-zero when an input changed since the run, or when any artifact differs, is missing or is new.")

    @Argument(help: "An output folder written by 'thematic analyze'.")
    var output: String

    @Option(name: .shortAndLong, help: "Worker threads for the re-run.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let verifier = Verifier(runner: PipelineRunner(registry: stageRegistry, jobs: max(1, jobs), progress: Terminal.progress))
        let report = try reportingDiagnostics { try verifier.verify(output) }
        for input in report.changedInputs { Terminal.error("input changed since the run: \(input)") }
        for path in report.differing { Terminal.error("differs: \(output)/\(path)") }
        for path in report.missing { Terminal.error("not reproduced: \(output)/\(path)") }
        for path in report.unexpected { Terminal.error("new in the re-run: \(path)") }
        guard report.isReproduced else { throw ExitCode(1) }
        Terminal.print("verified: \(output) reproduces byte for byte")
    }
}
