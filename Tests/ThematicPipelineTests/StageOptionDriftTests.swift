import AnonymizationStage
import CodingStage
import DescriptivesStage
import Foundation
import KeywordsInContextStage
import RefiQDAStage
import ReportStage
import SaturationStage
import Testing
import ThematicCore
import ThematicTestSupport
import ThemesStage

/// A stage's options are declared one by one (`static let window = StageOption…`) and listed in its descriptor; an
/// option declared but not listed is read with a subscript that stops the program mid-run. This drift test reads
/// every declaration in each built-in stage's sources (as swift-format tests its generated registry) and requires it
/// in the descriptor (issue 32).
@Suite struct StageOptionDriftTests {
    static let stages: [any Stage.Type] = [Anonymization.self, CodebookCoding.self, Descriptives.self, KeywordsInContext.self, RefiQDAExport.self,
                                           StudyReport.self, SaturationAssessment.self, ThemeAggregation.self]

    /// The option names declared in a stage module's sources.
    static func declaredOptions(of stage: any Stage.Type) throws -> [String] {
        let module = String(reflecting: stage).split(separator: ".").first.map(String.init) ?? ""
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/Stages/" + module.replacingOccurrences(of: "Stage", with: ""))
        let pattern = try NSRegularExpression(pattern: #"StageOption<[^=\n]*>\(\s*(?:file:|files:)?\s*"([a-z0-9-]+)""#)
        var names: [String] = []
        for case let file as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names.append(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return names.sorted()
    }

    @Test(arguments: stages.map { $0.descriptor.id })
    func everyDeclaredOptionIsInTheDescriptor(_ id: String) throws {
        let stage = Self.stages.first { $0.descriptor.id == id }!
        let declared = try Self.declaredOptions(of: stage)
        let listed = Set(stage.descriptor.options.map(\.name))
        #expect(declared.filter { !listed.contains($0) }.isEmpty, "stage '\(id)' declares options its descriptor does not list")
        #expect(!declared.isEmpty || stage.descriptor.options.isEmpty, "no declaration found for stage '\(id)': the pattern no longer matches")
    }
}
