import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
import ThematicImport
import ThematicTestSupport

/// Every input in `Fuzz/regressions/ImportFuzz/` (hostile seeds written by hand, and whatever `make fuzz` finds),
/// through every importer as `ImportFuzz` runs it: each must end in a document or a diagnostic, never a crash.
@Suite("Import fuzz regressions")
struct ImportFuzzRegressionTests {
    static func inputs() -> [String] {
        let folder = TestSupport.packageRoot.appendingPathComponent("Fuzz/regressions/ImportFuzz").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
    }

    @Test func thereAreRegressionInputs() { #expect(Self.inputs().count >= 8) }

    @Test func theFuzzTargetListsEveryRegisteredImporter() throws {
        let source = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Fuzz/ImportFuzz/main.swift"), encoding: .utf8)
        for importer in BuiltInImporters.all {
            #expect(source.contains("\(importer).self"), "Fuzz/ImportFuzz/main.swift does not fuzz \(importer)")
        }
    }

    @Test(arguments: inputs()) func everyImporterEndsInADocumentOrADiagnostic(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        for importer in BuiltInImporters.all {
            let file = ImportFile(displayName: (path as NSString).lastPathComponent, data: data)
            do {
                // The fuzz target's expansion limit (and so its XML node budget), as the doc comment above promises.
                let limits: [String: OptionValue] = importer.descriptor.options.contains { $0.name == "max-expanded-mb" } ? ["max-expanded-mb": .integer(4)] : [:]
                let reader = try importer.init(options: StageOptions(limits, specs: importer.descriptor.options))
                let read: StudyImport.ReadFile
                if let project = try reader.readProject(file) {
                    read = StudyImport.ReadFile(file: file, importer: importer.descriptor, document: ImportedDocument(turns: []), project: project)
                } else {
                    let document = try reader.read(file)
                    guard !document.turns.isEmpty else { continue }
                    read = StudyImport.ReadFile(file: file, importer: importer.descriptor, document: document)
                }
                _ = try? StudyImport(registry: ImporterRegistry(BuiltInImporters.all)).assemble([read], settings: .init()).artifacts()
            } catch let error as Diagnostic {
                #expect(error.file != nil, "\(importer.descriptor.id): \(error)")
            }
        }
    }
}
