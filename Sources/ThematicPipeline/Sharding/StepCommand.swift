import Foundation
import ThematicCore

/// One step of a sharded run as the command line that runs it (`thematic step work W --step 2 --shard 1`), with the
/// log it writes: what every executor starts, and what Docs/Scaling.md shows for other batch engines.
struct StepCommand: Sendable {
    var arguments: [String]
    /// For messages: "step 2 (detect), shard 1".
    var label: String
    /// Log file name inside the work folder's `logs/`.
    var logName: String

    static func work(_ work: ShardWorkFolder, _ step: ShardPlan.Step, shard: Int, jobs: Int) -> StepCommand {
        StepCommand(arguments: ["step", "work", work.path, "--step", String(step.number), "--shard", String(shard), "--jobs", String(jobs)],
                    label: "step \(step.number) (\(step.work)), shard \(shard)", logName: "step-\(step.number)-\(step.work)-\(shard).log")
    }

    static func combine(_ work: ShardWorkFolder, _ step: ShardPlan.Step, jobs: Int) -> StepCommand {
        StepCommand(arguments: ["step", "combine", work.path, "--step", String(step.number), "--jobs", String(jobs)],
                    label: "step \(step.number) (\(step.combine ?? "combine"))", logName: "step-\(step.number)-\(step.combine ?? "combine").log")
    }

    /// The failure of a step, with the problems its log names (the child's `error:` lines) and where the log is.
    static func failure(_ label: String, status: String, log: String) -> Diagnostic {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let errors = text.split(separator: "\n").filter { $0.hasPrefix("error: ") }.map { String($0.dropFirst("error: ".count)) }
        let reason = errors.isEmpty ? text.split(separator: "\n").suffix(5).joined(separator: "\n  ") : errors.joined(separator: "\n  ")
        return Diagnostic("\(label) failed (\(status)); its log is \(log)" + (reason.isEmpty ? "" : ":\n  " + reason))
    }
}

/// Runs the steps as child processes on this machine, as many shards at once as there are threads to give.
public struct LocalExecutor: Sendable {
    /// The `thematic` program the steps run (this one).
    let executable: String
    let jobs: Int
    let progress: (@Sendable (String) -> Void)?

    public init(executable: String, jobs: Int, progress: (@Sendable (String) -> Void)? = nil) {
        self.executable = executable
        self.jobs = max(1, jobs)
        self.progress = progress
    }

    /// Runs every step of the plan up to the merge; throws the first failing step with its log.
    public func run(_ work: ShardWorkFolder, plan: ShardPlan) throws {
        let atOnce = min(plan.shards, jobs)
        let threads = max(1, jobs / atOnce)
        let tasks = plan.steps.reduce(0) { $0 + plan.shards + ($1.combine == nil ? 0 : 1) }
        let meter = ProgressMeter(total: tasks, unit: "tasks", progress: progress)
        for step in plan.steps {
            try runAll((0..<plan.shards).map { StepCommand.work(work, step, shard: $0, jobs: threads) }, atOnce: atOnce, work: work) {
                meter.advance("\(step.work) (step \(step.number + 1) of \(plan.steps.count))")
            }
            if step.combine != nil {
                try runAll([StepCommand.combine(work, step, jobs: jobs)], atOnce: 1, work: work) {
                    meter.advance("\(step.combine!) (step \(step.number + 1) of \(plan.steps.count))")
                }
            }
        }
    }

    private func runAll(_ commands: [StepCommand], atOnce: Int, work: ShardWorkFolder, finished: @escaping @Sendable () -> Void) throws {
        let failures = ConcurrentSlots<Diagnostic>(count: commands.count)
        DispatchQueue.concurrentPerform(iterations: atOnce) { lane in
            for index in stride(from: lane, to: commands.count, by: atOnce) {
                let command = commands[index]
                let log = work.logs + "/" + command.logName
                do {
                    let status = try Self.launch(executable, command.arguments, log: log)
                    if status != 0 { failures[index] = StepCommand.failure(command.label, status: "exit \(status)", log: log) }
                } catch {
                    failures[index] = Diagnostic("\(command.label) could not start: \(error)")
                }
                finished()
            }
        }
        if let failure = failures.values.compactMap({ $0 }).first { throw failure }
    }

    /// Runs a program to its end with stdout and stderr in `log`; returns its exit status.
    static func launch(_ executable: String, _ arguments: [String], log: String) throws -> Int32 {
        _ = FileManager.default.createFile(atPath: log, contents: nil, attributes: [.posixPermissions: 0o600])
        guard let handle = FileHandle(forWritingAtPath: log) else { throw Diagnostic(file: log, "cannot write the step's log") }
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }
}
