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
}
