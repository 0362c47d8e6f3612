import ArgumentParser
import Foundation
import ThematicCore
import ThematicPipeline

/// `thematic step …`: the steps of a sharded run, each a plain command a batch engine can run (Docs/Scaling.md).
struct Step: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one step of a sharded run (for Slurm, Kubernetes, GNU Parallel or any batch engine).",
        discussion: """
            prepare once; then for each step in the plan, 'work' once per shard and 'combine' once; then 'merge' once, \
            which publishes exactly the bytes a single 'thematic analyze' publishes. 'list' prints the commands in order. \
            The work folder holds identifiers: keep it private and delete it when the run is published.
            """,
        subcommands: [Prepare.self, Work.self, Combine.self, Merge.self, List.self])

    struct Prepare: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Plan the shards and steps of a pipeline into a work folder.")
        @Argument(help: "The pipeline file (pipeline.yaml).") var pipeline: String
        @Option(name: .long, help: "The work folder (new or empty; on a cluster, on the shared file system).") var work: String
        @Option(name: .long, help: "How many shards.") var shards: Int
        @Option(name: .long, help: "The output folder (default: the pipeline's 'output').") var out: String?
        @Option(name: .long, help: "Where the merge writes the re-identification key.") var key: String?
        @Option(name: .shortAndLong, help: "Worker threads of each step.") var jobs: Int = 1

        func run() throws {
            let plan = try reportingDiagnostics {
                try ShardedRun(registry: stageRegistry, importers: importerRegistry, jobs: jobs)
                    .prepare(pipelinePath: pipeline, output: out, key: key.map(PathUtilities.absolute), shards: shards, work: ShardWorkFolder(work))
            }
            Terminal.print("\(plan.shards) shards, \(plan.steps.count) steps: \(plan.outline)")
            Terminal.print("next: thematic step list \(work)")
        }
    }

    struct Work: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run one shard's part of a step.")
        @Argument(help: "The work folder.") var work: String
        @Option(name: .long, help: "The step's number (see 'thematic step list').") var step: Int
        @Option(name: .long, help: "The shard, from 0 (default: SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX).") var shard: Int?
        @Option(name: .shortAndLong, help: "Worker threads.") var jobs: Int = 1

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            guard let shard = shard ?? (environment["SLURM_ARRAY_TASK_ID"] ?? environment["JOB_COMPLETION_INDEX"]).flatMap(Int.init) else {
                throw ValidationError("give --shard (or run as an array task: SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX)")
            }
            try reportingDiagnostics {
                try ShardedRun(registry: stageRegistry, importers: importerRegistry, jobs: jobs).work(ShardWorkFolder(work), step: step, shard: shard)
            }
        }
    }

    struct Combine: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Combine every shard's output of a step.")
        @Argument(help: "The work folder.") var work: String
        @Option(name: .long, help: "The step's number.") var step: Int
        @Option(name: .shortAndLong, help: "Worker threads.") var jobs: Int = 1

        func run() throws {
            try reportingDiagnostics {
                try ShardedRun(registry: stageRegistry, importers: importerRegistry, jobs: jobs).combine(ShardWorkFolder(work), step: step)
            }
        }
    }

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Finish the pipeline from the steps' results and publish.")
        @Argument(help: "The work folder.") var work: String
        @Option(name: .shortAndLong, help: "Worker threads.") var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
        @Flag(name: .long, help: "Show progress on stderr even when it is not a terminal (for logs).") var progress = false

        func run() throws {
            let result = try reportingDiagnostics {
                try ShardedRun(registry: stageRegistry, importers: importerRegistry, jobs: jobs, progress: Terminal.progress(forced: progress))
                    .merge(ShardWorkFolder(work))
            }
            Analyze.printSummary(result, timings: false)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the steps' commands in the order they run.")
        @Argument(help: "The work folder.") var work: String

        func run() throws {
            let folder = ShardWorkFolder(work)
            let plan = try reportingDiagnostics { try folder.plan() }
            // The lines are meant to be pasted into a shell: the folder is one word there, whatever its name.
            let path = Self.shellWord(folder.path)
            for step in plan.steps {
                Terminal.print("# step \(step.number): \(step.work)" + (step.stage.map { " (\($0))" } ?? "") + ", once per shard 0–\(plan.shards - 1)")
                Terminal.print("thematic step work \(path) --step \(step.number) --shard SHARD")
                if let combine = step.combine {
                    Terminal.print("# step \(step.number): \(combine), once")
                    Terminal.print("thematic step combine \(path) --step \(step.number)")
                }
            }
            Terminal.print("# last, once: publishes the output and the key")
            Terminal.print("thematic step merge \(path)")
        }

        /// `text` as a shell reads it back as one word: as it is when it is plain, else single-quoted.
        static func shellWord(_ text: String) -> String {
            let plain = !text.isEmpty && !text.hasPrefix("-") && text.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "/._-=:+,@".unicodeScalars.contains($0))
            }
            return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
    }
}
