import AnonymizationStage
import CodingStage
import DescriptivesStage
import KeywordsInContextStage
import RefiQDAStage
import ReportStage
import SaturationStage
import ThemesStage
import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ThematicPipeline

/// A stage that needs codings, to test order checking.
struct NeedsCodings: Stage {
    static let descriptor = StageDescriptor(id: "needs-codings", version: "1", summary: "reads codings", reads: [Products.codings])
    init(options: StageOptions) throws {}
    func run(in context: StageContext) throws {}
}

/// A stage that makes codings.
struct MakesCodings: Stage {
    static let descriptor = StageDescriptor(id: "makes-codings", version: "1", summary: "writes codings", writes: [Products.codings])
    init(options: StageOptions) throws {}
    func run(in context: StageContext) throws { try context.put(CodingResult(codebook: Codebook(entries: []), codings: [], analysisCoders: []), for: Products.codings) }
}

/// A stage that reads the corpus without declaring it, to test that declarations are held to.
struct ReadsUndeclared: Stage {
    static let descriptor = StageDescriptor(id: "reads-undeclared", version: "1", summary: "reads what it does not declare")
    init(options: StageOptions) throws {}
    func run(in context: StageContext) throws { _ = try context.read(Products.corpus) }
}

/// A stage that writes a file it does not declare.
struct WritesUndeclared: Stage {
    static let descriptor = StageDescriptor(id: "writes-undeclared", version: "1", summary: "writes what it does not declare", artifacts: ["mine.csv"])
    init(options: StageOptions) throws {}
    func run(in context: StageContext) throws { try context.artifacts.addText("theirs.csv", "a\n", by: "writes-undeclared") }
}

/// A stage that overwrites descriptives' file under descriptives' name.
struct OverwritesOthers: Stage {
    static let descriptor = StageDescriptor(id: "overwrites-others", version: "1", summary: "changes another stage's file", artifacts: ["*.csv"])
    init(options: StageOptions) throws {}
    func run(in context: StageContext) throws { try context.artifacts.addText("descriptives.csv", "changed\n", by: "descriptives") }
}

/// A stage that fails, to test that nothing is published.
struct Fails: Stage {
    static let descriptor = StageDescriptor(id: "fails", version: "1", summary: "always fails")
    init(options: StageOptions) throws {}
    func run(in context: StageContext) throws {
        try context.artifacts.addText("partial.txt", "half", by: "fails")
        throw Diagnostic("deliberate failure")
    }
}

@Suite("Pipeline runner")
struct PipelineRunnerTests {
    let registry = StageRegistry([Anonymization.self, Descriptives.self, KeywordsInContext.self, CodebookCoding.self, SaturationAssessment.self, ThemeAggregation.self, StudyReport.self, RefiQDAExport.self, NeedsCodings.self, MakesCodings.self, Fails.self, ReadsUndeclared.self, WritesUndeclared.self, OverwritesOthers.self])

    func run(_ root: URL, jobs: Int = 1, out: String? = nil) throws -> PipelineRunner.Result {
        try PipelineRunner(registry: registry, jobs: jobs).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path, outputOverride: out)
    }

    func failure(_ root: URL) -> String {
        do {
            _ = try run(root)
            return "no error"
        } catch {
            return TestSupport.message(of: error)
        }
    }

    func files(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in try Verifier.files(under: folder.path) {
            result[path] = try Data(contentsOf: folder.appendingPathComponent(path))
        }
        return result
    }

    @Test func publishesArtifactsAndManifest() throws {
        let root = try TestSupport.miniStudy()
        let result = try run(root)
        let out = root.appendingPathComponent("out")
        #expect(Set(try files(out).keys) == ["descriptives.csv", "descriptives.json", "manifest.json"])
        #expect(result.manifest?.inputs.keys.sorted() == ["interview:P1", "interview:P2", "study.yaml"])
        #expect(result.manifest?.pipeline.file == "pipeline.yaml")
        let manifestText = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(!manifestText.contains(root.path), "the manifest must not hold absolute paths")
        #expect(result.manifest?.artifacts["descriptives.json"] == Digest.sha256(try Data(contentsOf: out.appendingPathComponent("descriptives.json"))))
    }

    @Test func outputIsByteIdenticalWhateverTheThreadCount() throws {
        let root = try TestSupport.miniStudy()
        _ = try run(root, jobs: 1, out: root.appendingPathComponent("one").path)
        _ = try run(root, jobs: 4, out: root.appendingPathComponent("four").path)
        #expect(try files(root.appendingPathComponent("one")) == files(root.appendingPathComponent("four")))
    }

    @Test func bundledStudyIsDeterministicAcrossRunsAndThreads() throws {
        // The shared run (one thread) against one of three threads, each with its key beside its output.
        let first = try BundledStudyRun.shared()
        let second = try BundledStudyRun.make(jobs: 3, in: try TestSupport.temporaryDirectory())
        #expect(first.result.manifest == second.result.manifest)
        #expect(try files(first.out) == files(second.out))
        #expect(try Data(contentsOf: first.key) == Data(contentsOf: second.key))
        #expect(first.result.corpus.interviews.count == 8)
        let out = first.out
        for artifact in ["anonymized/P01.xml", "anonymization.json", "codings.json", "agreement.json", "saturation.svg", "themes.json", "thematic-map.svg", "report.html", "coreq.md"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(artifact).path), "\(artifact) missing")
        }
        let coreq = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("coreq.json"))) as? [String: Any]
        #expect(coreq?["reported"] as? Int == 32)
    }

    @Test func failedRunLeavesEarlierOutputUntouched() throws {
        let root = try TestSupport.miniStudy()
        _ = try run(root)
        let out = root.appendingPathComponent("out")
        let before = try files(out)
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages: [descriptives, fails]\noutput: out\n", to: "pipeline.yaml", in: root)
        #expect(failure(root).contains("deliberate failure"))
        #expect(try files(out) == before)
        // The lock file stays (removing it could let two runs hold "the" lock at once); nothing else may.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".out") && $0 != ".out.lock" }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }

    @Test func refusesToReplaceAFolderThatIsNotAnOutput() throws {
        let root = try TestSupport.miniStudy()
        try TestSupport.write("precious", to: "out/thesis.docx", in: root)
        #expect(failure(root).contains("refusing to replace"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/thesis.docx").path))
    }

    @Test func unknownStageListsRegisteredStages() throws {
        let root = try TestSupport.miniStudy(stages: "  - descriptivez\n")
        let message = failure(root)
        #expect(message.contains("pipeline.yaml:5"), "\(message)")
        #expect(message.contains("unknown stage 'descriptivez'"))
        #expect(message.contains("descriptives, fails, keywords-in-context, makes-codings, needs-codings, overwrites-others, reads-undeclared"))
    }

    @Test func unknownOptionListsValidOptions() throws {
        let root = try TestSupport.miniStudy(stages: "  - stage: descriptives\n    options: {colour: red}\n")
        let message = failure(root)
        #expect(message.contains("unknown option 'colour'"), "\(message)")
        #expect(message.contains("valid options: attributes"))
    }

    @Test func optionOfWrongTypeIsAnError() throws {
        let root = try TestSupport.miniStudy(stages: "  - stage: descriptives\n    options: {attributes: 3}\n")
        #expect(failure(root).contains("option 'attributes' must be list of text"))
    }

    @Test func stageBeforeWhatItNeedsIsRefusedNamingBoth() throws {
        let root = try TestSupport.miniStudy(stages: "  - needs-codings\n  - makes-codings\n")
        let message = failure(root)
        #expect(message.contains("stage 'needs-codings' needs 'codings', which stage 'makes-codings' makes only later"), "\(message)")
        let ordered = try TestSupport.miniStudy(stages: "  - makes-codings\n  - needs-codings\n")
        #expect(failure(ordered) == "no error")
    }

    /// Anonymization makes the corpus anew; a stage that reads transcript text before it would see identifiers.
    @Test func textReadingStageBeforeAnonymizationIsRefusedAtPlanTime() throws {
        let root = try TestSupport.miniStudy(stages: "  - descriptives\n  - anonymization\n")
        let message = failure(root)
        #expect(message.contains("stage 'descriptives' reads 'corpus', which stage 'anonymization' makes anew only later in the pipeline; move 'anonymization' before 'descriptives'"), "\(message)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
        let ordered = try TestSupport.miniStudy(stages: "  - anonymization\n  - descriptives\n")
        #expect(failure(ordered) == "no error")
    }

    /// The report renders themes when the themes stage ran; placed before it, it would silently leave them out.
    @Test func reportBeforeThemesIsRefusedNamingBoth() throws {
        let coding = "  - stage: coding\n    options:\n      codebook: codebook.yaml\n"
        let root = try TestSupport.miniStudy(stages: coding + "  - report\n  - themes\n")
        let message = failure(root)
        #expect(message.contains("stage 'report' reads 'themes', which stage 'themes' makes only later in the pipeline; move 'themes' before 'report'"), "\(message)")
    }

    @Test func undeclaredArtifactsAndChangesToOthersFilesFailTheRun() throws {
        let undeclared = try TestSupport.miniStudy(stages: "  - writes-undeclared\n")
        #expect(failure(undeclared).contains("stage 'writes-undeclared' wrote 'theirs.csv', which its descriptor does not declare (declared: mine.csv)"))
        #expect(!FileManager.default.fileExists(atPath: undeclared.appendingPathComponent("out").path))
        let overwrite = try TestSupport.miniStudy(stages: "  - descriptives\n  - overwrites-others\n")
        #expect(failure(overwrite).contains("stage 'overwrites-others' changed 'descriptives.csv', which stage 'descriptives' wrote"))
    }

    @Test(arguments: [("anonymized/*.xml", "anonymized/P01.xml", true), ("anonymized/*.xml", "anonymized/sub/P01.xml", false),
                      ("anonymized/*.xml", "P01.xml", false), ("*.csv", "kwic.csv", true), ("kwic.csv", "kwic.csv", true),
                      ("kwic.csv", "kwic.json", false), ("report-*.html", "report-a.html", true), ("report-*.html", "report.html", false)])
    func artifactPatternsMatchWithinOneSegment(pattern: String, path: String, matches: Bool) {
        #expect(ArtifactDeclaration(pattern).matches(path) == matches)
    }

    @Test func readingAnUndeclaredProductFailsTheRun() throws {
        let root = try TestSupport.miniStudy(stages: "  - reads-undeclared\n")
        #expect(failure(root).contains("stage 'reads-undeclared' reads 'corpus' without declaring it in its descriptor's reads"))
    }

    @Test func duplicateInterviewIDsNameBothFiles() throws {
        let root = try TestSupport.miniStudy(interviews: ["a.xml": TestSupport.transcript(id: "P1"), "b.xml": TestSupport.transcript(id: "P1")])
        let message = failure(root)
        #expect(message.contains("transcripts/b.xml:2: duplicate interview id 'P1' (also in transcripts/a.xml)"), "\(message)")
    }

    @Test func transcriptForUndeclaredParticipant() throws {
        let root = try TestSupport.miniStudy(interviews: ["P9.xml": TestSupport.transcript(id: "P9")])
        #expect(failure(root).contains("participant 'P9' is not declared in the study"))
    }

    @Test func unknownSpeakerNamesFileAndLine() throws {
        let root = try TestSupport.miniStudy(interviews: ["P1.xml": TestSupport.transcript(id: "P1", turns: [("I1", "Hi"), ("I2", "Hello")])])
        let message = failure(root)
        #expect(message.contains("transcripts/P1.xml:6: unknown speaker 'I2'"), "\(message)")
    }

    @Test func allBrokenTranscriptsAreReportedTogether() throws {
        let root = try TestSupport.miniStudy(interviews: ["P1.xml": "<interview", "P2.xml": "not xml"])
        let message = failure(root)
        #expect(message.contains("transcripts/P1.xml"))
        #expect(message.contains("transcripts/P2.xml"))
    }

    @Test func emptyCorpusAndMissingTranscript() throws {
        let root = try TestSupport.miniStudy(interviews: [:])
        #expect(failure(root).contains("the pattern 'transcripts/*.xml' matches no files"))
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/P7.xml]\nstages: [descriptives]\noutput: out\n", to: "pipeline.yaml", in: root)
        #expect(failure(root).contains("transcript 'transcripts/P7.xml' does not exist"))
    }

    @Test func studyProblemsCarryLines() throws {
        let root = try TestSupport.miniStudy()
        try TestSupport.write("id: x\ntitle: t\ndesign:\n  sample_sise: 8\nparticipants:\n  - {id: P1}\n  - {id: P1}\n", to: "study.yaml", in: root)
        let message = failure(root)
        #expect(message.contains("study.yaml:4:3: unknown field 'sample_sise' in 'design'"), "\(message)")
        #expect(message.contains("study.yaml:7: duplicate participant id 'P1'"), "\(message)")
        try TestSupport.write("id: x\ntitle: t\ndesign:\n  sample_size: eight\nparticipants: [{id: P1}]\n", to: "study.yaml", in: root)
        #expect(failure(root).contains("study.yaml:4"))
        try TestSupport.write("id: x\ntitle: [unclosed\n", to: "study.yaml", in: root)
        #expect(failure(root).contains("study.yaml:"))
        try Data([0x69, 0x64, 0x3A, 0x20, 0xC3, 0x28, 0x0A]).write(to: root.appendingPathComponent("study.yaml"))
        #expect(failure(root).contains("study.yaml:1:5: invalid UTF-8"))
    }

    @Test func participantsCanComeFromCSV() throws {
        let root = try TestSupport.miniStudy()
        try TestSupport.write("id: x\ntitle: t\nteam: {interviewers: [{id: I1}]}\nparticipants_file: people.csv\n", to: "study.yaml", in: root)
        try TestSupport.write("id,profession,service\nP1,nurse,\"home nursing, nights\"\nP2,physiotherapist,rehab\n", to: "people.csv", in: root)
        let result = try run(root)
        #expect(result.corpus.study.participant("P1")?.attributes["service"] == "home nursing, nights")
        #expect(result.manifest?.inputs["people.csv"] != nil)
    }

    @Test func runWithAKeyVerifiesAndKeepsTheKeyOutside() throws {
        let run = try BundledStudyRun.shared()
        #expect(FileManager.default.fileExists(atPath: run.key.path))
        #expect(run.result.manifest?.sideOutputs.count == 1)
        #expect(!(try files(run.out)).keys.contains { $0.hasSuffix(".key") })
        #expect(try Verifier(runner: PipelineRunner(registry: registry, jobs: 1)).verify(run.out.path).isReproduced)

        // A key inside the output folder is refused before anything runs (so the shared output stays as it was).
        var runner = PipelineRunner(registry: registry, jobs: 2)
        runner.keyFile = run.out.path + "/inside.key"
        #expect(throws: (any Error).self) {
            try runner.run(pipelinePath: TestSupport.bundledStudy.appendingPathComponent("pipeline.yaml").path, outputOverride: run.out.path)
        }
        #expect(!FileManager.default.fileExists(atPath: run.out.path + "/inside.key"))
    }

    @Test func verifyReproducesAndDetectsChanges() throws {
        let root = try TestSupport.miniStudy()
        _ = try run(root)
        let out = root.appendingPathComponent("out").path
        let verifier = Verifier(runner: PipelineRunner(registry: registry, jobs: 2))
        #expect(try verifier.verify(out).isReproduced)

        try Data("tampered\n".utf8).write(to: root.appendingPathComponent("out/descriptives.csv"))
        let tampered = try verifier.verify(out)
        #expect(tampered.differing == ["descriptives.csv"])

        try TestSupport.write(TestSupport.transcript(id: "P2", minutes: 50), to: "transcripts/P2.xml", in: root)
        let changed = try verifier.verify(out)
        #expect(changed.changedInputs.contains { $0.hasSuffix("transcripts/P2.xml") }, "\(changed.changedInputs)")
        #expect(!changed.isReproduced)
    }
}

@Suite("Manifest location independence")
struct ManifestLocationTests {
    @Test func manifestDoesNotDependOnWhereTheOutputIs() throws {
        let root = try TestSupport.miniStudy()
        let runner = PipelineRunner(registry: StageRegistry([Descriptives.self]))
        let pipeline = root.appendingPathComponent("pipeline.yaml").path
        _ = try runner.run(pipelinePath: pipeline, outputOverride: root.appendingPathComponent("out").path)
        let elsewhere = try TestSupport.temporaryDirectory().appendingPathComponent("a/b/c/out").path
        _ = try runner.run(pipelinePath: pipeline, outputOverride: elsewhere)
        #expect(try Data(contentsOf: root.appendingPathComponent("out/manifest.json")) == Data(contentsOf: URL(fileURLWithPath: elsewhere + "/manifest.json")))
        // A moved output verifies once it is told where the pipeline is.
        #expect(try Verifier(runner: runner).verify(elsewhere, pipeline: pipeline).isReproduced)
    }
}

/// Human coding refers to the original transcripts (what the coder saw), so it must land on the same passages
/// whatever the anonymization settings replace names and ages with.
@Suite("Human coding through anonymization")
struct HumanCodingThroughAnonymizationTests {
    struct Passage: Hashable {
        var interview: String
        var turn: Int
        var code: String
        var text: String
    }

    /// The first author's coded passages, with every replacement (label, band or pseudonym) written as `<X>`.
    func passages(anonymization options: String) throws -> [Passage] {
        let root = try TestSupport.temporaryDirectory("coding-settings")
        for item in ["study.yaml", "codebook.yaml", "transcripts", "coding"] {
            try FileManager.default.copyItem(at: TestSupport.bundledStudy.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        var pipeline = try String(contentsOf: TestSupport.bundledStudy.appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        pipeline = pipeline.replacingOccurrences(of: "  - anonymization\n", with: "  - stage: anonymization\n    options: \(options)\n")
            .replacingOccurrences(of: "output: ../../out", with: "output: out")
        try TestSupport.write(pipeline, to: "pipeline.yaml", in: root)
        let registry = StageRegistry([Anonymization.self, Descriptives.self, KeywordsInContext.self, CodebookCoding.self, SaturationAssessment.self, ThemeAggregation.self, StudyReport.self, RefiQDAExport.self])
        _ = try PipelineRunner(registry: registry, jobs: 2).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("out/codings.json"))) as! [String: Any]
        let codings = json["codings"] as! [[String: Any]]
        let replacement = try Regex(#"\[[^\]]*\]|Pseudonym[A-Z]+"#)
        return codings.filter { $0["coder"] as? String == "first-author" }.map {
            Passage(interview: $0["interview"] as! String, turn: $0["turn"] as! Int, code: $0["code"] as! String,
                    text: ($0["text"] as! String).replacing(replacement, with: "<X>"))
        }
    }

    @Test func sameCodedPassagesUnderEverySetting() throws {
        let pseudonyms = (0..<60).map { "Pseudonym" + String(UnicodeScalar(65 + $0 / 26)!) + String(UnicodeScalar(65 + $0 % 26)!) }
        let labels = try passages(anonymization: "{person: label}")
        #expect(labels.count == 55, "every row of coding/first-author.csv is imported")
        #expect(Set(try passages(anonymization: "{person: pseudonym, pseudonyms: [\(pseudonyms.joined(separator: ", "))]}")) == Set(labels))
        #expect(Set(try passages(anonymization: "{age: band, date: month-year}")) == Set(labels))
        // The passages start and end where the coder put them: on a word, never inside a replacement.
        for passage in labels {
            #expect(passage.text.first.map { $0.isLetter || $0.isNumber || $0 == "<" || $0 == "\"" } ?? false, "\(passage)")
        }
    }
}

/// What the typed stage API promises, read from the stages' sources: products reach a stage typed, so no stage casts
/// one or re-parses another stage's JSON.
@Suite("Stage sources")
struct StageSourceTests {
    @Test func stagesNeitherCastNorReparse() throws {
        let stages = TestSupport.packageRoot.appendingPathComponent("Sources/Stages")
        let files = FileManager.default.enumerator(at: stages, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 30)
        for file in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            for forbidden in [" as? ", " as! ", "JSONSerialization", "[String: Any]"] {
                #expect(!source.contains(forbidden), "\(file.lastPathComponent) contains '\(forbidden)'")
            }
        }
    }
}
