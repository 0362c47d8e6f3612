import Foundation
import Testing
import ThematicTestSupport

/// Runs the built `thematic` with an optional environment.
struct CLIRunner {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes are drained at once: a child blocked writing a full stderr pipe would never exit.
        nonisolated(unsafe) var stderr = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            stderr = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// Every file under a folder (and the key file), as bytes, to prove a failed run changed nothing.
struct Snapshot: Equatable {
    var files: [String: Data]

    init(_ root: URL, key: URL) {
        files = [:]
        if let enumerator = FileManager.default.enumerator(atPath: root.path) {
            while let path = enumerator.nextObject() as? String {
                var isDirectory: ObjCBool = false
                let full = root.appendingPathComponent(path).path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                    files[path] = FileManager.default.contents(atPath: full)
                }
            }
        }
        files["<key>"] = FileManager.default.contents(atPath: key.path)
    }
}

/// One hostile or careless input: how to make it, and what the refusal must say.
struct HostileCase: CustomTestStringConvertible, Sendable {
    var name: String
    /// Changes the study folder (and may return extra command-line arguments).
    var prepare: @Sendable (URL) throws -> [String]
    /// Texts the error output must contain (file names, lines).
    var mentions: [String]
    var environment: [String: String] = [:]

    var testDescription: String { name }
}

private func write(_ text: String, _ name: String, _ root: URL) throws {
    try TestSupport.write(text, to: name, in: root)
}

private func transcript(_ body: String, id: String = "P2", prolog: String = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") -> String {
    prolog + """
        <interview xmlns="urn:thematic:interview:1" id="\(id)" participant="\(id)" language="en">
          <body>
            <turn speaker="I1">Tell me.</turn>
            <turn speaker="\(id)">\(body)</turn>
          </body>
        </interview>

        """
}

private let study = """
    id: mini
    title: A small study
    team:
      interviewers:
        - id: I1
    design:
      sample_size: 2
    participants:
      - {id: P1, profession: nurse}
      - {id: P2, profession: physiotherapist}

    """

private let codebook = """
    languages: [english]
    themes:
      - {id: t, name: Theme}
    sub-themes:
      - {id: s, name: Sub, parent: t}
    codes:
      - id: help
        name: Helping
        parent: s
        rules: ["help*"]

    """

/// The table of cases; each must fail with a clear message and leave the earlier output and key byte-identical.
let hostileCases: [HostileCase] = [
    HostileCase(name: "key path is a folder of user files", prepare: { root in
        try write("precious", "mydata/notes.txt", root)
        return ["--key", "mydata"]
    }, mentions: ["mydata", "folder"]),
    HostileCase(name: "key path is the study file", prepare: { _ in ["--key", "study.yaml"] }, mentions: ["study.yaml", "not a Thematic re-identification key"]),
    HostileCase(name: "key path is a symbolic link into the output folder", prepare: { root in
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("sneaky.key").path, withDestinationPath: root.appendingPathComponent("out/k.key").path)
        return ["--key", "sneaky.key"]
    }, mentions: ["sneaky.key", "inside the output folder"]),
    HostileCase(name: "a user's file inside the earlier output", prepare: { root in
        try write("my notes", "out/notes.md", root)
        return []
    }, mentions: ["notes.md", "refusing to replace"]),
    HostileCase(name: "a later stage fails (unknown code in human coding)", prepare: { root in
        try write("interview,turn,start,end,code,coder\nP1,1,0,4,nonexistent,ann\n", "coding.csv", root)
        try write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - anonymization\n  - descriptives\n  - stage: coding\n    options: {codebook: codebook.yaml, import: [coding.csv]}\noutput: out\n", "pipeline.yaml", root)
        return []
    }, mentions: ["coding.csv:2"]),
    HostileCase(name: "external entity (XXE)", prepare: { root in
        try write(transcript("&e;", prolog: "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml:2", "document type"]),
    HostileCase(name: "external DTD", prepare: { root in
        try write(transcript("x", prolog: "<?xml version=\"1.0\"?>\n<!DOCTYPE interview SYSTEM \"http://example.org/x.dtd\">\n"), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml:2", "document type"]),
    HostileCase(name: "billion laughs behind a comment holding <x", prepare: { root in
        var entities = "<!ENTITY a0 \"lol\">"
        for level in 1...9 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
        try write(transcript("&a9;", prolog: "<?xml version=\"1.0\"?>\n<!-- <x -->\n<!DOCTYPE x [\(entities)]>\n"), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml:3", "document type"]),
    HostileCase(name: "quadratic blow-up behind a processing instruction", prepare: { root in
        let entity = "<!ENTITY a \"" + String(repeating: "x", count: 50_000) + "\">"
        try write(transcript(String(repeating: "&a;", count: 5_000), prolog: "<?xml version=\"1.0\"?>\n<?note <x?>\n<!DOCTYPE x [\(entity)]>\n"), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml:3", "document type"]),
    HostileCase(name: "XInclude of a system file", prepare: { root in
        try write(transcript("see\n<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/>"), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml:6", "XInclude"]),
    HostileCase(name: "document type in UTF-16", prepare: { root in
        let text = transcript("x", prolog: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE x [<!ENTITY e \"e\">]>\n")
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian)!)
        try data.write(to: root.appendingPathComponent("transcripts/P2.xml"))
        return []
    }, mentions: ["transcripts/P2.xml:2", "document type"]),
    HostileCase(name: "elements nested 10,000 deep", prepare: { root in
        try write(transcript(String(repeating: "<x:a xmlns:x=\"urn:x\">", count: 10_000) + String(repeating: "</x:a>", count: 10_000)), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml"]),
    HostileCase(name: "malformed XML", prepare: { root in
        try write(transcript("unclosed <b>"), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml:"]),
    HostileCase(name: "invalid UTF-8", prepare: { root in
        var data = Data(transcript("caf").utf8)
        data.insert(contentsOf: [0xC3, 0x28], at: data.range(of: Data("caf".utf8))!.upperBound)
        try data.write(to: root.appendingPathComponent("transcripts/P2.xml"))
        return []
    }, mentions: ["transcripts/P2.xml:"]),
    HostileCase(name: "NUL bytes", prepare: { root in
        try write(transcript("a\u{0}b"), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml:"]),
    HostileCase(name: "a FIFO as a transcript", prepare: { root in
        #expect(mkfifo(root.appendingPathComponent("transcripts/P3.xml").path, 0o644) == 0)
        return []
    }, mentions: ["transcripts/P3.xml", "FIFO"]),
    HostileCase(name: "a folder named like a transcript", prepare: { root in
        try FileManager.default.createDirectory(at: root.appendingPathComponent("transcripts/P3.xml"), withIntermediateDirectories: true)
        return []
    }, mentions: ["transcripts/P3.xml", "folder"]),
    HostileCase(name: "a symbolic-link loop as a transcript", prepare: { root in
        let a = root.appendingPathComponent("transcripts/P3.xml").path, b = root.appendingPathComponent("transcripts/P4.xml").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        return []
    }, mentions: ["transcripts/P3.xml", "loop"]),
    HostileCase(name: "a transcript over the size limit", prepare: { root in
        try write(transcript(String(repeating: "word ", count: 2_000)), "transcripts/P2.xml", root)
        return []
    }, mentions: ["transcripts/P2.xml", "over the limit"], environment: ["THEMATIC_MAX_INPUT_BYTES": "4000"]),
    HostileCase(name: "a codebook rule nested 20,000 deep", prepare: { root in
        let rule = String(repeating: "(", count: 20_000) + "help" + String(repeating: ")", count: 20_000)
        try write(codebook.replacingOccurrences(of: "[\"help*\"]", with: "['\(rule)']"), "codebook.yaml", root)
        return []
    }, mentions: ["codebook.yaml:", "nests"]),
    HostileCase(name: "30,000 NOTs", prepare: { root in
        let rule = "help AND " + String(repeating: "NOT ", count: 30_000) + "x"
        try write(codebook.replacingOccurrences(of: "[\"help*\"]", with: "['\(rule)']"), "codebook.yaml", root)
        return []
    }, mentions: ["codebook.yaml:", "nests"]),
    HostileCase(name: "a regular expression with catastrophic backtracking", prepare: { root in
        try write(codebook.replacingOccurrences(of: "[\"help*\"]", with: "['/(\\w+\\s?)+$/']"), "codebook.yaml", root)
        return []
    }, mentions: ["codebook.yaml:", "repeated group"]),
    HostileCase(name: "duplicate YAML keys", prepare: { root in
        try write(study.replacingOccurrences(of: "title: A small study", with: "title: A small study\ntitle: Another"), "study.yaml", root)
        return []
    }, mentions: ["study.yaml:3", "duplicate key 'title'"]),
    HostileCase(name: "a negative sample size", prepare: { root in
        try write(study.replacingOccurrences(of: "sample_size: 2", with: "sample_size: -3"), "study.yaml", root)
        return []
    }, mentions: ["study.yaml:7", "sample_size"]),
    HostileCase(name: "an empty study id", prepare: { root in
        try write(study.replacingOccurrences(of: "id: mini", with: "id: ''"), "study.yaml", root)
        return []
    }, mentions: ["study.yaml:1", "empty"]),
    HostileCase(name: "a null study id", prepare: { root in
        try write(study.replacingOccurrences(of: "id: mini", with: "id: null"), "study.yaml", root)
        return []
    }, mentions: ["study.yaml:1", "empty"]),
    HostileCase(name: "an unknown identifier type", prepare: { root in
        try write(study + "identifiers:\n  persn: [Kari Nordmann]\n", "study.yaml", root)
        return []
    }, mentions: ["study.yaml:12", "unknown identifier type 'persn'"]),
    HostileCase(name: "participants_file outside the study folder", prepare: { root in
        try write(study.replacingOccurrences(of: "participants:\n  - {id: P1, profession: nurse}\n  - {id: P2, profession: physiotherapist}\n", with: "participants_file: ../../../../../../etc/passwd\n"), "study.yaml", root)
        return []
    }, mentions: ["study.yaml", "inside the study's folder"]),
    HostileCase(name: "a human coder named auto", prepare: { root in
        try write("interview,turn,start,end,code,coder\nP1,1,0,4,help,auto\n", "coding.csv", root)
        try write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - anonymization\n  - descriptives\n  - stage: coding\n    options: {codebook: codebook.yaml, import: [coding.csv]}\noutput: out\n", "pipeline.yaml", root)
        return []
    }, mentions: ["coding.csv:2", "reserved"]),
]

@Suite("Hostile and careless input")
struct HostileInputTests {
    /// A mini study that has been analysed once, with its output folder and key: each test gets a copy (`cp -a`, modes
    /// and times kept) of one analysis per process, since the first run was half of every case's time.
    func analysedStudy() throws -> URL {
        let template = try Self.analysedOnce.get()
        let root = try TestSupport.temporaryDirectory("hostile")
        try FileManager.default.removeItem(at: root)
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-a", template.path, root.path]
        try copy.run()
        copy.waitUntilExit()
        #expect(copy.terminationStatus == 0, "copying the analysed study failed")
        return root
    }

    private static let analysedOnce = Result { try analyseMiniStudy() }

    private static func analyseMiniStudy() throws -> URL {
        let root = try TestSupport.temporaryDirectory("hostile-template")
        try write(study, "study.yaml", root)
        try write(codebook, "codebook.yaml", root)
        try write(TestSupport.transcript(id: "P1", turns: [("I1", "What do you do?"), ("P1", "I help colleagues with the alarms.")]), "transcripts/P1.xml", root)
        try write(TestSupport.transcript(id: "P2", turns: [("I1", "How did you start?"), ("P2", "I was asked to help. Then I said yes.")]), "transcripts/P2.xml", root)
        try write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - anonymization\n  - descriptives\n  - stage: coding\n    options: {codebook: codebook.yaml}\noutput: out\n", "pipeline.yaml", root)
        let first = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "study.key"], in: root)
        guard first.status == 0 else { throw ReviewEndToEndTests.TestFailure("the mini study did not analyse: \(first.stderr)") }
        return root
    }

    @Test(arguments: hostileCases)
    func refusedWithAClearMessageAndNothingChanged(_ hostile: HostileCase) throws {
        let root = try analysedStudy()
        let before = Snapshot(root.appendingPathComponent("out"), key: root.appendingPathComponent("study.key"))
        let studyBefore = try Data(contentsOf: root.appendingPathComponent("study.yaml"))
        let extra = try hostile.prepare(root)
        let arguments = extra.contains("--key") ? ["analyze", "pipeline.yaml"] + extra : ["analyze", "pipeline.yaml", "--key", "study.key"] + extra
        let run = try CLIRunner.run(arguments, in: root, environment: hostile.environment)
        #expect(run.status != 0, "\(hostile.name): the run succeeded")
        for mention in hostile.mentions {
            #expect(run.stderr.contains(mention), "\(hostile.name): the message lacks '\(mention)':\n\(run.stderr)")
        }
        #expect(!run.stderr.contains("root:x:0"), "a message echoed a system file")
        var after = Snapshot(root.appendingPathComponent("out"), key: root.appendingPathComponent("study.key"))
        after.files.removeValue(forKey: "notes.md")  // the case's own file, checked below
        #expect(after == before, "\(hostile.name): the earlier output or key changed")
        if hostile.name.contains("notes") || hostile.name.contains("user's file") {
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/notes.md").path))
        }
        if hostile.name == "key path is a folder of user files" {
            #expect(try String(contentsOf: root.appendingPathComponent("mydata/notes.txt"), encoding: .utf8) == "precious")
        }
        if hostile.name == "key path is the study file" {
            #expect(try Data(contentsOf: root.appendingPathComponent("study.yaml")) == studyBefore)
        }
    }

    @Test func aFolderWithSomeOtherManifestIsNeverReplaced() throws {
        let root = try analysedStudy()
        try write("{\"name\": \"my-web-app\"}\n", "webapp/manifest.json", root)
        try write("console.log(1)\n", "webapp/src/index.js", root)
        let run = try CLIRunner.run(["analyze", "pipeline.yaml", "--out", "webapp"], in: root)
        #expect(run.status != 0)
        #expect(run.stderr.contains("webapp") && run.stderr.contains("nothing proves Thematic wrote it"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("webapp/src/index.js").path))
    }

    @Test func stagingLeftByAKilledRunIsCleanedUpOrRestored() throws {
        let root = try analysedStudy()
        let dead: Int32 = 2_000_000_000  // above any pid Linux hands out
        try write("partial", ".out.staging-\(dead)/half.json", root)
        try write("spooled transcript", ".out.spool-\(dead)/1", root)
        try write("detections", ".out.shards-\(dead)/steps/2/shard-0.data", root)
        try write("half a key", ".study.key.tmp-\(dead)", root)
        let run = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "study.key"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".out.staging-\(dead)").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".out.spool-\(dead)").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".out.shards-\(dead)").path), "a killed sharded run's identifiers")
        // The run's own spool is gone too.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains(".spool-") }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent(".study.key.tmp-\(dead)").path))

        // A kill between the two renames of the fallback swap: the output is missing and its retired copy remains.
        let before = Snapshot(root.appendingPathComponent("out"), key: root.appendingPathComponent("study.key"))
        try FileManager.default.moveItem(at: root.appendingPathComponent("out"), to: root.appendingPathComponent(".out.old-\(dead)"))
        try write("x", "codebook.yaml", root)  // the next run fails, but recovery happens before any work
        let failed = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "study.key"], in: root)
        #expect(failed.status != 0)
        #expect(Snapshot(root.appendingPathComponent("out"), key: root.appendingPathComponent("study.key")) == before,
                "the retired output was not put back")
    }

    /// A run's working folders beside the output and its key's temporary file belong to whoever holds their lock, not
    /// to a process id: a run in another PID namespace (a container, another host on a shared file system) has an id
    /// this one cannot see. Simulated here by names with an id no process has while the test holds their locks.
    @Test func aLiveRunsFoldersAreNeverTakenForAKilledRunsWhateverItsProcessID() throws {
        let root = try analysedStudy()
        let elsewhere: Int32 = 2_000_000_000  // no process here has this id
        let names = [".out.staging-\(elsewhere)/half.json", ".out.spool-\(elsewhere)/1", ".out.shards-\(elsewhere)/steps/2/shard-0.data",
                     ".out.verify-\(elsewhere)/descriptives.json", ".out.old-\(elsewhere)/manifest.json", ".out.spool-\(elsewhere)-2/1"]
        var locks: [Int32] = []
        for name in names {
            try write("a live run's", name, root)
            let folder = root.path + "/" + name.prefix { $0 != "/" }
            let fd = open(folder + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            #expect(fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0)
            locks.append(fd)
        }
        try write("half a key", ".study.key.tmp-\(elsewhere)", root)
        let keyLock = open(root.path + "/.study.key.tmp-\(elsewhere).lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        #expect(flock(keyLock, LOCK_EX | LOCK_NB) == 0)
        locks.append(keyLock)

        let run = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "study.key"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        for name in names + [".study.key.tmp-\(elsewhere)"] {
            #expect(FileManager.default.fileExists(atPath: root.path + "/" + name), "\(name) of a live run was removed")
        }

        // Once their owner is gone (its locks dropped), the next run removes them, lock files and all.
        for fd in locks { close(fd) }
        let next = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "study.key"], in: root)
        #expect(next.status == 0, "\(next.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.contains("\(elsewhere)") || $0.contains(".spool-") }
        #expect(left.isEmpty, "\(left)")
    }

    /// The transcripts, findings and codings a run keeps on disk while it works live in files unlinked as soon as they
    /// are made: the run holds them open (seen in /proc), and when it is killed nothing of them is left in any folder.
    @Test func aKilledRunLeavesNoCopyOfItsTranscripts() throws {
        let root = try TestSupport.temporaryDirectory("killed")
        try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Fixtures/tech-champions"),
                                         to: root.appendingPathComponent("study"))
        let process = Process()
        process.executableURL = CLITests.executable
        process.arguments = ["analyze", "study/pipeline.yaml", "--out", "out", "--key", "study.key"]
        process.currentDirectoryURL = root
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var scratchOpen = false
        let descriptors = "/proc/\(process.processIdentifier)/fd"
        while process.isRunning, !scratchOpen {
            for fd in (try? FileManager.default.contentsOfDirectory(atPath: descriptors)) ?? [] {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: descriptors + "/" + fd)) ?? ""
                if target.contains("/.thematic-"), target.hasSuffix("(deleted)") { scratchOpen = true }
            }
            usleep(500)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(scratchOpen, "the run was not seen holding an unlinked scratch file")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path), "the run was killed before publishing")
        for folder in [root, root.appendingPathComponent("study")] {
            let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".thematic-") }
            #expect(left.isEmpty, "\(folder.path): \(left)")
        }
    }

    @Test func concurrentRunsLeaveOutputAndKeyFromTheSameRun() throws {
        let root = try analysedStudy()
        // Two runs that differ in their key (one has an extra identifier) race into the same folder and key.
        try write(study + "identifiers:\n  person: [Kari Nordmann]\n", "study-b.yaml", root)
        try write("study: study-b.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - anonymization\n  - descriptives\noutput: out\n", "pipeline-b.yaml", root)
        try write(TestSupport.transcript(id: "P1", turns: [("I1", "Who?"), ("P1", "Kari Nordmann helps.")]), "transcripts/P1.xml", root)
        try write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - anonymization\n  - descriptives\noutput: out\n", "pipeline.yaml", root)
        for _ in 0..<3 {
            let group = DispatchGroup()
            for pipeline in ["pipeline.yaml", "pipeline-b.yaml"] {
                group.enter()
                DispatchQueue.global().async {
                    _ = try? CLIRunner.run(["analyze", pipeline, "--key", "study.key"], in: root)
                    group.leave()
                }
            }
            group.wait()
            let check = try CLIRunner.run(["verify", "out", "--key", "study.key", "--pipeline", "pipeline.yaml"], in: root)
            let checkB = try CLIRunner.run(["verify", "out", "--key", "study.key", "--pipeline", "pipeline-b.yaml"], in: root)
            #expect(check.stdout.contains("belongs to this output") || checkB.stdout.contains("belongs to this output"),
                    "output and key come from different runs:\n\(check.stderr)\n\(checkB.stderr)")
        }
    }

    @Test func cdataTextIsKeptAndAOneInterviewStudyRuns() throws {
        let root = try analysedStudy()
        try FileManager.default.removeItem(at: root.appendingPathComponent("transcripts/P1.xml"))
        try write(transcript("Hello <![CDATA[kept <text>]]> end. I help."), "transcripts/P2.xml", root)
        try write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - anonymization\n  - descriptives\n  - stage: coding\n    options: {codebook: codebook.yaml}\n  - saturation\n  - stage: themes\n    options: {cite: [profession]}\n  - report\noutput: out\n", "pipeline.yaml", root)
        let run = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "study.key"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: root.appendingPathComponent("out/anonymized/P2.xml"), encoding: .utf8)
        #expect(text.contains("Hello kept &lt;text&gt; end. I help."), "\(text)")
        let saturation = try String(contentsOf: root.appendingPathComponent("out/saturation.json"), encoding: .utf8)
        #expect(saturation.contains("\"coverage\" : null") && saturation.contains("fewer than two interviews"))
    }

    @Test func excelCSVWithAByteOrderMarkIsAccepted() throws {
        let root = try analysedStudy()
        try write("\u{FEFF}interview,turn,start,end,code,coder\nP1,1,0,4,help,ann\n", "coding.csv", root)
        try write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages:\n  - anonymization\n  - stage: coding\n    options: {codebook: codebook.yaml, import: [coding.csv]}\noutput: out\n", "pipeline.yaml", root)
        let run = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "study.key"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func anUnreadableTranscriptIsNamed() throws {
        let root = try analysedStudy()
        let path = root.appendingPathComponent("transcripts/P2.xml").path
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        let run = try CLIRunner.run(["analyze", "pipeline.yaml", "--key", "study.key"], in: root)
        if geteuid() == 0 {
            // root reads files whatever their mode, so the run goes through; the refusal is covered by the other cases.
            #expect(run.status == 0, "\(run.stderr)")
        } else {
            #expect(run.status != 0)
            #expect(run.stderr.contains("transcripts/P2.xml") && run.stderr.contains("permission denied"), "\(run.stderr)")
        }
    }
}

@Suite("Ids that hold identifiers")
struct RenamingTests {
    @Test func anIdHoldingANameIsRefusedAndRenameFixesIt() throws {
        let folder = try TestSupport.temporaryDirectory("rename")
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <interview xmlns="urn:thematic:interview:1" id="P08_Vigdis_Lundemo" participant="Vigdis" language="en">
              <body>
                <turn speaker="I1">Are you Vigdis Lundemo?</turn>
                <turn speaker="Vigdis">Yes, I am Vigdis Lundemo.</turn>
              </body>
            </interview>

            """
        try TestSupport.write(text, to: "in/P08_Vigdis_Lundemo.xml", in: folder)
        let refused = try CLIRunner.run(["anonymize", "--out", "out", "in/P08_Vigdis_Lundemo.xml"], in: folder)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--rename") && !refused.stderr.contains("Lundemo"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))

        let renamed = try CLIRunner.run(["anonymize", "--rename", "--key", "k.key", "--out", "out", "in/P08_Vigdis_Lundemo.xml"], in: folder)
        #expect(renamed.status == 0, "\(renamed.stderr)")
        let published = try String(contentsOf: folder.appendingPathComponent("out/T01.xml"), encoding: .utf8)
        #expect(published.contains("id=\"T01\"") && published.contains("speaker=\"P01\"") && !published.contains("Vigdis"), "\(published)")
        let key = try String(contentsOf: folder.appendingPathComponent("k.key"), encoding: .utf8)
        #expect(key.contains("\"interview:P08_Vigdis_Lundemo\" : \"T01\""), "the key keeps the mapping")
    }
}
