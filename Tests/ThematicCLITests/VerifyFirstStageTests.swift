import Foundation
import Testing
import ThematicTestSupport

/// `thematic verify` says where a difference starts (issue 32): the manifest records the files each stage read, and
/// each artifact has one declaring stage.
@Suite struct VerifyFirstStageTests {
    /// The bundled study in a folder of its own, analysed once.
    static func analysedCopy() throws -> URL {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent("study")
        try FileManager.default.copyItem(at: TestSupport.bundledStudy, to: folder)
        let pipeline = folder.appendingPathComponent("pipeline.yaml")
        let text = try String(contentsOf: pipeline, encoding: .utf8).replacingOccurrences(of: "output: ../../out", with: "output: out")
        try text.write(to: pipeline, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["analyze", "pipeline.yaml"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return folder
    }

    @Test func aChangedCodebookNamesTheCodingStage() throws {
        let folder = try Self.analysedCopy()
        let codebook = folder.appendingPathComponent("codebook.yaml")
        try (try String(contentsOf: codebook, encoding: .utf8) + "\n# a note added later\n").write(to: codebook, atomically: true, encoding: .utf8)
        let verify = try CLIRunner.run(["verify", "out", "--pipeline", "pipeline.yaml"], in: folder)
        #expect(verify.status != 0)
        #expect(verify.stderr.contains("first stage to differ: coding (it reads codebook.yaml, which changed)"), "\(verify.stderr)")
    }

    @Test func aTamperedArtifactNamesTheStageThatWritesIt() throws {
        let folder = try Self.analysedCopy()
        try Data("tampered\n".utf8).write(to: folder.appendingPathComponent("out/saturation.json"))
        let verify = try CLIRunner.run(["verify", "out", "--pipeline", "pipeline.yaml"], in: folder)
        #expect(verify.status != 0)
        #expect(verify.stderr.contains("first stage to differ: saturation (it writes saturation.json)"), "\(verify.stderr)")
    }

    /// A deleted codebook is coding's change too; it used to be laid at the first stage's door ("the study, a
    /// transcript or the pipeline changed"), because the missing file's path did not match the stage's input.
    @Test func aMissingCodebookNamesTheCodingStage() throws {
        let folder = try Self.analysedCopy()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("codebook.yaml"))
        let verify = try CLIRunner.run(["verify", "out", "--pipeline", "pipeline.yaml"], in: folder)
        #expect(verify.status != 0)
        #expect(verify.stderr.contains("first stage to differ: coding (it reads codebook.yaml, which is missing)"), "\(verify.stderr)")
    }

    /// Review decisions saved after the run change what anonymization does, though the manifest lists only files a
    /// stage read: verify said only "differs: manifest.json", naming no input and no stage.
    @Test func reviewDecisionsThatAppearedSinceTheRunNameAnonymization() throws {
        let folder = try Self.analysedCopy()
        try Data("decisions: []\n".utf8).write(to: folder.appendingPathComponent("decisions.yaml"))
        let verify = try CLIRunner.run(["verify", "out", "--pipeline", "pipeline.yaml"], in: folder)
        #expect(verify.status != 0)
        #expect(verify.stderr.contains("decisions.yaml (new since the run)"), "\(verify.stderr)")
        #expect(verify.stderr.contains("first stage to differ: anonymization (it reads decisions.yaml, which the run did not have)"), "\(verify.stderr)")
    }
}
