import ArgumentParser
import Foundation
import ThematicCore
import ThematicIO
import ThematicPipeline
import ThematicXML

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check transcripts, study files and pipelines, listing every problem found.",
        discussion: """
            .xml files are checked against the Interview XML v1 schema; a YAML/JSON file with a 'stages' key is \
            checked as a pipeline (its stages, options, study and transcripts), any other as a study description.
            """)

    @Argument(help: "Files to check.")
    var files: [String]

    @Flag(name: .long, help: "Also check a study (or a pipeline's study and stages) against the 32 COREQ items; missing items fail.")
    var coreq = false

    func run() throws {
        var problems: [Diagnostic] = []
        for file in files {
            do {
                try check(file)
            } catch let error as Diagnostic {
                problems.append(error)
            } catch let error as DiagnosticList {
                problems += error.diagnostics
            }
        }
        for problem in problems { Terminal.error(problem.description) }
        guard problems.isEmpty else { throw ExitCode(1) }
        Terminal.print("\(files.count) file\(files.count == 1 ? "" : "s") valid")
    }

    private func check(_ file: String) throws {
        if file.hasSuffix(".xml") {
            _ = try InterviewXMLReader().read(file: file)
            return
        }
        let data = try InputFile.read(file)
        let text = try TextCheck.utf8(data, file: file)
        if text.range(of: #"(?m)^stages\s*:"#, options: .regularExpression) != nil || text.contains("\"stages\"") {
            let pipeline = try PipelineFile.load(file)
            let plan = try PipelineRunner(registry: stageRegistry).plan(pipeline)
            let studyPath = pipeline.resolve(pipeline.study)
            let (study, _) = try StudyLoader.load(path: studyPath, displayName: studyPath)
            let files = try CorpusLoader.resolve(patterns: pipeline.transcripts, base: pipeline.baseDirectory, file: file)
            // Read and checked a chunk at a time into a private scratch store, as a run reads them: a study of 20,000
            // transcripts held whole took a gigabyte.
            let store = try TranscriptStore(in: NSTemporaryDirectory())
            _ = try CorpusLoader(jobs: ProcessInfo.processInfo.activeProcessorCount, importers: importerRegistry).load(files, study: study, into: store)
            if coreq { try checkCOREQ(COREQ.assess(study: study, interviews: store.list(), stages: plan.map { $0.stage.descriptor }), file: file) }
        } else {
            let (study, _) = try StudyLoader.load(path: file, displayName: file)
            if coreq { try checkCOREQ(COREQ.assess(study: study), file: file) }
        }
    }

    /// Prints the COREQ result; missing items become diagnostics so the exit status fails.
    private func checkCOREQ(_ entries: [COREQEntry], file: String) throws {
        let missing = entries.filter { !$0.reported }
        Terminal.print("\(file): COREQ \(entries.count - missing.count) of \(entries.count) items reported")
        guard !missing.isEmpty else { return }
        throw DiagnosticList(missing.map { Diagnostic(file: file, "COREQ item \($0.number) (\($0.item)) is not reported: \($0.guide)") })
    }
}
