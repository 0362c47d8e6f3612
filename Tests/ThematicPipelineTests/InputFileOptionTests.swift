import CodingStage
import DescriptivesStage
import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ThematicPipeline

/// File options (issue 32): the codebook, coding tables and review decisions are declared as files, so the planner
/// refuses a missing one before any work, naming the pipeline's line, and the run records what each stage read.
@Suite struct InputFileOptionTests {
    /// A stage that reads one required file and one it uses when it exists.
    struct ReadsFiles: Stage {
        static let table = StageOption<String>(file: "table", default: "table.csv", help: "A table.")
        static let notes = StageOption<String>(file: "notes", default: "notes.txt", required: false, help: "Notes, when there are any.")
        static let descriptor = StageDescriptor(id: "reads-files", version: "1", summary: "reads files", options: [table.spec, notes.spec], artifacts: ["sizes.txt"])
        let table: String, notes: String
        init(options: StageOptions) throws { (table, notes) = (options[Self.table], options[Self.notes]) }
        func run(in context: StageContext) throws {
            let sizes = [try context.inputFile(table)!.count, try context.inputFile(notes, optional: true)?.count ?? -1]
            try context.artifacts.addText("sizes.txt", sizes.map(String.init).joined(separator: ","), by: Self.descriptor.id)
        }
    }

    @Test func aMissingFileIsRefusedAtPlanningNamingThePipelinesLine() throws {
        let root = try TestSupport.miniStudy(stages: "  - descriptives\n  - stage: reads-files\n    options:\n      table: nowhere.csv\n")
        let runner = PipelineRunner(registry: StageRegistry([ReadsFiles.self, Descriptives.self]))
        let pipeline = try PipelineFile.load(root.appendingPathComponent("pipeline.yaml").path)
        let error = #expect(throws: (any Error).self) { try runner.plan(pipeline) }
        #expect("\(error!)".contains("pipeline.yaml:6: stage 'reads-files': the file 'nowhere.csv' does not exist"), "\(error!)")
    }

    @Test func aStageReadsTheBytesTheRunnerReadAndTheManifestRecordsThem() throws {
        let root = try TestSupport.miniStudy(stages: "  - reads-files\n")
        try TestSupport.write("a,b\n1,2\n", to: "table.csv", in: root)
        let runner = PipelineRunner(registry: StageRegistry([ReadsFiles.self]))
        let result = try runner.run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path)
        #expect(try String(contentsOf: root.appendingPathComponent("out/sizes.txt"), encoding: .utf8) == "8,-1", "the notes file is optional")
        #expect(result.manifest?.stages.first?.inputs == ["table.csv"])
        #expect(result.manifest?.inputs["table.csv"] == Digest.sha256(Data("a,b\n1,2\n".utf8)))
    }

    @Test func theCodingStagesFilesAreFileOptions() {
        let kinds = Dictionary(uniqueKeysWithValues: CodebookCoding.descriptor.options.map { ($0.name, $0.kind) })
        #expect(kinds["codebook"] == .inputFile(required: true))
        #expect(kinds["import"] == .inputFiles)
    }

    /// A symbolic-link loop where the file should be was called a file that "does not exist" — one the user can see.
    @Test func aSymbolicLinkLoopIsNamedAsOneAtPlanning() throws {
        let root = try TestSupport.miniStudy(stages: "  - stage: reads-files\n    options:\n      table: loop.csv\n")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop.csv").path, withDestinationPath: "loop2.csv")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop2.csv").path, withDestinationPath: "loop.csv")
        let runner = PipelineRunner(registry: StageRegistry([ReadsFiles.self]))
        let pipeline = try PipelineFile.load(root.appendingPathComponent("pipeline.yaml").path)
        let error = #expect(throws: (any Error).self) { try runner.plan(pipeline) }
        #expect("\(error!)".contains("stage 'reads-files': the file 'loop.csv': the path is a loop of symbolic links"), "\(error!)")
    }

    /// A file used when it exists is optional under its default name only: named otherwise in the pipeline and
    /// missing, it was found only when the stage ran (review decisions: after every transcript was read), with no line.
    @Test func anOptionalFileNamedOtherwiseMustExistAtPlanning() throws {
        let root = try TestSupport.miniStudy(stages: "  - stage: reads-files\n    options:\n      notes: mine.txt\n")
        try TestSupport.write("a,b\n1,2\n", to: "table.csv", in: root)
        let runner = PipelineRunner(registry: StageRegistry([ReadsFiles.self]))
        let pipeline = try PipelineFile.load(root.appendingPathComponent("pipeline.yaml").path)
        let error = #expect(throws: (any Error).self) { try runner.plan(pipeline) }
        #expect("\(error!)".contains("pipeline.yaml:5: stage 'reads-files': the file 'mine.txt' does not exist"), "\(error!)")
        // Under its default name it stays optional.
        let defaulted = try TestSupport.miniStudy(stages: "  - stage: reads-files\n    options:\n      notes: notes.txt\n")
        try TestSupport.write("a,b\n1,2\n", to: "table.csv", in: defaulted)
        _ = try runner.plan(try PipelineFile.load(defaulted.appendingPathComponent("pipeline.yaml").path))
    }
}
