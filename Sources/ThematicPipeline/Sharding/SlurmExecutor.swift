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

    /// Writes `slurm/step-N-NAME.sh` for every step, `slurm/submit.sh`, which submits them in order, each after the one
    /// before succeeded, and prints the job ids, and `slurm/program`, the path of the program the jobs run.
    ///
    /// No path, and nothing else a user or a received pipeline can choose, is written into a script: a folder may be
    /// named `res$(id>PWNED)` or hold quotes, newlines or a leading dash. `submit.sh` finds the work folder as the folder
    /// above its own, reads the program's path from `slurm/program`, exports both (`THEMATIC_WORK`,
    /// `THEMATIC_PROGRAM`) and hands them to the jobs with `sbatch --export`; the jobs use them only as `"$VAR"`, which
    /// the shell expands without reading the value as code. Logs are named relative to the job's working folder (the
    /// work folder, where `submit.sh` runs sbatch), so no path reaches an `#SBATCH` line either; the only text of the
    /// user's there is `--sbatch` options, checked by `checkSbatchOption`.
    func writeScripts(_ work: ShardWorkFolder, plan: ShardPlan) throws -> [Job] {
        for option in sbatchOptions { try Self.checkSbatchOption(option) }
        let folder = work.path + "/slurm"
        let statusFolder = work.path + "/status"
        FileSystem.removeTree(statusFolder)
        try FileSystem.createDirectory(folder)
        try FileSystem.createDirectory(statusFolder)
        var jobs: [Job] = []
        for step in plan.steps {
            let name = "step-\(step.number)-\(try Self.checkStepName(step.work))"
            let statuses = (0..<plan.shards).map { shard in
                (statusFolder + "/\(name)-\(shard)", "step \(step.number) (\(step.work)), shard \(shard)", work.logs + "/\(name)-\(shard).log")
            }
            jobs.append(Job(script: folder + "/\(name).sh", label: name, statusFiles: statuses))
            try write(jobs.last!.script, script(name: name, array: plan.shards,
                                               command: ["step", "work", "--step", String(step.number), "--shard", "\"$SLURM_ARRAY_TASK_ID\""]))
            if let combineName = step.combine {
                let command = StepCommand.combine(work, step, jobs: cpusPerTask)
                let name = "step-\(step.number)-\(try Self.checkStepName(combineName))"
                jobs.append(Job(script: folder + "/\(name).sh", label: name,
                                statusFiles: [(statusFolder + "/\(name)", command.label, work.logs + "/\(name).log")]))
                try write(jobs.last!.script, script(name: name, array: nil, command: ["step", "combine", "--step", String(step.number)]))
            }
        }
        let submit = """
            #!/bin/bash
            # Submits the steps of a sharded Thematic run to Slurm, each after the one before succeeded; prints the job ids.
            # Written by `thematic analyze --executor slurm`; run it again to resubmit (then `thematic step merge` on this
            # work folder). It holds no path: the work folder is the folder above this script's, the program's path is in
            # slurm/program, and both reach the jobs in the environment, never as text a shell reads as code.
            set -euo pipefail
            case "${BASH_SOURCE[0]}" in */*) cd -P -- "${BASH_SOURCE[0]%/*}/.." ;; *) cd -P -- .. ;; esac
            THEMATIC_WORK=$PWD
            IFS= read -r -d '' THEMATIC_PROGRAM < slurm/program || true
            export THEMATIC_WORK THEMATIC_PROGRAM
            previous=""
            for job in \(jobs.map { ($0.script as NSString).lastPathComponent }.joined(separator: " ")); do
                previous=$(sbatch --parsable --export=ALL,THEMATIC_WORK,THEMATIC_PROGRAM ${previous:+"--dependency=afterok:$previous"} "slurm/$job")
                previous=${previous%%;*}
                echo "$previous"
            done

            """
        try write(folder + "/submit.sh", submit)
        unlink(folder + "/program")
        try FileSystem.writeNewFile(folder + "/program", Data(executable.utf8), mode: 0o600)
        return jobs
    }

    /// A job script: the `#SBATCH` lines (Thematic's, with no path, and the checked `--sbatch` options), then the step's
    /// command with the work folder and the program from the environment.
    private func script(name: String, array: Int?, command: [String]) -> String {
        var lines = ["#!/bin/bash", "#SBATCH --job-name=thematic-\(name)",
                     "#SBATCH --output=logs/\(name)\(array == nil ? "" : "-%a").log", "#SBATCH --cpus-per-task=\(cpusPerTask)"]
        if let array { lines.append("#SBATCH --array=0-\(array - 1)") }
        lines += sbatchOptions.map { "#SBATCH \($0)" }
        let status = "\"$THEMATIC_WORK/status/\(name)\(array == nil ? "" : "-$SLURM_ARRAY_TASK_ID")\""
        lines += ["# The work folder and the program come from slurm/submit.sh, in the environment (sbatch --export).",
                  ": \"${THEMATIC_WORK:?submit the steps with slurm/submit.sh}\" \"${THEMATIC_PROGRAM:?submit the steps with slurm/submit.sh}\"",
                  "\"$THEMATIC_PROGRAM\" \(command[0]) \(command[1]) \"$THEMATIC_WORK\" " + command.dropFirst(2).joined(separator: " ") + " --jobs \(cpusPerTask)",
                  "status=$?", "echo \"$status\" > \(status)", "exit \"$status\"", ""]
        return lines.joined(separator: "\n")
    }

    private func write(_ path: String, _ text: String) throws {
        unlink(path)
        try FileSystem.writeNewFile(path, Data(text.utf8), mode: 0o700)
    }

    /// Options that Thematic sets itself and that would break the run if changed: where the logs go (the failure
    /// message names them), the array, the working folder and environment the scripts rely on, the chain.
    static let reservedSbatchOptions = ["--output", "--error", "--array", "--chdir", "--export", "--dependency", "--wrap"]
    static let reservedShortSbatchOptions = ["-o", "-e", "-a", "-D", "-d"]

    /// Checks an `--sbatch` option before it goes into the `#SBATCH` lines of every job script: one option, starting with
    /// `-`, with no line break or other control character (which would end the line and start another `#SBATCH` line
    /// or a command), and none of the options Thematic sets.
    public static func checkSbatchOption(_ option: String) throws {
        if let bad = option.unicodeScalars.first(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            throw Diagnostic("--sbatch option \(String(reflecting: option)) holds a control character (U+\(String(format: "%04X", bad.value))); each --sbatch is one option on one #SBATCH line, without line breaks")
        }
        guard option.hasPrefix("-"), option.count > 1 else {
            throw Diagnostic("--sbatch option \(String(reflecting: option)) is not an option: give it as sbatch takes it, e.g. --sbatch=--partition=short")
        }
        let reserved: String?
        if option.hasPrefix("--") {
            // sbatch takes any unambiguous abbreviation of a long option (getopt_long).
            let name = String(option.prefix { $0 != "=" && $0 != " " })
            reserved = name.count > 2 ? reservedSbatchOptions.first { $0.hasPrefix(name) } : nil
        } else {
            reserved = reservedShortSbatchOptions.first { option.hasPrefix($0) }
        }
        if let reserved {
            throw Diagnostic("--sbatch option \(String(reflecting: option)): Thematic sets \(reserved) itself (the job scripts and their logs depend on it); leave it out")
        }
    }

    /// A step's name becomes part of file and job names: letters, digits, `-` and `_` only.
    static func checkStepName(_ name: String) throws -> String {
        guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }) else {
            throw Diagnostic("a sharded stage's step is named \(String(reflecting: name)); step names may hold only letters, digits, '-' and '_'")
        }
        return name
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
