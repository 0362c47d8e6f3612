import Foundation
import Testing
import ThematicCoding
import ThematicCore
import ThematicTestSupport
import ThematicXML
@testable import ThematicPipeline

/// Every input `make fuzz` ever found (and the hand-made hostile seeds beside them, in `Fuzz/regressions/<target>/`)
/// goes through the same readers as the fuzz target: each must end in a diagnostic or a result, never in a crash or
/// an error that is not a diagnostic.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [String] {
        let folder = TestSupport.packageRoot.appendingPathComponent("Fuzz/regressions/\(target)").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }

    /// Runs `body`, accepting success or a Diagnostic; anything else is a bug.
    func expectDiagnosticOrSuccess(_ name: String, _ body: () throws -> Void) {
        do { try body() } catch is Diagnostic {} catch is DiagnosticList {} catch {
            Issue.record("\(name): \(type(of: error)) is not a diagnostic: \(error)")
        }
    }

    @Test func regressionFoldersHoldInputs() {
        for target in ["XMLFuzz", "YAMLFuzz", "RuleFuzz", "CSVFuzz"] { #expect(!Self.inputs(target).isEmpty, "\(target)") }
    }

    @Test(arguments: inputs("XMLFuzz")) func transcripts(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        expectDiagnosticOrSuccess(path) { _ = try InterviewXMLReader().read(data, name: "fuzz.xml") }
    }

    /// Every YAML reader answers each input quickly: an alias bomb or a node bomb that hung a reader would hang the
    /// replay, so each reader gets a bound: generous for the 4 MB nesting seeds in a debug build on a busy machine (about a
    /// second each), far below the minutes an alias bomb took before aliases were counted.
    @Test(arguments: inputs("YAMLFuzz")) func yaml(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let readers: [(String, () throws -> Void)] = [
            ("study", { _ = try StudyLoader.load(path: path, displayName: "study.yaml") }),
            ("pipeline", { _ = try PipelineFile.load(path) }),
            ("codebook", { _ = try CodebookLoader.parse(data, file: "codebook.yaml") }),
        ]
        for (reader, body) in readers {
            let took = ContinuousClock().measure { expectDiagnosticOrSuccess("\(path) as a \(reader)", body) }
            #expect(took < .seconds(10), "\(path) as a \(reader) took \(took)")
        }
    }

    @Test(arguments: inputs("RuleFuzz")) func rules(_ path: String) throws {
        let rule = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        let yaml = "languages: [english]\nthemes:\n  - {id: t, name: T}\nsub-themes:\n  - {id: s, name: S, parent: t}\ncodes:\n  - id: c\n    name: C\n    parent: s\n    rules:\n      - \(String(reflecting: rule))\n"
        expectDiagnosticOrSuccess(path) {
            let coder = try Autocoder(codebook: try CodebookLoader.parse(Data(yaml.utf8), file: "fuzz.yaml"))
            let interview = Interview(id: "P1", participant: "P1", language: "en",
                                      turns: [Turn(index: 0, speaker: "P1", content: [.text(String(repeating: "word ", count: 30) + "!")])], source: "fuzz")
            _ = try coder.code([interview], jobs: 1)
        }
    }

    @Test(arguments: inputs("CSVFuzz")) func csv(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let codebookYAML = "languages: [english]\nthemes:\n  - {id: t, name: T}\nsub-themes:\n  - {id: s, name: S, parent: t}\ncodes:\n  - {id: c, name: C, parent: s, rules: [help]}\n"
        let codebook = try CodebookLoader.parse(Data(codebookYAML.utf8), file: "fuzz.yaml")
        let corpus = Corpus(study: Study(id: "f", title: "f", participants: [Participant(id: "P1")]),
                            interviews: [Interview(id: "P1", participant: "P1", language: "en",
                                                   turns: [Turn(index: 0, speaker: "P1", content: [.text("I help colleagues.")])], source: "fuzz")])
        expectDiagnosticOrSuccess(path) { _ = try ParticipantsCSV.parse(data, file: "people.csv") }
        expectDiagnosticOrSuccess(path) { _ = try CodingImport.csv(data, file: "coding.csv", corpus: corpus, codebook: codebook) }
    }
}
