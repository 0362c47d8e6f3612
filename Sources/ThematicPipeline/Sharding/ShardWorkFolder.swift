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
            try WrittenRecord.checkReplaceable(path, displayName: path, manifest: false, remedy: "give a new or empty work folder")
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

    /// Saves a shard's output of a step: its files first, the data last, so the data's presence means the shard finished.
    func save(_ output: ShardOutput, step: Int, shard: Int) throws {
        let files = shardFiles(step: step, shard: shard)
        FileSystem.removeTree(files)
        for (relative, data) in output.files.sorted(by: { $0.key < $1.key }) {
            try ArtifactSet.checkPath(relative)
            try write(files + "/" + relative, data)
        }
        if let interviews = output.interviews { try write(shardCorpus(step: step, shard: shard), InterviewArchive.encode(interviews)) }
        try write(shardData(step: step, shard: shard), output.data)
    }

    func read(_ file: String, what: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Diagnostic(file: file, "\(what) is missing: an earlier step did not finish; run the steps in order")
        }
        return data
    }

    /// The files a shard rendered in a step, by their path in the output folder.
    func files(step: Int, shard: Int) throws -> [String: Data] {
        let folder = shardFiles(step: step, shard: shard)
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        var found: [String: Data] = [:]
        while let relative = enumerator.nextObject() as? String {
            let full = folder + "/" + relative
            guard FileSystem.kind(full) == .file else { continue }
            found[relative] = try read(full, what: "a rendered file")
        }
        return found
    }

    /// The results of a stage's rounds, whose first round is step `firstStep`.
    func results(firstStep: Int, shards: Int) -> ShardResults {
        let folder = self
        return ShardResults(shards: shards,
            combined: { round in try folder.read(folder.combined(step: firstStep + round), what: "step \(firstStep + round)'s combined result") },
            outputs: { round in try (0..<shards).map { try folder.read(folder.shardData(step: firstStep + round, shard: $0), what: "step \(firstStep + round)'s output of shard \($0)") } },
            files: { round, shard in try folder.files(step: firstStep + round, shard: shard) },
            interviews: { round, shard in try folder.interviews(step: firstStep + round, shard: shard) },
            output: { round, shard in try folder.read(folder.shardData(step: firstStep + round, shard: shard), what: "step \(firstStep + round)'s output of shard \(shard)") })
    }

    /// The transcripts a shard handed on in a step.
    func interviews(step: Int, shard: Int) throws -> [Interview] {
        try InterviewArchive.decode(read(shardCorpus(step: step, shard: shard), what: "shard \(shard)'s transcripts of step \(step)"),
                                    what: "the work folder's shard \(shard)'s transcripts of step \(step) (run the steps again from the first)")
    }
}
