import Foundation
import ThematicCore

/// Counting in shards: each shard counts its own transcripts' turns and words; the run then goes on from the counts.
extension Descriptives: ShardedStage {
    /// Each shard's counts per interview.
    static let count = ShardRoundKey<[Counts], NothingCombined>(0, work: "count", combine: nil)
    public static let rounds = [count.round]

    /// One interview's counts as a shard hands them on.
    struct Counts: Codable {
        var id: String
        var participant: String
        var participants: [String]?
        var byParticipant: [String: MemberCounts]?
        var date: String?
        var durationMinutes: Double?
        var turns: [Int]
        var words: [Int]
        var longestParticipantTurnWords: Int

        init(_ figures: InterviewFigures) {
            id = figures.id
            participant = figures.participant
            participants = figures.participants
            byParticipant = figures.byParticipant
            date = figures.date
            durationMinutes = figures.durationMinutes
            turns = [figures.turns.interviewer, figures.turns.participant]
            words = [figures.words.interviewer, figures.words.participant]
            longestParticipantTurnWords = figures.longestParticipantTurnWords
        }

        var figures: InterviewFigures {
            var figures = InterviewFigures(id: id, participant: participant, date: date, durationMinutes: durationMinutes,
                                           turns: SpeakerSplit(interviewer: turns[0], participant: turns[1]),
                                           words: SpeakerSplit(interviewer: words[0], participant: words[1]),
                                           longestParticipantTurnWords: longestParticipantTurnWords)
            figures.participants = participants
            figures.byParticipant = byParticipant
            return figures
        }
    }

    public func work(round: Int, in shard: ShardInput) throws -> ShardOutput {
        let interviewers = shard.study.interviewerIDs
        return try Self.count.output(shard.interviews.map { Counts(InterviewFigures(interview: $0, interviewers: interviewers)) })
    }

    public func finish(in context: StageContext, from results: ShardResults) throws {
        var figures: [String: InterviewFigures] = [:]
        for output in try results.outputs(Self.count) {
            for item in output { figures[item.id] = item.figures }
        }
        let corpus = try context.read(Products.corpus)
        try complete(try corpus.interviews.ids.map { id in
            guard let item = figures[id] else { throw Diagnostic("stage 'descriptives': no shard counted interview '\(id)'") }
            return item
        }, in: context)
    }
}
