import Foundation
import ThematicCore

/// The folder a sharded run keeps its steps' results in: `plan.json`, then per step `steps/<n>/shard-<i>.data` (with
/// the files a shard rendered under `shard-<i>.files/`), `steps/<n>/combined.data`, and the steps' logs in `logs/`.
///
/// It holds identifiers (what detection found), so it is made readable by its owner only, and `thematic analyze
/// --shards` removes it after a successful run. On a cluster it must be on the file system every node sees.
public struct ShardWorkFolder: Sendable {
    /// The folder, absolute.
    public let path: String

    public init(_ path: String) { self.path = PathUtilities.absolute(path) }

    var planPath: String { path + "/plan.json" }
    public var logs: String { path + "/logs" }
    func stepFolder(_ step: Int) -> String { path + "/steps/\(step)" }
    func shardData(step: Int, shard: Int) -> String { stepFolder(step) + "/shard-\(shard).data" }
    func shardFiles(step: Int, shard: Int) -> String { stepFolder(step) + "/shard-\(shard).files" }
    func combined(step: Int) -> String { stepFolder(step) + "/combined.data" }
    func shardCorpus(step: Int, shard: Int) -> String { stepFolder(step) + "/shard-\(shard).corpus" }

    /// The subfolders a work folder's steps write (on any node), claimed whole by its `WrittenRecord`.
    static let trees = ["steps", "logs", "slurm", "status"]

    /// Creates the folder for a new plan: it must be new, empty, or an earlier work folder — proved by the
    /// `WrittenRecord` `create` leaves in it, never by a `plan.json` alone — whose results are then removed.
    func create(plan: ShardPlan) throws {
        switch FileSystem.kind(path) {
        case .missing: break
        case .directory:
            try WrittenRecord.checkReplaceable(path, displayName: path, manifest: false, allowingTrees: true, remedy: "give a new or empty work folder")
            for entry in Self.trees + ["plan.json", WrittenRecord.fileName] { FileSystem.removeTree(path + "/" + entry) }
        default:
            throw Diagnostic(file: path, "the work folder path is taken by a file")
        }
        try FileSystem.createDirectory(path)
        chmod(path, 0o700)
        let planData = try ShardCoding.encode(plan)
        // The record first: a step killed in between leaves a folder that is still provably ours.
        try write(path + "/" + WrittenRecord.fileName, CanonicalJSON.encode(WrittenRecord(files: ["plan.json": Digest.sha256(planData)], trees: Self.trees)))
        try FileSystem.createDirectory(logs)
        try write(planPath, planData)
    }

    /// The plan, checked against the pipeline file as it is now.
    public func plan() throws -> ShardPlan {
        guard let data = FileManager.default.contents(atPath: planPath) else {
            throw Diagnostic(file: planPath, "no plan in the work folder; run 'thematic step prepare' first")
        }
        let plan = try ShardCoding.decode(ShardPlan.self, from: data, what: "plan.json")
        let pipeline = try InputFile.read(plan.pipeline, displayName: plan.pipeline, what: "pipeline")
        guard Digest.sha256(pipeline) == plan.pipelineSHA256 else {
            throw Diagnostic(file: plan.pipeline, "the pipeline changed after 'thematic step prepare'; prepare the work folder again")
        }
        return plan
    }

    /// Writes a file whole or not at all (a temporary file renamed into place), so a killed step leaves no half result.
    func write(_ destination: String, _ data: Data) throws {
        try FileSystem.createDirectory((destination as NSString).deletingLastPathComponent)
        let temporary = destination + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        unlink(temporary)
        try FileSystem.writeNewFile(temporary, data, mode: 0o600)
        try FileSystem.rename(temporary, destination)
    }

    /// Saves a shard's output of a step: its files first, the data next, and last the record of every file's SHA-256,
    /// whose presence means the shard finished, and against which each file is checked whenever it is read back.
    func save(_ output: ShardOutput, step: Int, shard: Int) throws {
        let files = shardFiles(step: step, shard: shard)
        let record = resultRecord(step: step, shard: shard)
        unlink(record)
        FileSystem.removeTree(files)
        var digests: [String: String] = [:]
        func keep(_ file: String, _ data: Data) throws {
            try write(file, data)
            digests[String(file.dropFirst(stepFolder(step).count + 1))] = Digest.sha256(data)
        }
        for (relative, data) in output.files.sorted(by: { $0.key < $1.key }) {
            try ArtifactSet.checkPath(relative)
            try keep(files + "/" + relative, data)
        }
        if let interviews = output.interviews { try keep(shardCorpus(step: step, shard: shard), InterviewArchive.encode(interviews)) }
        try keep(shardData(step: step, shard: shard), output.data)
        try write(record, ShardCoding.encode(ShardResultRecord(files: digests)))
    }

    /// Saves a step's combined result, then its record.
    func saveCombined(_ data: Data, step: Int) throws {
        let record = resultRecord(step: step, shard: nil)
        unlink(record)
        try write(combined(step: step), data)
        try write(record, ShardCoding.encode(ShardResultRecord(files: [(combined(step: step) as NSString).lastPathComponent: Digest.sha256(data)])))
    }

    /// A result a step wrote (a shard's, or with `shard` nil the combined one), checked against the step's record.
    func read(_ file: String, step: Int, shard: Int?, what: String) throws -> Data {
        try readResult(file, record: resultRecord(step: step, shard: shard, what: what), step: step, shard: shard)
    }

    /// The files a shard rendered in a step, by their path in the output folder: exactly those the step recorded.
    func files(step: Int, shard: Int) throws -> [String: Data] {
        let record = try resultRecord(step: step, shard: shard, what: "shard \(shard)'s output of step \(step)")
        let folder = shardFiles(step: step, shard: shard)
        let prefix = (folder as NSString).lastPathComponent + "/"
        var found: [String: Data] = [:]
        for relative in record.files.keys.sorted() where relative.hasPrefix(prefix) {
            found[String(relative.dropFirst(prefix.count))] = try readResult(stepFolder(step) + "/" + relative, record: record, step: step, shard: shard)
        }
        if let enumerator = FileManager.default.enumerator(atPath: folder) {
            while let relative = enumerator.nextObject() as? String {
                let full = folder + "/" + relative
                if FileSystem.kind(full) != .directory, found[relative] == nil {
                    throw ShardResultRecord.tampered(full, step: step, shard: shard, .extra)
                }
            }
        }
        return found
    }

    /// The results of a stage's rounds, whose first round is step `firstStep`.
    func results(firstStep: Int, shards: Int) -> ShardResults {
        let folder = self
        return ShardResults(shards: shards,
            combined: { round in try folder.read(folder.combined(step: firstStep + round), step: firstStep + round, shard: nil, what: "step \(firstStep + round)'s combined result") },
            outputs: { round in try (0..<shards).map { try folder.read(folder.shardData(step: firstStep + round, shard: $0), step: firstStep + round, shard: $0, what: "step \(firstStep + round)'s output of shard \($0)") } },
            files: { round, shard in try folder.files(step: firstStep + round, shard: shard) },
            interviews: { round, shard in try folder.interviews(step: firstStep + round, shard: shard) },
            output: { round, shard in try folder.read(folder.shardData(step: firstStep + round, shard: shard), step: firstStep + round, shard: shard, what: "step \(firstStep + round)'s output of shard \(shard)") })
    }

    /// The transcripts a shard handed on in a step.
    func interviews(step: Int, shard: Int) throws -> [Interview] {
        try InterviewArchive.decode(read(shardCorpus(step: step, shard: shard), step: step, shard: shard, what: "shard \(shard)'s transcripts of step \(step)"),
                                    what: "the work folder's shard \(shard)'s transcripts of step \(step) (run the steps again from the first)")
    }
}
