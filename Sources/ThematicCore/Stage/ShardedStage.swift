import Foundation

/// A stage whose work over the transcripts can run in shards: `thematic analyze --shards N`, or the `thematic step`
/// commands under any batch engine (Slurm, a Kubernetes Indexed Job, GNU Parallel).
///
/// The work goes in rounds. In each round every shard runs `work(round:in:)` over its own transcripts, then one
/// process runs `combine(round:outputs:study:)` over what the shards returned; later rounds and `finish` read the
/// combined result. What grows with the corpus stays in the shards; what is combined must be small (entity tables,
/// counts). Last, in the run's own process, `finish(in:from:)` does what `run(in:)` would have done — the same
/// products, artifacts, summary and key — from the rounds' results, so a sharded run publishes exactly the bytes of
/// a single one.
///
/// A shard reads its transcripts as the last stage before it that rewrites them left them — in the shard, so such a
/// stage (anonymization) must itself be sharded, and hands the rewritten transcripts on in its last round's
/// `ShardOutput.interviews`. After a stage that rewrites them but cannot shard, no stage shards.
public protocol ShardedStage: Stage {
    /// The rounds, in order (at least one).
    static var rounds: [ShardRound] { get }

    /// One shard's part of a round.
    func work(round: Int, in shard: ShardInput) throws -> ShardOutput

    /// Combines the shards' outputs of a round, given in shard order.
    func combine(round: Int, outputs: [Data], study: Study, earlier: ShardResults) throws -> Data

    /// Finishes the stage in the run's context from every round's results, as `run(in:)` would.
    func finish(in context: StageContext, from results: ShardResults) throws
}

extension ShardedStage {
    /// A stage whose rounds have no combining step has nothing to combine (the runner never asks).
    public func combine(round: Int, outputs: [Data], study: Study, earlier: ShardResults) throws -> Data {
        throw Diagnostic("stage '\(Self.descriptor.id)': round \(round) has no combining step")
    }
}

/// One round of a sharded stage: what each shard does, and what combining their results does.
public struct ShardRound: Sendable, Hashable {
    /// The name of the shards' step (`detect`).
    public var work: String
    /// The name of the combining step (`reconcile`); nil for the last round when only `finish` reads its outputs.
    public var combine: String?
    /// The round's place among the stage's rounds, when a `ShardRoundKey` made it (checked when the registry is built).
    public var index: Int?

    /// A round whose shards do `work` and whose results are combined by `combine`.
    public init(work: String, combine: String?) {
        self.work = work
        self.combine = combine
    }
}

/// A round with the types of what it hands on: each shard's `Output`, and the `Combined` result later rounds and
/// `finish` read. Shards, the combining step and `finish` read and write a round's data only through its key, so a
/// payload read as another type than it was written with does not compile — instead of failing at the merge, after a
/// cluster run.
public struct ShardRoundKey<Output: Codable & Sendable, Combined: Codable & Sendable>: Sendable {
    /// The round's place in the stage's `rounds`.
    public let index: Int
    /// The round as the runner plans it.
    public let round: ShardRound

    /// The round at `index` of the stage's `rounds`, whose shards do `work` and whose results `combine` combines.
    public init(_ index: Int, work: String, combine: String?, output: Output.Type = Output.self, combined: Combined.Type = Combined.self) {
        self.index = index
        var round = ShardRound(work: work, combine: combine)
        round.index = index
        self.round = round
    }

    /// A shard's output of this round, encoded for the batch engine to keep.
    public func output(_ value: Output, files: [String: Data] = [:], interviews: [Interview]? = nil) throws -> ShardOutput {
        ShardOutput(data: try ShardCoding.encode(value), files: files, interviews: interviews)
    }

    /// Combines the shards' outputs of this round (in shard order) with `body`.
    public func combining(_ outputs: [Data], _ body: ([Output]) throws -> Combined) throws -> Data {
        try ShardCoding.encode(try body(outputs.map(decodeOutput)))
    }

    func decodeOutput(_ data: Data) throws -> Output { try ShardCoding.decode(Output.self, from: data, what: "output of step '\(round.work)'") }
    func decodeCombined(_ data: Data) throws -> Combined {
        try ShardCoding.decode(Combined.self, from: data, what: "result of step '\(round.combine ?? round.work)'")
    }
}

/// What a round without a combining step combines to.
public struct NothingCombined: Codable, Sendable {
    public init() {}
}

/// What one shard sees in a round.
public struct ShardInput {
    /// This shard's number, from 0.
    public var shard: Int
    /// How many shards the run has.
    public var shards: Int
    /// The study (every shard has all of it).
    public var study: Study
    /// This shard's interviews, sorted by id.
    public var interviews: [Interview]
    /// Worker threads the shard may use; results must not depend on it.
    public var jobs: Int
    /// Earlier rounds' results: combined ones, and this shard's own outputs.
    public var earlier: ShardResults
    /// The pipeline file's folder, for options naming further inputs (a codebook).
    public var baseDirectory: String

    public init(shard: Int, shards: Int, study: Study, interviews: [Interview], jobs: Int, earlier: ShardResults, baseDirectory: String = ".") {
        self.shard = shard
        self.shards = shards
        self.study = study
        self.interviews = interviews
        self.jobs = jobs
        self.earlier = earlier
        self.baseDirectory = baseDirectory
    }

    /// A path from a stage option, resolved against the pipeline file's folder unless it is absolute.
    public func path(_ option: String) -> String {
        option.hasPrefix("/") ? option : (baseDirectory as NSString).appendingPathComponent(option)
    }

    /// What this shard returned in an earlier round.
    public func own(round: Int) throws -> Data { try earlier.outputs(round: round)[shard] }

    /// What this shard returned in an earlier round, as that round's type.
    public func own<Output, Combined>(_ key: ShardRoundKey<Output, Combined>) throws -> Output {
        try key.decodeOutput(earlier.output(round: key.index, shard: shard))
    }

    /// An earlier round's combined result, as that round's type.
    public func combined<Output, Combined>(_ key: ShardRoundKey<Output, Combined>) throws -> Combined {
        try earlier.combined(key)
    }
}

/// What a shard returns from a round.
public struct ShardOutput: Sendable {
    /// What `combine` and later rounds read.
    public var data: Data
    /// Artifact files the shard rendered (path in the output folder → bytes), for `finish` to add; corpus-sized
    /// output (the de-identified transcripts) is written where it is made.
    public var files: [String: Data]
    /// From a stage that rewrites the transcripts, in its last round: the shard's transcripts as rewritten, which the
    /// shards of later stages read (and `finish` may read through `ShardResults.interviews`).
    public var interviews: [Interview]?

    public init(data: Data, files: [String: Data] = [:], interviews: [Interview]? = nil) {
        self.data = data
        self.files = files
        self.interviews = interviews
    }
}

/// The results of a sharded stage's rounds so far, read from wherever the batch engine keeps them.
public struct ShardResults: Sendable {
    private let combinedLoader: @Sendable (Int) throws -> Data
    private let outputsLoader: @Sendable (Int) throws -> [Data]
    private let outputLoader: @Sendable (Int, Int) throws -> Data
    private let filesLoader: @Sendable (Int, Int) throws -> [String: Data]
    private let interviewsLoader: @Sendable (Int, Int) throws -> [Interview]
    /// How many shards the run has.
    public let shards: Int

    /// Results read through the given functions (round → combined data; round → every shard's data; round, shard →
    /// that shard's files; round, shard → the transcripts it handed on).
    public init(shards: Int, combined: @escaping @Sendable (Int) throws -> Data, outputs: @escaping @Sendable (Int) throws -> [Data],
                files: @escaping @Sendable (Int, Int) throws -> [String: Data], interviews: @escaping @Sendable (Int, Int) throws -> [Interview],
                output: (@Sendable (Int, Int) throws -> Data)? = nil) {
        self.shards = shards
        combinedLoader = combined
        outputsLoader = outputs
        outputLoader = output ?? { round, shard in try outputs(round)[shard] }
        filesLoader = files
        interviewsLoader = interviews
    }

    /// A round's combined result.
    public func combined(round: Int) throws -> Data { try combinedLoader(round) }
    /// Every shard's output of a round, in shard order.
    public func outputs(round: Int) throws -> [Data] { try outputsLoader(round) }
    /// One shard's output of a round (to read large outputs one at a time).
    public func output(round: Int, shard: Int) throws -> Data { try outputLoader(round, shard) }
    /// The files one shard rendered in a round.
    public func files(round: Int, shard: Int) throws -> [String: Data] { try filesLoader(round, shard) }
    /// The transcripts one shard handed on in a round (`ShardOutput.interviews`).
    public func interviews(round: Int, shard: Int) throws -> [Interview] { try interviewsLoader(round, shard) }

    /// A round's combined result, as the round's type.
    public func combined<Output, Combined>(_ key: ShardRoundKey<Output, Combined>) throws -> Combined {
        try key.decodeCombined(combined(round: key.index))
    }
    /// Every shard's output of a round, in shard order, as the round's type.
    public func outputs<Output, Combined>(_ key: ShardRoundKey<Output, Combined>) throws -> [Output] {
        try outputs(round: key.index).map(key.decodeOutput)
    }
    /// One shard's output of a round, as the round's type (to read large outputs one at a time).
    public func output<Output, Combined>(_ key: ShardRoundKey<Output, Combined>, shard: Int) throws -> Output {
        try key.decodeOutput(output(round: key.index, shard: shard))
    }
    /// The files one shard rendered in a round.
    public func files<Output, Combined>(_ key: ShardRoundKey<Output, Combined>, shard: Int) throws -> [String: Data] {
        try files(round: key.index, shard: shard)
    }
    /// The transcripts one shard handed on in a round.
    public func interviews<Output, Combined>(_ key: ShardRoundKey<Output, Combined>, shard: Int) throws -> [Interview] {
        try interviews(round: key.index, shard: shard)
    }
}

/// Encoding of what shards hand on: compact JSON with sorted keys (never published; sorted so reruns write the same).
public enum ShardCoding {
    public static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(value)
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data, what: String) throws -> Value {
        do { return try JSONDecoder().decode(type, from: data) } catch {
            throw Diagnostic("the work folder's \(what) cannot be read (\(error)); run the steps again from the first")
        }
    }
}
