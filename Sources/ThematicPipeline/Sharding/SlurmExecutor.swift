import Foundation
import ThematicCore

/// Runs the steps as Slurm jobs: one job array per step (a task per shard), its combining step as a job after it,
/// chained with `--dependency=afterok`. The job scripts are written to the work folder's `slurm/` (with `submit.sh`,
/// which submits the chain again), so a user can read and resubmit them; each task writes its log to `logs/` and its
/// exit status to `status/`, which is how the waiting run learns that a task failed, and which log to show.
public struct SlurmExecutor: Sendable {
    /// The `thematic` program the jobs run; on a cluster it must be where every node sees it.
    let executable: String
    /// CPUs per task (`--cpus-per-task`), also the steps' `--jobs`.
    let cpusPerTask: Int
    let progress: (@Sendable (String) -> Void)?
    /// Extra `sbatch` options for every job (a partition, an account, a time limit).
    let sbatchOptions: [String]

    public init(executable: String, cpusPerTask: Int, sbatchOptions: [String] = [], progress: (@Sendable (String) -> Void)? = nil) {
        self.executable = executable
        self.cpusPerTask = max(1, cpusPerTask)
        self.sbatchOptions = sbatchOptions
        self.progress = progress
    }

    /// A job of the chain: its script and the status files that say it is done.
    struct Job {
        var script: String
        var label: String
        var statusFiles: [(file: String, label: String, log: String)]
    }

    /// Writes the scripts, submits the chain, and waits until every step has finished or one has failed.
    public func run(_ work: ShardWorkFolder, plan: ShardPlan) throws {
        let jobs = try writeScripts(work, plan: plan)
        let submitted = try Self.capture("/bin/bash", [work.path + "/slurm/submit.sh"])
        let ids = submitted.output.split(whereSeparator: \.isNewline).map { String($0.split(separator: ";")[0]) }.filter { $0.allSatisfy(\.isNumber) && !$0.isEmpty }
        guard submitted.status == 0 else {
            // Jobs submitted before sbatch refused one would wait forever on it.
            if !ids.isEmpty { _ = try? Self.capture("/usr/bin/env", ["scancel"] + ids) }
            throw Diagnostic("sbatch refused the jobs (\(submitted.output.trimmingCharacters(in: .whitespacesAndNewlines))); the scripts are in \(work.path)/slurm")
        }
        try wait(for: jobs, ids: ids)
    }

    private func wait(for jobs: [Job], ids: [String]) throws {
        let expected = jobs.flatMap(\.statusFiles)
        let meter = ProgressMeter(total: expected.count, unit: "tasks", interval: 0, progress: progress)
        var finished = Set<String>()
        var quietSince: Date?
        while true {
            for status in expected where !finished.contains(status.file) {
                guard let text = try? String(contentsOfFile: status.file, encoding: .utf8) else { continue }
                let code = text.trimmingCharacters(in: .whitespacesAndNewlines)
                guard code == "0" else {
                    _ = try? Self.capture("/usr/bin/env", ["scancel"] + ids)
                    throw StepCommand.failure(status.label + " (Slurm)", status: "exit \(code)", log: status.log)
                }
                finished.insert(status.file)
                meter.advance(status.label)
            }
            if finished.count == expected.count { return }
            // A task killed outright (cancelled, out of memory, a node lost) writes no status: when Slurm has no job of
            // the chain left but results are missing, stop and say which.
            let queue = try? Self.capture("/usr/bin/env", ["squeue", "-h", "-o", "%i", "-j", ids.joined(separator: ",")])
            if let queue, queue.status == 0, queue.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                if let since = quietSince, Date().timeIntervalSince(since) > 10 {
                    let missing = expected.first { !finished.contains($0.file) }!
                    throw StepCommand.failure(missing.label + " (Slurm)", status: "ended without a result", log: missing.log)
                }
                quietSince = quietSince ?? Date()
            } else {
                quietSince = nil
            }
            Thread.sleep(forTimeInterval: 0.5)
        }
    }

    /// Writes `slurm/step-N-NAME.sh` for every step and `slurm/submit.sh`, which submits them in order, each after the
    /// one before succeeded, and prints the job ids.
    func writeScripts(_ work: ShardWorkFolder, plan: ShardPlan) throws -> [Job] {
        let folder = work.path + "/slurm"
        let statusFolder = work.path + "/status"
        FileSystem.removeTree(statusFolder)
        try FileSystem.createDirectory(folder)
        try FileSystem.createDirectory(statusFolder)
        var jobs: [Job] = []
        for step in plan.steps {
            let work1 = StepCommand.work(work, step, shard: 0, jobs: cpusPerTask)
            var arguments = work1.arguments
            arguments[arguments.count - 3] = "$SLURM_ARRAY_TASK_ID"
            let name = "step-\(step.number)-\(step.work)"
            let statuses = (0..<plan.shards).map { shard in
                (statusFolder + "/\(name)-\(shard)", "step \(step.number) (\(step.work)), shard \(shard)", work.logs + "/\(name)-\(shard).log")
            }
            jobs.append(Job(script: folder + "/\(name).sh", label: name, statusFiles: statuses))
            try write(jobs.last!.script, script(name: name, array: plan.shards, log: work.logs + "/\(name)-%a.log",
                                               arguments: arguments, status: statusFolder + "/\(name)-$SLURM_ARRAY_TASK_ID"))
            if let combineName = step.combine {
                let command = StepCommand.combine(work, step, jobs: cpusPerTask)
                let name = "step-\(step.number)-\(combineName)"
                jobs.append(Job(script: folder + "/\(name).sh", label: name,
                                statusFiles: [(statusFolder + "/\(name)", command.label, work.logs + "/\(name).log")]))
                try write(jobs.last!.script, script(name: name, array: nil, log: work.logs + "/\(name).log", arguments: command.arguments,
                                                   status: statusFolder + "/\(name)"))
            }
        }
        var submit = """
            #!/bin/bash
            # Submits the steps of a sharded Thematic run to Slurm, each after the one before succeeded; prints the job ids.
            # Written by `thematic analyze --executor slurm`; run it again to resubmit (then `thematic step merge \(Self.quoted(work.path))`).
            set -euo pipefail
            previous=""

            """
        for job in jobs {
            submit += "previous=$(sbatch --parsable ${previous:+--dependency=afterok:$previous} \(Self.quoted(job.script)))\n"
            submit += "previous=${previous%%;*}\necho \"$previous\"\n"
        }
        try write(folder + "/submit.sh", submit)
        return jobs
    }

    private func script(name: String, array: Int?, log: String, arguments: [String], status: String) -> String {
        var lines = ["#!/bin/bash", "#SBATCH --job-name=thematic-\(name)", "#SBATCH --output=\(log)", "#SBATCH --cpus-per-task=\(cpusPerTask)"]
        if let array { lines.append("#SBATCH --array=0-\(array - 1)") }
        lines += sbatchOptions.map { "#SBATCH \($0)" }
        let command = ([executable] + arguments).map { $0 == "$SLURM_ARRAY_TASK_ID" ? "\"$SLURM_ARRAY_TASK_ID\"" : Self.quoted($0) }.joined(separator: " ")
        lines += ["", command, "status=$?", "echo \"$status\" > \"\(status)\"", "exit \"$status\"", ""]
        return lines.joined(separator: "\n")
    }

    private func write(_ path: String, _ text: String) throws {
        unlink(path)
        try FileSystem.writeNewFile(path, Data(text.utf8), mode: 0o700)
    }

    static func quoted(_ argument: String) -> String {
        argument.allSatisfy { $0.isLetter || $0.isNumber || "/._-=:".contains($0) } ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Runs a program and returns its exit status and its output (stdout and stderr together).
    static func capture(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
