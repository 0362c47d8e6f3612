import Foundation
import ThematicCore

/// What a step wrote for one shard (or its combined result), as the SHA-256 of every file by its path in the step's
/// folder: `steps/N/shard-I.sha256` (or `combined.sha256`), written after the files. A result is read back only through
/// it, so a file edited, corrupted, added or removed in the work folder between the step and a later step or the merge
/// is refused, naming the file, rather than published.
///
/// The record lies beside what it covers, so it catches a changed file (an edit, a shared file system's corruption, a
/// step run against another work folder), not someone who can also rewrite the record: the work folder is private
/// (mode 0700) for that.
struct ShardResultRecord: Codable, Sendable {
    var format = 1
    var files: [String: String]

    /// The refusal of a result file: `problem` is `changed`, `missing` or `extra`.
    static func tampered(_ file: String, step: Int, shard: Int?, _ problem: Problem) -> Diagnostic {
        let result = "this result of " + (shard.map { "shard \($0) in step \(step)" } ?? "step \(step)'s combining step")
        let what: String
        switch problem {
        case .changed: what = "\(result) changed after the step wrote it (its SHA-256 is not the one the step recorded)"
        case .missing: what = "\(result) is missing, though the step wrote it"
        case .extra: what = "this file is not among those step \(step) wrote" + (shard.map { " for shard \($0)" } ?? "")
        }
        return Diagnostic(file: file, what + "; refusing to use it — run the steps again from step \(step)")
    }

    enum Problem { case changed, missing, extra }
}

extension ShardWorkFolder {
    /// Where a step's record of a shard's result (or, with `shard` nil, of the combined one) is.
    func resultRecord(step: Int, shard: Int?) -> String {
        stepFolder(step) + (shard.map { "/shard-\($0).sha256" } ?? "/combined.sha256")
    }

    /// Whether the step finished for the shard (its record is written last).
    func finished(step: Int, shard: Int?) -> Bool {
        FileSystem.kind(resultRecord(step: step, shard: shard)) == .file
    }

    /// The record of a step's result for a shard (or the combined one); missing when the step has not finished.
    func resultRecord(step: Int, shard: Int?, what: String) throws -> ShardResultRecord {
        let path = resultRecord(step: step, shard: shard)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic(file: path, "\(what) is missing: an earlier step did not finish; run the steps in order")
        }
        return try ShardCoding.decode(ShardResultRecord.self, from: data, what: "the record of \(what)")
    }

    /// A file of a step's result, refused unless its bytes have the SHA-256 the step recorded for it.
    func readResult(_ file: String, record: ShardResultRecord, step: Int, shard: Int?) throws -> Data {
        let relative = String(file.dropFirst(stepFolder(step).count + 1))
        guard let recorded = record.files[relative] else {
            throw ShardResultRecord.tampered(file, step: step, shard: shard, .extra)
        }
        guard FileSystem.kind(file) == .file, let data = FileManager.default.contents(atPath: file) else {
            throw ShardResultRecord.tampered(file, step: step, shard: shard, .missing)
        }
        guard Digest.sha256(data) == recorded else {
            throw ShardResultRecord.tampered(file, step: step, shard: shard, .changed)
        }
        return data
    }
}
