import ArgumentParser
import Foundation
import AnonymizationStage
import ThematicCore
import ThematicPipeline

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-run the pipeline recorded in an output folder and compare the result byte for byte.",
        discussion: "Exits non-zero when an input changed since the run, or when any artifact differs, is missing or is new.")

    @Argument(help: "An output folder written by 'thematic analyze'.")
    var output: String

    @Option(name: .long, help: "The pipeline file, when the output folder was moved away from where it was made.")
    var pipeline: String?

    @Option(name: .long, help: "A re-identification key to check against the one this output was made with.")
    var key: String?

    @Option(name: .long, help: "Environment variable holding the key's passphrase (for a sealed key).")
    var passphraseEnv = "THEMATIC_KEY_PASSPHRASE"

    @Option(name: .shortAndLong, help: "Worker threads for the re-run.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        var runner = PipelineRunner(registry: stageRegistry, jobs: max(1, jobs), progress: Terminal.progress)
        runner.importers = importerRegistry
        let verifier = Verifier(runner: runner)
        let report = try reportingDiagnostics { try verifier.verify(output, pipeline: pipeline) }
        if let key {
            try reportingDiagnostics {
                let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: URL(fileURLWithPath: output + "/" + Manifest.fileName)))
                let digest = try KeyFile.read(from: key, passphrase: ProcessInfo.processInfo.environment[passphraseEnv]).contentDigest()
                guard let recorded = manifest.keySHA256 else { throw Diagnostic(file: key, "the output records no key: it was made without one") }
                guard recorded == digest else { throw Diagnostic(file: key, "this key does not belong to \(output): its digest differs from the one the manifest records") }
                Terminal.print("key: \(key) belongs to this output")
            }
        }
        Terminal.print("pipeline: \(report.pipeline)" + (pipeline == nil ? " (found by the name, digest and inputs the manifest records)" : ""))
        for input in report.changedInputs { Terminal.error("input changed since the run: \(input)") }
        for path in report.differing { Terminal.error("differs: \(output)/\(path)") }
        for path in report.missing { Terminal.error("not reproduced: \(output)/\(path)") }
        for path in report.unexpected { Terminal.error("new in the re-run: \(path)") }
        if let first = report.firstStage { Terminal.error("first stage to differ: \(first.id) (\(first.reason))") }
        guard report.isReproduced else { throw ExitCode(1) }
        Terminal.print("verified: \(output) reproduces byte for byte")
    }
}
