import Foundation
import ThematicCoding
import ThematicCore

/// Autocoding in shards: each shard codes its own (de-identified) transcripts; the run then goes on as in one process
/// from the codings, in interview order. Imported and inline coding, frequencies and agreement are study-wide and
/// small, so they stay in `finish`.
extension CodebookCoding: ShardedStage {
    /// Each shard's autocodings, in interview order.
    static let autocodeRound = ShardRoundKey<[CodedSegment], NothingCombined>(0, work: "autocode", combine: nil)
    public static let rounds = [autocodeRound.round]

    public func work(round: Int, in shard: ShardInput) throws -> ShardOutput {
        guard autocode else { return try Self.autocodeRound.output([]) }
        let (codebook, _) = try CodebookLoader.load(path: shard.path(codebookPath), displayName: codebookPath)
        return try Self.autocodeRound.output(try Autocoder(codebook: codebook).code(shard.interviews, jobs: shard.jobs))
    }

    public func finish(in context: StageContext, from results: ShardResults) throws {
        let corpus = try context.read(Products.corpus)
        // One shard's autocodings at a time: each interview's go to a staging store as a block of their own, then
        // every interview's to the run's coding store in the study's order, a chunk of interviews at a time — the
        // merge holds one shard's codings, not the study's (20,000 interviews: 1.2 million codings).
        let staging = try CodingStore(in: context.scratchFolder)
        var placed: [String: [Range<Int>]] = [:]
        var position = 0
        for shard in 0..<results.shards {
            let codings = try results.output(Self.autocodeRound, shard: shard)
            var start = 0
            while start < codings.count {
                var end = start + 1
                while end < codings.count, codings[end].interview == codings[start].interview { end += 1 }
                try staging.append(Array(codings[start..<end]))
                placed[codings[start].interview, default: []].append(position..<(position + end - start))
                position += end - start
                start = end
            }
        }
        let staged = staging.list()
        let store = try CodingStore(in: context.scratchFolder)
        for range in corpus.interviews.chunks() {
            var block: [CodedSegment] = []
            for index in range {
                for stretch in placed[corpus.interviews.id(at: index)] ?? [] { block += stretch.map { staged[$0] } }
            }
            try store.append(block)
        }
        try complete(autocoded: store.list(), in: context)
    }
}
