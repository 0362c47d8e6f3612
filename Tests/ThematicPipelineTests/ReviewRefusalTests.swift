import AnonymizationStage
import DescriptivesStage
import Foundation
import Testing
import ThematicCore
import ThematicPipeline
import ThematicTestSupport

/// A run the leak gate refuses over a transcript says to run `thematic review`, the page's session lists the hit in
/// its "gate" queue, and the decision taken there lets the run publish (issue 31).
@Suite struct ReviewRefusalTests {
    @Test func aGateHitWaitsInTheReviewAndItsDecisionPublishes() throws {
        let root = try TestSupport.miniStudy(interviews: [
            "P1.xml": TestSupport.transcript(id: "P1", turns: [("I1", "Who set it up?"), ("P1", "Kari Nordmann set it up, and then we waited.")]),
        ], participants: ["P1"], stages: "  - anonymization\n  - descriptives\n")
        let study = root.appendingPathComponent("study.yaml")
        try (try String(contentsOf: study, encoding: .utf8) + "identifiers:\n  person: [Kari Nordmann]\n").write(to: study, atomically: true, encoding: .utf8)
        let pipeline = root.appendingPathComponent("pipeline.yaml").path
        let runner = PipelineRunner(registry: StageRegistry([Anonymization.self, Descriptives.self]))
        #expect(try runner.run(pipelinePath: pipeline, outputOverride: root.appendingPathComponent("first").path).manifest?.artifacts.isEmpty == false)

        // A researcher rejected the listed name by mistake: the anonymizer keeps it, the leak gate refuses.
        let (loadedStudy, _) = try StudyLoader.load(path: study.path, displayName: "study.yaml")
        let interviews = try CorpusLoader(jobs: 1).load([(root.appendingPathComponent("transcripts/P1.xml").path, "P1.xml")]).interviews
        let session = try ReviewSession.build(study: loadedStudy, interviews: interviews, settings: Anonymizer.Settings())
        let turn = try #require(session.transcripts.first?.turns.first { $0.turn == 1 })
        let anchor = MentionAnchor(interview: "P1", turn: 1, start: 0, end: 13, text: "Kari Nordmann", turnDigest: turn.digest)
        let rejected = ReviewDecisions([ReviewDecision(action: .reject, mention: anchor)])
        try Data(rejected.yaml(study: "s").utf8).write(to: root.appendingPathComponent("decisions.yaml"))
        let refusal = #expect(throws: (any Error).self) { try runner.run(pipelinePath: pipeline, outputOverride: root.appendingPathComponent("second").path) }
        let message = TestSupport.message(of: refusal!)
        #expect(message.contains("anonymized/P1.xml") && message.contains("run `thematic review \(pipeline)` to decide"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("second").path))

        // The page lists the hit in its gate queue, where the decision is changed: a confirmation publishes.
        let withDecisions = try ReviewSession.build(study: loadedStudy, interviews: interviews, settings: Anonymizer.Settings(), decisions: rejected)
        #expect(withDecisions.items.contains { $0.queue == .gate && $0.interview == "P1" && $0.turn == 1 && $0.start == 0 && $0.text == "Kari Nordmann" },
                "\(withDecisions.items)")
        let confirmed = ReviewDecisions([ReviewDecision(action: .confirm, mention: anchor)])
        try Data(confirmed.yaml(study: "s").utf8).write(to: root.appendingPathComponent("decisions.yaml"))
        let published = try runner.run(pipelinePath: pipeline, outputOverride: root.appendingPathComponent("third").path)
        #expect(published.manifest?.inputs["decisions.yaml"] != nil)
        let text = try String(contentsOf: root.appendingPathComponent("third/anonymized/P1.xml"), encoding: .utf8)
        #expect(!text.contains("Kari"))
    }
}
