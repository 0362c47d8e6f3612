import Foundation
import ThematicCoding
import ThematicCore

/// Autocoding in shards: each shard codes its own (de-identified) transcripts; the run then goes on as in one process
/// from the codings, in interview order. Imported and inline coding, frequencies and agreement are study-wide and
/// small, so they stay in `finish`.
extension CodebookCoding: ShardedStage {
    public static let rounds = [ShardRound(work: "autocode", combine: nil)]

    public func work(round: Int, in shard: ShardInput) throws -> ShardOutput {
        guard autocode else { return ShardOutput(data: try ShardCoding.encode([CodedSegment]())) }
        let (codebook, _) = try CodebookLoader.load(path: shard.path(codebookPath), displayName: codebookPath)
        return ShardOutput(data: try ShardCoding.encode(try Autocoder(codebook: codebook).code(shard.interviews, jobs: shard.jobs)))
    }

    public func combine(round: Int, outputs: [Data], study: Study, earlier: ShardResults) throws -> Data { Data() }

    public func finish(in context: StageContext, from results: ShardResults) throws {
        var byInterview: [String: [CodedSegment]] = [:]
        for output in try results.outputs(round: 0) {
            for coding in try ShardCoding.decode([CodedSegment].self, from: output, what: "autocodings") {
                byInterview[coding.interview, default: []].append(coding)
            }
        }
        let corpus = try context.read(Products.corpus)
        try complete(autocoded: CodingList(corpus.interviews.ids.flatMap { byInterview[$0] ?? [] }), in: context)
    }
}
