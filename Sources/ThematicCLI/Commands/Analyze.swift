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

    @Flag(name: .long, help: "Show progress on stderr even when it is not a terminal (a line per update, for logs).")
    var progress = false

    @Option(name: .long, help: "Run as this many shards (the same bytes as one process; Docs/Scaling.md).")
    var shards: Int?

    @Option(name: .long, help: "Where shards run: local (child processes here) or slurm (job arrays).")
    var executor: Executor = .local

    @Option(name: .long, help: "The shards' work folder (default: a hidden folder beside the output, removed after success); with slurm, on the shared file system.")
    var work: String?

    @Option(name: .long, parsing: .singleValue, help: "An extra sbatch option for every job (e.g. --sbatch=--partition=short); repeatable.")
    var sbatch: [String] = []

    enum Executor: String, ExpressibleByArgument, CaseIterable { case local, slurm }

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let shards, shards < 1 { throw ValidationError("--shards must be at least 1") }
        if shards == nil, work != nil || executor != .local || !sbatch.isEmpty {
            throw ValidationError("--executor, --work and --sbatch go with --shards")
        }
        // Each goes into the #SBATCH lines of every job script.
        for option in sbatch {
            do { try SlurmExecutor.checkSbatchOption(option) } catch let error as Diagnostic { throw ValidationError(error.message) }
        }
    }

    func run() throws {
        let reporter = Terminal.progress(forced: progress)
        let result = try reportingDiagnostics { () -> PipelineRunner.Result in
            if let shards { return try runSharded(shards, progress: reporter) }
            var runner = PipelineRunner(registry: stageRegistry, jobs: jobs, progress: reporter)
            runner.keyFile = key.map(PathUtilities.absolute)
            runner.importers = importerRegistry
            return try runner.run(pipelinePath: pipeline, outputOverride: out)
        }
        Self.printSummary(result, timings: timings)
    }

    /// Prepares the shards, runs their steps with the executor, and merges; the work folder is removed after success
    /// when the run made it.
    private func runSharded(_ shards: Int, progress: (@Sendable (String) -> Void)?) throws -> PipelineRunner.Result {
        let sharded = ShardedRun(registry: stageRegistry, importers: importerRegistry, jobs: jobs, progress: progress)
        // The default folder is held by this process's lock while it exists, so a run elsewhere (another PID namespace,
        // another host) publishing to the same output never removes it as a killed run's.
        let owner = try work == nil ? Self.claimDefaultWorkFolder(pipeline: pipeline, out: out) : nil
        defer { owner?.release() }
        let folder = ShardWorkFolder(work ?? owner!.path)
        let plan = try sharded.prepare(pipelinePath: pipeline, output: out, key: key.map(PathUtilities.absolute), shards: shards, work: folder)
        let program = Self.executablePath
        do {
            switch executor {
            case .local: try LocalExecutor(executable: program, jobs: jobs, progress: progress).run(folder, plan: plan)
            case .slurm: try SlurmExecutor(executable: program, cpusPerTask: max(1, jobs / plan.shards), sbatchOptions: sbatch, progress: progress).run(folder, plan: plan)
            }
            let result = try sharded.merge(folder)
            if work == nil { try? FileManager.default.removeItem(atPath: folder.path) }
            return result
        } catch {
            Terminal.warning("the shards' work folder \(folder.path) is kept for its logs; it holds identifiers, so delete it when done")
            throw error
        }
    }

    /// A hidden folder beside the output folder (on a cluster, the output's file system is the shared one), claimed.
    static func claimDefaultWorkFolder(pipeline: String, out: String?) throws -> OwnerLock {
        let output = out ?? ((try? PipelineFile.load(pipeline)).flatMap { file in file.output.map(file.resolve) } ?? "out")
        return try OutputPublisher.claimWorkingFolder("shards", beside: output)
    }

    /// This program, which the steps run.
    static var executablePath: String {
        let link = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return PathUtilities.absolute(link)
    }

    /// The lines a finished run prints.
    static func printSummary(_ result: PipelineRunner.Result, timings: Bool) {
        let corpus = result.corpus
        Terminal.print("Thematic \(ThematicVersion.current) · \(corpus.study.title)")
        let list = corpus.interviews
        let documents = list.indices.filter(list.isDocument(at:)).count
        Terminal.print("  \(list.count - documents) interviews with \(Set(list.indices.flatMap(list.participants(at:))).count) of \(corpus.study.participants.count) participants"
                       + (documents == 0 ? "" : "; \(documents) document\(documents == 1 ? "" : "s") (not interviews)"))
        // A pipeline's run always has a manifest.
        guard let manifest = result.manifest else { return }
        Terminal.print("  stages: " + manifest.stages.map { "\($0.id) \($0.version)" }.joined(separator: ", "))
        for line in result.summary { Terminal.print("  " + line) }
        Terminal.print("  \(manifest.artifacts.count + 1) files in \(result.outputDirectory) (manifest.json lists them with SHA-256)")
        if timings {
            for timing in result.timings {
                let busy = timing.seconds > 0 ? timing.processorSeconds / timing.seconds : 0
                Terminal.print("  time \(timing.step) " + String(format: "%.3f s (processor %.3f s, %.2f threads busy)", timing.seconds, timing.processorSeconds, busy)
                    + (timing.peakMiB.map { ", peak memory so far \($0) MiB" } ?? ""))
            }
        }
        Terminal.print("  run digest \(manifest.runDigest.prefix(16))…; check with: thematic verify \(result.outputDirectory)")
    }
}
