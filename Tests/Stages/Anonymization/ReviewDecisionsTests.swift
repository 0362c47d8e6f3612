import AnonymizationStage
import Foundation
import Testing
import ThematicCore
import ThematicPipeline
import ThematicTestSupport

/// Decisions saved by `thematic review` and applied by the anonymization stage: each kind changes exactly what it
/// says, a stale one is an error naming its line, and the result does not depend on threads.
@Suite struct ReviewDecisionsTests {
    static let turns: [String: [(String, String)]] = [
        "T1": [("I1", "How is work these days?"),
               ("P1", "I talked with Kari Nordmann yesterday. Then zorblat came by, and later zorblat left again.")],
        "T2": [("I1", "And the sensors?"),
               ("P1", "Kari Nordmann set them up. Another Kari, the one from the night shift, never did.")],
    ]

    /// The two transcripts loaded as a run loads them, and a folder for the decisions file.
    static func corpus() throws -> (Corpus, URL) {
        let folder = try TestSupport.temporaryDirectory()
        var files: [(String, String)] = []
        for (id, turns) in turns.sorted(by: { $0.key < $1.key }) {
            let url = try TestSupport.write(TestSupport.transcript(id: id, participant: "P1", turns: turns), to: "\(id).xml", in: folder)
            files.append((url.path, "\(id).xml"))
        }
        let (interviews, _) = try CorpusLoader(jobs: 1).load(files)
        return (Corpus(study: Study(id: "review", title: "review", participants: []), interviews: interviews), folder)
    }

    static func anchor(_ session: ReviewSession, _ interview: String, _ turn: Int, _ text: String, occurrence: Int = 0) throws -> MentionAnchor {
        let turnText = try #require(session.transcripts.first { $0.id == interview }?.turns.first { $0.turn == turn })
        var searchFrom = turnText.text.startIndex
        var found: Range<String.Index>?
        for _ in 0...occurrence {
            guard let next = turnText.text[searchFrom...].range(of: text) else { throw Diagnostic("'\(text)' is not in turn \(turn) of \(interview)") }
            found = next
            searchFrom = found!.upperBound
        }
        let start = turnText.text.unicodeScalars.distance(from: turnText.text.unicodeScalars.startIndex, to: found!.lowerBound)
        return MentionAnchor(interview: interview, turn: turn, start: start, end: start + text.unicodeScalars.count, text: text, turnDigest: turnText.digest)
    }

    /// Runs the stage with `decisions` saved beside the pipeline; the anonymized turns by interview.
    static func run(_ corpus: Corpus, _ folder: URL, _ decisions: ReviewDecisions, jobs: Int = 1) throws -> (turns: [String: [String]], context: StageContext) {
        try Data(decisions.yaml(study: "review").utf8).write(to: folder.appendingPathComponent("decisions.yaml"))
        let context = StageContext(corpus: corpus, jobs: jobs, baseDirectory: folder.path)
        try StageHarness.run(Anonymization(options: StageOptions(validating: [:], against: Anonymization.descriptor.options, stage: "anonymization")),
                             Anonymization.descriptor, in: context)
        try LeakGate.check(LeakGate.channels(of: context.artifacts), protected: context.protectedIdentifiers)
        let anonymized = try context.read(Products.corpus)
        var turns: [String: [String]] = [:]
        for interview in anonymized.interviews.load(0..<anonymized.interviews.count, jobs: 1) { turns[interview.id] = interview.turns.map(\.text) }
        return (turns, context)
    }

    @Test func eachDecisionChangesWhatItSays() throws {
        let (corpus, folder) = try Self.corpus()
        let interviews = corpus.interviews.load(0..<corpus.interviews.count, jobs: 1)
        let session = try ReviewSession.build(study: corpus.study, interviews: interviews, settings: Anonymizer.Settings())
        #expect(session.items.contains { $0.text == "Kari Nordmann" }, "\(session.items)")
        #expect(!session.items.contains { $0.text == "zorblat" })

        let before = try Self.run(corpus, folder, ReviewDecisions())
        #expect(!before.turns["T1"]![1].contains("Kari"))

        let zorblat = try Self.anchor(session, "T1", 1, "zorblat")
        let kari = try Self.anchor(session, "T1", 1, "Kari Nordmann")
        let otherKari = try Self.anchor(session, "T2", 1, "Kari", occurrence: 1)
        let decisions = ReviewDecisions([
            ReviewDecision(action: .add, mention: zorblat, type: .person),
            ReviewDecision(action: .link, mention: zorblat, target: kari),
            ReviewDecision(action: .pseudonym, mention: kari, pseudonym: "Ingrid"),
            ReviewDecision(action: .split, mention: otherKari),
        ])
        let after = try Self.run(corpus, folder, decisions)
        // Added once, propagated to the second mention; linked to Kari Nordmann, whose pseudonym replaces both.
        #expect(after.turns["T1"]![1] == "I talked with Ingrid yesterday. Then Ingrid came by, and later Ingrid left again.", "\(after.turns)")
        // The other Kari is split off: a person of her own, not Ingrid.
        let t2 = after.turns["T2"]![1]
        #expect(t2.hasPrefix("Ingrid set them up. Another [person "), "\(t2)")
        #expect(!t2.contains("Another Ingrid"))

        // Rejecting the split mention keeps the word there and only there.
        let rejected = try Self.run(corpus, folder, ReviewDecisions([ReviewDecision(action: .reject, mention: otherKari)]))
        #expect(rejected.turns["T2"]![1].contains("Another Kari, the one"), "\(rejected.turns)")
        #expect(!rejected.turns["T1"]![1].contains("Kari"))
    }

    @Test func decisionsAreTheSameBytesOnAnyNumberOfThreads() throws {
        let (corpus, folder) = try Self.corpus()
        let session = try ReviewSession.build(study: corpus.study, interviews: corpus.interviews.load(0..<2, jobs: 1), settings: Anonymizer.Settings())
        let decisions = ReviewDecisions([
            ReviewDecision(action: .add, mention: try Self.anchor(session, "T1", 1, "zorblat"), type: .person),
            ReviewDecision(action: .pseudonym, mention: try Self.anchor(session, "T2", 1, "Kari Nordmann"), pseudonym: "Ingrid"),
        ])
        let one = try Self.run(corpus, folder, decisions, jobs: 1).context.artifacts
        let three = try Self.run(corpus, folder, decisions, jobs: 3).context.artifacts
        #expect(one.paths == three.paths)
        for path in one.paths { #expect(one[path] == three[path], "\(path)") }
    }

    @Test func shardsApplyTheDecisionsAsOneRunDoes() throws {
        let (corpus, folder) = try Self.corpus()
        let interviews = corpus.interviews.load(0..<2, jobs: 1)
        let session = try ReviewSession.build(study: corpus.study, interviews: interviews, settings: Anonymizer.Settings())
        let decisions = ReviewDecisions([
            ReviewDecision(action: .add, mention: try Self.anchor(session, "T1", 1, "zorblat"), type: .person),
            ReviewDecision(action: .link, mention: try Self.anchor(session, "T1", 1, "zorblat"), target: try Self.anchor(session, "T2", 1, "Kari Nordmann")),
            ReviewDecision(action: .split, mention: try Self.anchor(session, "T2", 1, "Kari", occurrence: 1)),
            ReviewDecision(action: .pseudonym, mention: try Self.anchor(session, "T2", 1, "Kari", occurrence: 1), pseudonym: "Solveig"),
            ReviewDecision(action: .reject, mention: try Self.anchor(session, "T1", 1, "Kari Nordmann")),
        ])
        try Data(decisions.yaml(study: "review").utf8).write(to: folder.appendingPathComponent("decisions.yaml"))
        let (one, oneKey) = try ShardedAnonymizationTests.single(corpus.study, interviews, base: folder.path)
        let (two, twoKey) = try ShardedAnonymizationTests.sharded(corpus.study, interviews, shards: 2, base: folder.path)
        #expect(one.paths == two.paths)
        for path in one.paths { #expect(one[path] == two[path], "\(path)") }
        #expect(oneKey == twoKey)
        let t2 = String(decoding: try #require(one["anonymized/T2.xml"]), as: UTF8.self)
        #expect(t2.contains("Solveig"), "\(t2)")
        let t1 = String(decoding: try #require(one["anonymized/T1.xml"]), as: UTF8.self)
        #expect(t1.contains("talked with Kari Nordmann yesterday"), "\(t1)")
    }

    /// Found by the second reader: an addition over part of a finding, or a rejection drawn wider than any finding,
    /// must not unmask the identifier around it.
    @Test func partialAdditionsAndWideRejectionsUnmaskNothing() throws {
        let (corpus, folder) = try Self.corpus()
        let session = try ReviewSession.build(study: corpus.study, interviews: corpus.interviews.load(0..<2, jobs: 1), settings: Anonymizer.Settings())
        let partial = ReviewDecisions([ReviewDecision(action: .add, mention: try Self.anchor(session, "T2", 1, "Nordmann"), type: .other)])
        #expect(!(try Self.run(corpus, folder, partial).turns["T2"]![1]).contains("Kari"))
        let wide = ReviewDecisions([ReviewDecision(action: .reject, mention: try Self.anchor(session, "T2", 1, "Kari Nordmann set"))])
        #expect(!(try Self.run(corpus, folder, wide).turns["T2"]![1]).contains("Nordmann"))
    }

    @Test func aStaleDecisionIsAnErrorNamingItsLine() throws {
        let (corpus, folder) = try Self.corpus()
        let session = try ReviewSession.build(study: corpus.study, interviews: corpus.interviews.load(0..<2, jobs: 1), settings: Anonymizer.Settings())
        var anchor = try Self.anchor(session, "T1", 1, "zorblat")
        anchor.turnDigest = "0000000000000000"
        let error = #expect(throws: (any Error).self) {
            try Self.run(corpus, folder, ReviewDecisions([ReviewDecision(action: .confirm, mention: try Self.anchor(session, "T2", 1, "Kari Nordmann")),
                                                          ReviewDecision(action: .add, mention: anchor, type: .person)]))
        }
        // The second decision starts on line 12 of the file (a header of four lines, then seven per decision).
        #expect(TestSupport.message(of: error!).contains("decisions.yaml:12: turn 1 of 'T1' changed since the review"), "\(TestSupport.message(of: error!))")
    }

    @Test func theFileReadsBackAsItWasWritten() throws {
        let anchor = MentionAnchor(interview: "T\"1", turn: 2, start: 3, end: 9, text: "Kari\nN", turnDigest: "0123456789abcdef")
        let decisions = ReviewDecisions([
            ReviewDecision(action: .retype, mention: anchor, type: .organisation),
            ReviewDecision(action: .link, mention: anchor, target: anchor),
            ReviewDecision(action: .pseudonym, mention: anchor, pseudonym: "Åse"),
        ])
        let read = try ReviewDecisions.read(Data(decisions.yaml(study: "s").utf8), file: "decisions.yaml")
        #expect(read == decisions)
        let wrong = Data("version: 1\ndecisions:\n  - action: forget\n    interview: T1\n".utf8)
        #expect(throws: (any Error).self) { try ReviewDecisions.read(wrong, file: "decisions.yaml") }
        let message = (try? ReviewDecisions.read(Data("version: 1\ndecisions:\n  - action: reject\n    interview: T1\n    turn: x\n".utf8), file: "d.yaml")).map { _ in "" }
        #expect(message == nil)
    }
}
