import Foundation
import Testing
import ThematicTestSupport

/// Runs the built `thematic` executable the way users do.
@Suite("thematic command line")
struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable sits next to the test bundle in the build products folder.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent == "MacOS" { folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
        let candidates = [folder, folder.deletingLastPathComponent()].map { $0.appendingPathComponent("thematic") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    func thematic(_ arguments: String..., in directory: URL = TestSupport.packageRoot) throws -> Run {
        let run = try CLIRunner.run(arguments, in: directory)
        return Run(status: run.status, stdout: run.stdout, stderr: run.stderr)
    }

    @Test func analyzeThenVerifyTheBundledStudy() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("out").path
        let analyze = try thematic("analyze", "Fixtures/tech-champions/pipeline.yaml", "--out", out, "--jobs", "2")
        #expect(analyze.status == 0, "\(analyze.stderr)")
        #expect(analyze.stdout.contains("8 interviews with 8 of 8 participants"))
        #expect(analyze.stdout.contains("descriptives"))
        let verify = try thematic("verify", out)
        #expect(verify.status == 0, "\(verify.stderr)")
        #expect(verify.stdout.contains("reproduces byte for byte"))

        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: out).appendingPathComponent("descriptives.json"))
        let broken = try thematic("verify", out)
        #expect(broken.status != 0)
        #expect(broken.stderr.contains("differs: \(out)/descriptives.json"))
    }

    /// Without --pipeline, verify re-runs only a pipeline whose study has every input the manifest records, transcripts
    /// included; it never picks another copy of the study, says when it cannot tell, and always names the file it used.
    @Test func verifyFindsThePipelineByEveryRecordedInputAndSaysWhichItUsed() throws {
        let root = try TestSupport.temporaryDirectory("verify-find")
        func study(_ folder: String, _ answer: String) throws {
            try TestSupport.write(TestSupport.study(participants: ["P1"]), to: folder + "/study.yaml", in: root)
            try TestSupport.write(TestSupport.transcript(id: "P1", turns: [("I1", "How did you start?"), ("P1", answer)]), to: folder + "/transcripts/P1.xml", in: root)
            try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages: [descriptives]\n", to: folder + "/pipeline.yaml", in: root)
        }
        // Two versions of a study, the same pipeline and study file; only a transcript differs.
        try study("a-v1", "My manager asked me.")
        try study("b-v2", "My manager asked me to do it, twice.")
        #expect(try thematic("analyze", "b-v2/pipeline.yaml", "--out", "results/v2", in: root).status == 0)
        let found = try thematic("verify", "results/v2", in: root)
        #expect(found.status == 0, "\(found.stderr)")
        #expect(found.stdout.contains("pipeline: \(root.path)/b-v2/pipeline.yaml (found by the name, digest and inputs the manifest records)"), "\(found.stdout)")
        let given = try thematic("verify", "results/v2", "--pipeline", "b-v2/pipeline.yaml", in: root)
        #expect(given.status == 0 && given.stdout.contains("pipeline: b-v2/pipeline.yaml\n"), "\(given.stdout)")

        // A copy of the study with the same inputs: either could have made it, so verify asks.
        try FileManager.default.copyItem(at: root.appendingPathComponent("b-v2"), to: root.appendingPathComponent("c-copy"))
        let two = try thematic("verify", "results/v2", in: root)
        #expect(two.status != 0 && two.stderr.contains("several pipeline files could have made this output") && two.stderr.contains("b-v2/pipeline.yaml")
                && two.stderr.contains("c-copy/pipeline.yaml") && two.stderr.contains("--pipeline"), "\(two.stderr)")

        // The study changed since the run: none has the inputs, several could be meant — named, not guessed.
        try FileManager.default.removeItem(at: root.appendingPathComponent("c-copy"))
        try study("b-v2", "My manager asked me to do it, three times.")
        let none = try thematic("verify", "results/v2", in: root)
        #expect(none.status != 0 && none.stderr.contains("none of the pipeline files named 'pipeline.yaml'") && none.stderr.contains("a-v1/pipeline.yaml"), "\(none.stderr)")
        // With one candidate left, that is the study that changed: verify says what changed in it.
        try FileManager.default.removeItem(at: root.appendingPathComponent("a-v1"))
        let changed = try thematic("verify", "results/v2", in: root)
        #expect(changed.status != 0 && changed.stdout.contains("pipeline: \(root.path)/b-v2/pipeline.yaml")
                && changed.stderr.contains("input changed since the run: \(root.path)/b-v2/transcripts/P1.xml"), "\(changed.stdout)\n\(changed.stderr)")
    }

    @Test func anonymizeWritesSameNamesKeepsTheKeyOutsideAndRefusesBadInput() throws {
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write(TestSupport.transcript(id: "P1", turns: [("I1", "Who helps?"), ("P1", "My colleague Kari Nordmann, on 913 48 207.")]),
                              to: "in/P1.xml", in: folder)
        try TestSupport.write(TestSupport.transcript(id: "P2", turns: [("I1", "And?"), ("P2", "Kari Nordmann again, at Lyngtun sykehjem.")]),
                              to: "in/P2.xml", in: folder)
        let run = try thematic("anonymize", "--key", "study.key", "--out", "anon", "in/P1.xml", "in/P2.xml", in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let p2 = try String(contentsOf: folder.appendingPathComponent("anon/P2.xml"), encoding: .utf8)
        #expect(p2.contains("<anon type=\"person\" ref=\"person-1\">[person 1]</anon> again, at <anon type=\"workplace\" ref=\"workplace-1\">[workplace 1]</anon>."))
        #expect(!p2.contains("Nordmann"))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("study.key").path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)

        let inside = try thematic("anonymize", "--key", "anon2/study.key", "--out", "anon2", "in/P1.xml", in: folder)
        #expect(inside.status != 0)
        #expect(inside.stderr.contains("must not be written inside"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("anon2").path))

        try TestSupport.write("<interview", to: "in/bad.xml", in: folder)
        let bad = try thematic("anonymize", "--out", "anon3", "in/bad.xml", in: folder)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("in/bad.xml:1"))
    }

    @Test func validateCOREQGatesOnMissingItems() throws {
        let pipeline = try thematic("validate", "--coreq", "Fixtures/tech-champions/pipeline.yaml")
        #expect(pipeline.status == 0, "\(pipeline.stderr)")
        #expect(pipeline.stdout.contains("COREQ 32 of 32 items reported"))
        // The study file alone cannot report what only the pipeline's stages produce (quotations, themes).
        let study = try thematic("validate", "--coreq", "Fixtures/tech-champions/study.yaml")
        #expect(study.status == 1)
        #expect(study.stderr.contains("COREQ item 29 (Quotations presented) is not reported"))
        #expect(study.stdout.contains("COREQ 28 of 32 items reported"))
    }

    @Test func validateListsEveryProblemAndExitsNonZero() throws {
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write("<interview>", to: "a.xml", in: folder)
        try TestSupport.write(TestSupport.transcript(id: "P1").replacingOccurrences(of: "speaker=", with: "who="), to: "b.xml", in: folder)
        let run = try thematic("validate", "a.xml", "b.xml", in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: a.xml:1:"))
        #expect(run.stderr.contains("error: b.xml:5:"))
        let good = try thematic("validate", "Fixtures/tech-champions/pipeline.yaml", "Fixtures/tech-champions/study.yaml")
        #expect(good.status == 0, "\(good.stderr)")
    }

    @Test func stagesDocumentsOptions() throws {
        let run = try thematic("stages")
        #expect(run.status == 0)
        #expect(run.stdout.contains("descriptives 1.0.0"))
        #expect(run.stdout.contains("--attributes"))
    }

    @Test func badPipelineGivesFileAndLine() throws {
        let root = try TestSupport.miniStudy(stages: "  - nonsense\n")
        let run = try thematic("analyze", "pipeline.yaml", in: root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: pipeline.yaml:5: unknown stage 'nonsense'"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }
}

@Suite("thematic calculators")
struct CalculatorCLITests {
    func json(_ run: CLITests.Run) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func agreementPrintsTheRequiredKeys() throws {
        let run = try CLITests().thematic("agreement", TestSupport.resource("oracles/agreement/random_101.csv").path)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try json(run)
        // Rounded to six decimals, as the coding stage's agreement.json rounds it.
        #expect(abs((object["cohen_kappa"] as? Double ?? 0) - 0.6755648975302154) < 1e-6)
        #expect(run.stdout.contains("\"cohen_kappa\" : 0.675565"), "\(run.stdout)")
        #expect(object.keys.contains("fleiss_kappa"))
        #expect(object["krippendorff_alpha_nominal"] is Double)
    }

    @Test func saturationPrintsTheRequiredKeys() throws {
        let run = try CLITests().thematic("saturation", TestSupport.resource("oracles/saturation/case_304.csv").path)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try json(run)
        for key in ["interviews", "codes_observed", "q1", "q2", "chao2", "chao2_ci95", "coverage", "guest2020", "francis"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect((object["francis"] as? [String: Any])?["stopping_point"] as? Int == 15)
    }

    @Test func badCSVNamesFileAndLine() throws {
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write("unit,coder,value\nu1,a,1\nu1,b\n", to: "bad.csv", in: folder)
        let run = try CLITests().thematic("agreement", "bad.csv", in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.csv:3: expected 3 fields, found 2"), "\(run.stderr)")
        try TestSupport.write("interview,codes\n", to: "bad2.csv", in: folder)
        let header = try CLITests().thematic("saturation", "bad2.csv", in: folder)
        #expect(header.stderr.contains("bad2.csv:1: the header must be 'interview,code'"), "\(header.stderr)")
    }

    @Test func sampleSize() throws {
        let run = try CLITests().thematic("samplesize", "--prevalence", "0.2", "--instances", "3", "--power", "0.8")
        #expect(try json(run)["sample_size"] as? Int == 21)
    }
}
