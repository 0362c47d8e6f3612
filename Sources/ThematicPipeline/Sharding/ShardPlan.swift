import Foundation
import ThematicCore

/// What `thematic step prepare` decides, written to `plan.json` in the work folder and read by every later step: the
/// pipeline (with its digest, so a changed pipeline is noticed), where the run publishes, which transcript files each
/// shard reads, and the steps in order.
public struct ShardPlan: Codable, Sendable {
    /// One transcript file of a shard.
    public struct File: Codable, Sendable {
        public var path: String
        public var displayName: String
    }

    /// One round of work: every shard runs `work`, then one process runs `combine` (when there is one).
    public struct Step: Codable, Sendable {
        /// The step's number, from 0, as the commands name it (`--step 2`).
        public var number: Int
        /// The stage whose round this is (its id and place in the pipeline); nil for reading and checking the transcripts.
        public var stage: String?
        public var stageIndex: Int?
        /// The stage's round number.
        public var round: Int
        /// The names of the shards' step and of the combining step.
        public var work: String
        public var combine: String?
        /// Whether the shards hand on their transcripts in this step (the last round of a stage that rewrites them);
        /// later steps' shards read those instead of the transcript files.
        public var handsOnTranscripts = false
    }

    public var format = 1
    /// The pipeline file, absolute, and the SHA-256 of its bytes.
    public var pipeline: String
    public var pipelineSHA256: String
    /// The output folder and key the merge publishes to (absolute).
    public var output: String
    public var key: String?
    /// Worker threads each step may use.
    public var jobs: Int
    /// The transcript files of each shard, in the pipeline's order.
    public var files: [[File]]
    public var steps: [Step]

    /// How many shards.
    public var shards: Int { files.count }

    /// The steps' names in the order they run, as one line (`read, check → detect, reconcile → …`).
    public var outline: String {
        steps.map { step in step.work + (step.combine.map { ", " + $0 } ?? "") }.joined(separator: " → ") + " → merge"
    }
}

/// The core's own first round, before any stage's: every shard reads its transcripts and checks them against the
/// study; the check step then checks across shards (an interview id in two shards) and gathers the names found in
/// converted files' speaker labels, which every shard then protects.
struct TranscriptCheck: Codable, Sendable {
    struct Read: Codable, Sendable {
        var interview: String
        var source: String
        /// The SHA-256 of the file as the shard read it; the merge refuses a transcript changed since.
        var sha256: String
    }

    var interviews: [Read]
    var names: [String]

    static let round = ShardPlan.Step(number: 0, stage: nil, stageIndex: nil, round: 0, work: "read", combine: "check")
}
