import AnonymizationStage
import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ThematicPipeline

/// `thematic anonymize` is a one-stage run of the pipeline runner with the transcript-folder layout (issue 32): the
/// stage contract, the leak gate and publishing are the runner's, not a copy of them.
@Suite struct TranscriptFolderRunTests {
    /// A stand-in for the anonymization stage that breaks its contract in the way its `fault` option says.
    struct Breaching: Stage {
        static let fault = StageOption<String>("fault", default: "none", help: "Which rule to break.")
        static let descriptor = StageDescriptor(id: "anonymization", version: "0", summary: "breaks its contract on request",
                                                options: [fault.spec], reads: [], writes: [Products.corpus],
                                                artifacts: [ArtifactDeclaration("anonymized/*.xml", carriesTranscriptText: true)])
        let breach: String
        init(options: StageOptions) throws { breach = options[Self.fault] }
        func run(in context: StageContext) throws {
            switch breach {
            case "write": try context.artifacts.addText("elsewhere.txt", "x", by: Self.descriptor.id)
            case "read": _ = try context.read(Products.corpus)
            case "owner": try context.artifacts.addText("anonymized/P1.xml", "x", by: "report")
            default: try context.artifacts.addText("anonymized/P1.xml", "<x/>", by: Self.descriptor.id)
            }
            try context.put(Corpus(study: Study(id: "s", title: "s", participants: []), interviews: []), for: Products.corpus)
        }
    }

    static func request(_ stage: any Stage.Type, options: [String: OptionValue] = [:], in root: URL) throws -> RunRequest {
        let transcript = try TestSupport.write(TestSupport.transcript(id: "P1", turns: [("I1", "Hello Kari Nordmann."), ("P1", "Hello.")]),
                                               to: "P1.xml", in: root)
        let validated = try StageOptions(validating: options, against: stage.descriptor.options, stage: stage.descriptor.id)
        return RunRequest(studyFile: nil, transcripts: [(transcript.path, "P1.xml")], plan: [(stage, validated)],
                          output: root.appendingPathComponent("out").path, baseDirectory: root.path, layout: .transcriptFolder)
    }

    @Test(arguments: [("write", "wrote 'elsewhere.txt', which its descriptor does not declare"),
                      ("read", "reads 'corpus' without declaring it"),
                      ("owner", "under the name of stage 'report'")])
    func aReplacementStageGetsThePipelinesContractErrors(_ breach: String, _ message: String) throws {
        let root = try TestSupport.temporaryDirectory("transcript-folder")
        let runner = PipelineRunner(registry: StageRegistry([Breaching.self]))
        let error = #expect(throws: (any Error).self) {
            try runner.run(Self.request(Breaching.self, options: ["fault": .string(breach)], in: root))
        }
        #expect("\(error!)".contains(message), "\(error!)")
        #expect("\(error!)".contains("anonymization"), "\(error!)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path), "nothing is published")
    }

    @Test func transcriptsArePublishedAtTheTopWithARecordAndNoManifest() throws {
        let root = try TestSupport.temporaryDirectory("transcript-folder")
        var runner = PipelineRunner(registry: StageRegistry([Anonymization.self]))
        runner.keyFile = root.appendingPathComponent("run.key").path
        let result = try runner.run(Self.request(Anonymization.self, in: root))
        #expect(result.manifest == nil)
        let published = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("out").path).sorted()
        #expect(published == [WrittenRecord.fileName, "P1.xml", "anonymization.json"])
        let text = try String(contentsOf: root.appendingPathComponent("out/P1.xml"), encoding: .utf8)
        #expect(!text.contains("Nordmann") && text.contains("[person 1]"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("run.key").path))
    }

    @Test func speakersNeedNoStudyThatListsThem() throws {
        // A folder to de-identify is not a study: its speakers are whoever the files say.
        let root = try TestSupport.temporaryDirectory("transcript-folder")
        let request = try Self.request(Anonymization.self, in: root)
        _ = try PipelineRunner(registry: StageRegistry([Anonymization.self])).run(request)
        var asAnalysis = request
        asAnalysis.output = root.appendingPathComponent("analysis").path
        asAnalysis.layout = .analysis(try PipelineFile.load(TestSupport.write("study: study.yaml\ntranscripts:\n  - P1.xml\nstages:\n  - anonymization\n",
                                                                                to: "pipeline.yaml", in: root).path))
        asAnalysis.studyFile = try TestSupport.write(TestSupport.study(participants: ["P2"]), to: "study.yaml", in: root).path
        let error = #expect(throws: (any Error).self) { try PipelineRunner(registry: StageRegistry([Anonymization.self])).run(asAnalysis) }
        #expect("\(error!)".contains("participant 'P1' is not declared"), "\(error!)")
    }
}
