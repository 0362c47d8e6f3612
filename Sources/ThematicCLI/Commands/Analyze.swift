import ArgumentParser
import Foundation
import ThematicCore
import ThematicPipeline

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline and publish its artifacts.",
        discussion: "The output folder is replaced only when the whole run succeeds; a failed run leaves it as it was.")

    @Argument(help: "The pipeline file (pipeline.yaml).")
    var pipeline: String

    @Option(name: .long, help: "The output folder (default: the pipeline's 'output').")
    var out: String?

    @Option(name: .shortAndLong, help: "Worker threads; the artifacts do not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Where the anonymization stage writes the re-identification key (must be outside the output folder).")
    var key: String?

    @Flag(name: .long, help: "Print the wall-clock time of reading and of each stage.")
    var timings = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var runner = PipelineRunner(registry: stageRegistry, jobs: jobs, progress: Terminal.progress)
        runner.keyFile = key.map(PathUtilities.absolute)
        runner.importers = importerRegistry
        let result = try reportingDiagnostics { try runner.run(pipelinePath: pipeline, outputOverride: out) }
        let corpus = result.corpus
        Terminal.print("Thematic \(ThematicVersion.current) · \(corpus.study.title)")
        Terminal.print("  \(corpus.interviews.count) interviews with \(Set(corpus.interviews.map(\.participant)).count) of \(corpus.study.participants.count) participants")
        Terminal.print("  stages: " + result.manifest.stages.map { "\($0.id) \($0.version)" }.joined(separator: ", "))
        for line in result.summary { Terminal.print("  " + line) }
        Terminal.print("  \(result.manifest.artifacts.count + 1) files in \(result.outputDirectory) (manifest.json lists them with SHA-256)")
        if timings {
            for (step, seconds) in result.timings { Terminal.print("  time \(step) " + String(format: "%.3f s", seconds)) }
        }
        Terminal.print("  run digest \(result.manifest.runDigest.prefix(16))…; check with: thematic verify \(result.outputDirectory)")
    }
}
