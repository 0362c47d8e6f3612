import Foundation
import Testing
import ThematicTestSupport

/// `thematic analyze --shards` and the `thematic step` commands publish exactly the bytes of one process.
@Suite("sharded runs")
struct ShardedRunTests {
    func thematic(_ arguments: String..., in directory: URL = TestSupport.packageRoot) throws -> CLITests.Run {
        let run = try CLIRunner.run(arguments, in: directory)
        return CLITests.Run(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    /// Every file under `folder`, by relative path.
    func contents(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)!
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// Six interviews whose identifiers only the study as a whole resolves: a surname no list knows, alone in the first
    /// shard, links to the full name found in the last (which decides how much of the study's text is read again), and
    /// a name the transcriber marked in one shard is replaced in another.
    func crossShardStudy() throws -> URL {
        let ids = ["P1", "P2", "P3", "P4", "P5", "P6"]
        let texts = [
            "Brattvoll said the sensor was wrong again.",
            "We had training on 12 March 2022, and it went well.",
            "<anon type=\"person\">Ellingsen</anon> from the supplier came twice.",
            "I asked the champion, she was busy. Call me on 913 48 207.",
            "My colleague Kari Brattvoll showed me the dispenser at Lyngtun sykehjem.",
            "Then Ellingsen phoned about the alarms.",
        ]
        var interviews: [String: String] = [:]
        for (id, text) in zip(ids, texts) {
            interviews["\(id).xml"] = TestSupport.transcript(id: id, turns: [("I1", "Who helped you?"), (id, text)])
        }
        return try TestSupport.miniStudy(interviews: interviews, participants: ids,
                                         stages: "  - anonymization\n  - descriptives\n  - stage: keywords-in-context\n    options: {keywords: [dispenser, sensor]}\n")
    }

    @Test func threeLocalShardsPublishTheBytesAndKeyOfOneProcess() throws {
        for study in [TestSupport.packageRoot.appendingPathComponent("Fixtures/tech-champions"), try crossShardStudy()] {
            guard FileManager.default.fileExists(atPath: study.appendingPathComponent("pipeline.yaml").path) else { continue }
            let folder = try TestSupport.temporaryDirectory()
            let single = try thematic("analyze", study.appendingPathComponent("pipeline.yaml").path, "--out", folder.path + "/single",
                                      "--key", folder.path + "/single.key", "--jobs", "2")
            #expect(single.status == 0, "\(single.stderr)")
            let sharded = try thematic("analyze", study.appendingPathComponent("pipeline.yaml").path, "--out", folder.path + "/sharded",
                                       "--key", folder.path + "/sharded.key", "--shards", "3", "--jobs", "2")
            #expect(sharded.status == 0, "\(sharded.stderr)")
            let one = try contents(folder.appendingPathComponent("single"))
            let three = try contents(folder.appendingPathComponent("sharded"))
            #expect(one.count > 3 && one.keys.sorted() == three.keys.sorted())
            for (path, data) in one { #expect(three[path] == data, "\(path) differs") }
            #expect(try Data(contentsOf: folder.appendingPathComponent("single.key")) == Data(contentsOf: folder.appendingPathComponent("sharded.key")))
            // The run's own work folder (it holds identifiers) is gone.
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(left.contains("sharded") && !left.contains { $0.contains(".shards-") }, "\(left)")
        }
    }

    @Test func identifiersFoundInOneShardAreReplacedInTheOthers() throws {
        let study = try crossShardStudy()
        let run = try thematic("analyze", study.appendingPathComponent("pipeline.yaml").path, "--out", study.path + "/out",
                               "--key", study.path + "/out.key", "--shards", "3")
        #expect(run.status == 0, "\(run.stderr)")
        // P1 (first shard) has the surname alone, P6 (third shard) the name marked only in P3 (second shard).
        let p5 = try String(contentsOf: study.appendingPathComponent("out/anonymized/P1.xml"), encoding: .utf8)
        let p6 = try String(contentsOf: study.appendingPathComponent("out/anonymized/P6.xml"), encoding: .utf8)
        #expect(!p5.contains("Brattvoll") && p5.contains("ref=\"person-1\""), "\(p5)")
        #expect(!p6.contains("Ellingsen"), "\(p6)")
    }

    @Test func theStepsRunByHandInAnyShardOrderGiveTheSameBytes() throws {
        let study = try crossShardStudy()
        let pipeline = study.appendingPathComponent("pipeline.yaml").path
        #expect(try thematic("analyze", pipeline, "--out", study.path + "/single", "--key", study.path + "/single.key").status == 0)
        let work = study.path + "/work"
        let prepare = try thematic("step", "prepare", pipeline, "--work", work, "--shards", "3", "--out", study.path + "/byhand",
                                   "--key", study.path + "/byhand.key")
        #expect(prepare.status == 0, "\(prepare.stderr)")
        #expect(prepare.stdout.contains("3 shards, 6 steps: read, check → collect-marked, merge-marked → detect, reconcile → propagate, label → rewrite → count → merge"),
                "\(prepare.stdout)")
        let list = try thematic("step", "list", work)
        let commands = list.stdout.split(separator: "\n").filter { $0.hasPrefix("thematic step") }.map { $0.split(separator: " ").map(String.init) }
        #expect(commands.count == 6 + 4 + 1, "\(list.stdout)")

        // Merging before the steps ran is refused.
        let early = try thematic("step", "merge", work)
        #expect(early.status != 0 && early.stderr.contains("has not finished for shard 0"), "\(early.stderr)")

        // As an array job would: the shard from the engine's variable, shards in any order.
        for command in commands.dropLast() {
            let arguments = Array(command.dropFirst())
            if arguments[1] == "work" {
                for shard in [2, 0, 1] {
                    let run = try CLIRunner.run(Array(arguments.dropLast(2)), in: study, environment: ["SLURM_ARRAY_TASK_ID": String(shard)])
                    #expect(run.status == 0, "\(arguments) shard \(shard): \(run.stderr)")
                }
            } else {
                let run = try CLIRunner.run(arguments, in: study)
                #expect(run.status == 0, "\(arguments): \(run.stderr)")
            }
        }
        let merge = try thematic("step", "merge", work)
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(try contents(URL(fileURLWithPath: study.path + "/single")) == contents(URL(fileURLWithPath: study.path + "/byhand")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: study.path + "/single.key")) == Data(contentsOf: URL(fileURLWithPath: study.path + "/byhand.key")))
        let mode = try FileManager.default.attributesOfItem(atPath: work)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o700, "the work folder holds identifiers")

        // A pipeline changed after prepare is noticed.
        try Data((try String(contentsOfFile: pipeline, encoding: .utf8) + "# changed\n").utf8).write(to: URL(fileURLWithPath: pipeline))
        let changed = try thematic("step", "work", work, "--step", "1", "--shard", "0")
        #expect(changed.status != 0 && changed.stderr.contains("the pipeline changed after 'thematic step prepare'"), "\(changed.stderr)")
    }

    @Test func aFailingShardNamesTheFileAndLeavesThePreviousOutputAsItWas() throws {
        let study = try crossShardStudy()
        let pipeline = study.appendingPathComponent("pipeline.yaml").path
        #expect(try thematic("analyze", pipeline, "--out", study.path + "/out", "--key", study.path + "/out.key").status == 0)
        let before = try contents(URL(fileURLWithPath: study.path + "/out"))
        let key = try Data(contentsOf: URL(fileURLWithPath: study.path + "/out.key"))
        // The last shard's transcript has a speaker the study does not know; another shard's repeats an id.
        try TestSupport.write(TestSupport.transcript(id: "P6", turns: [("I1", "And then?"), ("X9", "Nothing.")]), to: "transcripts/P6.xml", in: study)
        let failed = try thematic("analyze", pipeline, "--out", study.path + "/out", "--key", study.path + "/out.key", "--shards", "3", "--work", study.path + "/work")
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("step 0 (read), shard 2 failed"), "\(failed.stderr)")
        #expect(failed.stderr.contains("transcripts/P6.xml:") && failed.stderr.contains("unknown speaker 'X9'"), "\(failed.stderr)")
        #expect(failed.stderr.contains("work/logs/step-0-read-2.log"), "\(failed.stderr)")
        #expect(try contents(URL(fileURLWithPath: study.path + "/out")) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: study.path + "/out.key")) == key)

        try TestSupport.write(TestSupport.transcript(id: "P2", turns: [("I1", "Again?"), ("P2", "Yes.")]), to: "transcripts/P6.xml", in: study)
        let duplicate = try thematic("analyze", pipeline, "--out", study.path + "/out", "--key", study.path + "/out.key", "--shards", "3", "--work", study.path + "/work")
        #expect(duplicate.status != 0)
        #expect(duplicate.stderr.contains("transcripts/P6.xml:2: duplicate interview id 'P2' (also in transcripts/P2.xml)"), "\(duplicate.stderr)")
        #expect(try contents(URL(fileURLWithPath: study.path + "/out")) == before)
    }

    /// Without a stage that rewrites the transcripts, the merge reads them itself, and refuses one changed since the
    /// shards read it.
    @Test func withoutAnonymizationTheMergeRefusesATranscriptChangedSinceTheShardsReadIt() throws {
        let study = try TestSupport.miniStudy(interviews: ["P1.xml": TestSupport.transcript(id: "P1"),
                                                           "P2.xml": TestSupport.transcript(id: "P2", turns: [("I1", "And you?"), ("P2", "I count.")])],
                                              stages: "  - descriptives\n  - stage: coding\n    options: {codebook: codebook.yaml}\n")
        try TestSupport.write("""
            unit: turn
            themes:
              - {id: work, name: Work}
            sub-themes:
              - {id: helping, name: Helping, parent: work}
            codes:
              - {id: help, name: Help, parent: helping, rules: [help*]}

            """, to: "codebook.yaml", in: study)
        let pipeline = study.appendingPathComponent("pipeline.yaml").path
        let single = try thematic("analyze", pipeline, "--out", study.path + "/single")
        #expect(single.status == 0, "\(single.stderr)")
        let sharded = try thematic("analyze", pipeline, "--out", study.path + "/sharded", "--shards", "2")
        #expect(sharded.status == 0, "\(sharded.stderr)")
        #expect(try contents(URL(fileURLWithPath: study.path + "/single")) == contents(URL(fileURLWithPath: study.path + "/sharded")))

        let work = study.path + "/work"
        #expect(try thematic("step", "prepare", pipeline, "--work", work, "--shards", "2", "--out", study.path + "/late").status == 0)
        for command in try thematic("step", "list", work).stdout.split(separator: "\n").filter({ $0.hasPrefix("thematic step") }).dropLast() {
            let arguments = Array(command.split(separator: " ").map(String.init).dropFirst())
            for shard in arguments[1] == "work" ? [0, 1] : [0] {
                #expect(try CLIRunner.run(arguments.map { $0 == "SHARD" ? String(shard) : $0 }, in: study).status == 0)
            }
        }
        try TestSupport.write(TestSupport.transcript(id: "P2", turns: [("I1", "And you?"), ("P2", "I help now.")]), to: "transcripts/P2.xml", in: study)
        let merge = try thematic("step", "merge", work)
        #expect(merge.status != 0 && merge.stderr.contains("transcripts/P2.xml: the transcript changed (or is new) since the shards read it"), "\(merge.stderr)")
        #expect(!FileManager.default.fileExists(atPath: study.path + "/late"))
    }

    @Test func progressGoesToStderrForLogsAndNothingElseChanges() throws {
        let study = try crossShardStudy()
        let pipeline = study.appendingPathComponent("pipeline.yaml").path
        let quiet = try thematic("analyze", pipeline, "--out", study.path + "/quiet", "--key", study.path + "/quiet.key")
        let logged = try thematic("analyze", pipeline, "--out", study.path + "/logged", "--key", study.path + "/logged.key", "--progress")
        #expect(quiet.status == 0 && logged.status == 0, "\(logged.stderr)")
        #expect(quiet.stderr.isEmpty, "without --progress and without a terminal nothing goes to stderr: \(quiet.stderr)")
        for line in ["progress: reading transcripts: 6/6 transcripts", "progress: stage 1/3: anonymization",
                     "progress: stage 1/3 anonymization: detecting: 7/7 transcripts", "progress: publishing"] {
            #expect(logged.stderr.contains(line), "\(line) in \(logged.stderr)")
        }
        #expect(logged.stdout.replacingOccurrences(of: "logged", with: "quiet") == quiet.stdout)
        #expect(try contents(URL(fileURLWithPath: study.path + "/quiet")) == contents(URL(fileURLWithPath: study.path + "/logged")))
    }

    @Test func theWorkFolderMayNotLieInsideTheOutputNorReplaceAFolderOfOtherFiles() throws {
        let study = try crossShardStudy()
        let pipeline = study.appendingPathComponent("pipeline.yaml").path
        let inside = try thematic("analyze", pipeline, "--out", study.path + "/out", "--shards", "2", "--work", study.path + "/out/work")
        #expect(inside.status != 0 && inside.stderr.contains("may not lie inside the output folder"), "\(inside.stderr)")
        try TestSupport.write("mine", to: "notes/todo.txt", in: study)
        let taken = try thematic("analyze", pipeline, "--out", study.path + "/out", "--shards", "2", "--work", study.path + "/notes")
        #expect(taken.status != 0 && taken.stderr.contains("nothing proves Thematic wrote it"), "\(taken.stderr)")
        #expect(try String(contentsOfFile: study.path + "/notes/todo.txt", encoding: .utf8) == "mine")
    }

    // MARK: Slurm job scripts

    /// A stand-in for Slurm on this machine, as a compute node would run a job: `sbatch` runs the script (every array
    /// task) with its output where `#SBATCH --output` says, relative to the folder it was submitted from, and prints a
    /// job id; `squeue` and `scancel` have nothing to do.
    func standInSlurm(in folder: URL) throws -> [String: String] {
        try TestSupport.write(#"""
            #!/bin/bash
            script="${@: -1}"
            output=$(sed -n 's/^#SBATCH --output=//p' "$script" | head -n 1)
            last=$(grep -o '^#SBATCH --array=0-[0-9]*' "$script" | grep -o '[0-9]*$')
            for i in $(seq 0 "${last:-0}"); do
              if [ -n "$last" ]; then export SLURM_ARRAY_TASK_ID=$i; fi
              bash "$script" > "${output//%a/$i}" 2>&1
            done
            echo $((RANDOM + 1000))
            """#, to: "bin/sbatch", in: folder)
        try TestSupport.write("#!/bin/bash\nexit 0\n", to: "bin/squeue", in: folder)
        try TestSupport.write("#!/bin/bash\nexit 0\n", to: "bin/scancel", in: folder)
        for tool in ["sbatch", "squeue", "scancel"] { chmod(folder.path + "/bin/" + tool, 0o755) }
        return ["PATH": folder.path + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")]
    }

    /// Folder names a received pipeline (`output:`) or a user (`--work`) may choose — command substitution, backticks,
    /// quotes, spaces, a newline, a leading dash, a `%` — never run as shell code in a job script, and the run works.
    @Test func slurmJobScriptsNeverRunAFolderNameAsShellCode() throws {
        let study = try TestSupport.miniStudy(stages: "  - anonymization\n  - descriptives\n")
        let slurm = try standInSlurm(in: study)
        let hostile = #"-r e's "$(touch PWNED1)" `touch PWNED2` $(id>PWNED3) %a\#nx"#
        // In the pipeline, as YAML: a double-quoted scalar with the quote and the line break escaped.
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages: [anonymization, descriptives]\noutput: \"" +
                              hostile.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n") + "\"\n",
                              to: "pipeline.yaml", in: study)
        let single = try CLIRunner.run(["analyze", "pipeline.yaml", "--out", "single", "--key", "single.key"], in: study)
        #expect(single.status == 0, "\(single.stderr)")

        // The default work folder is named after the output folder the pipeline chose.
        let byDefault = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "a.key", "--shards", "2", "--executor", "slurm"], in: study, environment: slurm)
        #expect(byDefault.status == 0, "\(byDefault.stderr)")
        #expect(try contents(study.appendingPathComponent(hostile)) == contents(study.appendingPathComponent("single")))

        // A work folder given by the user, ending in a line break.
        let work = study.path + "/" + hostile + "-work\n"
        let given = try CLIRunner.run(["analyze", "pipeline.yaml", "--out", "given", "--key", "b.key", "--shards", "2", "--executor", "slurm", "--work", work],
                                      in: study, environment: slurm)
        #expect(given.status == 0, "\(given.stderr)")
        #expect(try contents(study.appendingPathComponent("given")) == contents(study.appendingPathComponent("single")))
        #expect(FileManager.default.fileExists(atPath: work + "/logs/step-0-read-1.log"), "each task's log is where the run looks for it")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: work + "/slurm").filter { $0.hasSuffix(".sh") }
        #expect(scripts.count == 6 + 4 + 1, "\(scripts)")
        for script in scripts {
            let text = try String(contentsOfFile: work + "/slurm/" + script, encoding: .utf8)
            #expect(!text.contains("PWNED") && !text.contains(study.path), "\(script) holds a path:\n\(text)")
        }
        let left = FileManager.default.enumerator(atPath: study.path)!.compactMap { $0 as? String }.filter { ($0 as NSString).lastPathComponent.hasPrefix("PWNED") }
        #expect(left.isEmpty, "a folder name ran as a command: \(left)")
    }

    /// What goes into the `#SBATCH` lines is checked: one option per line, none of those the scripts depend on.
    @Test func sbatchOptionsThatWouldBreakAJobScriptAreRefused() throws {
        let study = try TestSupport.miniStudy()
        for (option, message) in [("--partition=short\n#SBATCH --wrap=touch PWNED", "control character"), ("--comment=a\rb", "control character"),
                                  ("partition=short", "is not an option"), ("--output=/tmp/x.log", "Thematic sets --output itself"),
                                  ("--out=/tmp/x.log", "Thematic sets --output itself"), ("-o /tmp/x.log", "Thematic sets -o itself"),
                                  ("--export=NONE", "Thematic sets --export itself"), ("--chdir=/", "Thematic sets --chdir itself")] {
            let run = try thematic("analyze", study.path + "/pipeline.yaml", "--shards", "2", "--executor", "slurm", "--sbatch=" + option)
            #expect(run.status != 0 && run.stderr.contains(message), "\(option): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: study.path + "/out"))
    }

    // MARK: the work folder's results

    /// Runs every step of a prepared work folder by hand, as a batch engine would.
    func runSteps(_ work: String, in study: URL) throws {
        for command in try thematic("step", "list", work).stdout.split(separator: "\n").filter({ $0.hasPrefix("thematic step") }).dropLast() {
            let arguments = Array(command.split(separator: " ").map(String.init).dropFirst())
            for shard in arguments[1] == "work" ? [0, 1] : [0] {
                let run = try CLIRunner.run(arguments.map { $0 == "SHARD" ? String(shard) : $0 }, in: study)
                #expect(run.status == 0, "\(arguments): \(run.stderr)")
            }
        }
    }

    /// A shard's result edited, corrupted, added or removed in the work folder between its step and the merge is
    /// refused, naming the file, and nothing is published; the same results untouched merge.
    @Test func theMergeRefusesShardResultsChangedAfterTheirStep() throws {
        let study = try TestSupport.miniStudy(stages: "  - anonymization\n  - descriptives\n")
        let pipeline = study.appendingPathComponent("pipeline.yaml").path
        let work = study.path + "/work"
        #expect(try thematic("step", "prepare", pipeline, "--work", work, "--shards", "2", "--out", study.path + "/out", "--key", study.path + "/out.key").status == 0)
        try runSteps(work, in: study)
        let steps = try FileManager.default.contentsOfDirectory(atPath: work + "/steps").compactMap(Int.init).sorted()
        let counts = try #require(steps.map { "\(work)/steps/\($0)/shard-0.data" }.first {
            (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("\"words\"") ?? false
        })
        let rendered = try #require(steps.map { "\(work)/steps/\($0)/shard-0.files/anonymized/P1.xml" }.first { FileManager.default.fileExists(atPath: $0) })
        let corpus = try #require(steps.map { "\(work)/steps/\($0)/shard-1.corpus" }.first { FileManager.default.fileExists(atPath: $0) })
        let combined = "\(work)/steps/0/combined.data"

        func refused(_ file: String, _ message: String, change: () throws -> Void) throws {
            let before = try Data(contentsOf: URL(fileURLWithPath: file))
            try change()
            let merge = try thematic("step", "merge", work)
            #expect(merge.status != 0 && merge.stderr.contains(file + ": " + message), "\(file): \(merge.stderr)")
            #expect(!FileManager.default.fileExists(atPath: study.path + "/out"), "nothing is published")
            try? FileManager.default.removeItem(atPath: file)
            try before.write(to: URL(fileURLWithPath: file))
        }
        let changed = "this result of shard 0 in step"
        try refused(counts, changed) { try Data(String(contentsOfFile: counts, encoding: .utf8).replacingOccurrences(of: "\"words\":[", with: "\"words\":[9").utf8).write(to: URL(fileURLWithPath: counts)) }
        try refused(rendered, changed) { try Data(String(contentsOfFile: rendered, encoding: .utf8).replacingOccurrences(of: "I help", with: "Mr Tamperud helps").utf8).write(to: URL(fileURLWithPath: rendered)) }
        try refused(corpus, "this result of shard 1 in step") { try Data("corrupt".utf8).write(to: URL(fileURLWithPath: corpus)) }
        try refused(combined, "this result of step 0's combining step changed") { try Data(" ".utf8).write(to: URL(fileURLWithPath: combined), options: .atomic) }
        try refused(rendered, "this result of shard 0 in step") { try FileManager.default.removeItem(atPath: rendered) }
        let extra = (rendered as NSString).deletingLastPathComponent + "/P9.xml"
        try Data("<x/>".utf8).write(to: URL(fileURLWithPath: extra))
        let added = try thematic("step", "merge", work)
        #expect(added.status != 0 && added.stderr.contains(extra + ": this file is not among those step"), "\(added.stderr)")
        try FileManager.default.removeItem(atPath: extra)

        // The transcripts are not read by this merge (the shards handed them on de-identified), yet one changed since
        // the shards read it is refused too.
        let transcript = study.path + "/transcripts/P2.xml"
        let original = try Data(contentsOf: URL(fileURLWithPath: transcript))
        try TestSupport.write(TestSupport.transcript(id: "P2", turns: [("I1", "And you?"), ("P2", "I help now.")]), to: "transcripts/P2.xml", in: study)
        let late = try thematic("step", "merge", work)
        #expect(late.status != 0 && late.stderr.contains("transcripts/P2.xml: the transcript changed (or is new) since the shards read it"), "\(late.stderr)")
        try original.write(to: URL(fileURLWithPath: transcript))

        let merge = try thematic("step", "merge", work)
        #expect(merge.status == 0, "\(merge.stderr)")
    }
}
