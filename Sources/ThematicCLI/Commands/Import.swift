import ArgumentParser
import Foundation
import ThematicCore
import ThematicImport
import ThematicPipeline

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import transcripts (Word .docx and .doc, RTF, OpenDocument, plain text, Markdown, HTML, WebVTT, SRT, TTML, SBV, JSON, CSV, TEI, ELAN, EXMARaLDA, CHAT, Praat TextGrid, Transcriber) into a ready study folder.",
        discussion: """
            Writes <out>/transcripts/<id>.xml (Interview XML), study.yaml (participants and interviewers from the \
            speakers, COREQ fields present but empty), pipeline.yaml (runs as it is: thematic analyze \
            <out>/pipeline.yaml --out results --key results.key) and import-report.json (per file: format, turns, \
            speakers and the label each came from, what was left out and why). Speaker labels map to ids: \
            --speaker "Kari Nilsen=I1", or inferred (the label asking most questions interviews; others become P01 …). \
            Labels that are personal names never become ids; they go to study.yaml's identifiers so anonymization \
            replaces them. The folder is written all at once; an existing one is replaced only when it holds nothing \
            but what an import writes. `thematic importers` lists the formats.
            """)

    @Option(name: .long, help: "The study folder to write.")
    var out: String

    @Option(name: .long, parsing: .singleValue, help: "Map a speaker label to an id: LABEL=ID (repeatable).")
    var speaker: [String] = []

    @Option(name: .long, parsing: .singleValue, help: "A label that is an interviewer (repeatable).")
    var interviewer: [String] = []

    @Option(name: .long, help: "Every line or cue is this participant's (a recording with one voice, or subtitles without speakers), e.g. P03.")
    var speakerAll: String?

    @Option(name: .long, help: "The encoding of text files that are not UTF-8, as iconv names it (e.g. CP949, SHIFT_JIS, WINDOWS-1252); default: detected, and refused when unsure.")
    var encoding: String?

    @Option(name: .long, help: "The BCP 47 language of the transcripts (default: what each file declares, else en).")
    var language: String?

    @Option(name: .long, help: "The study id in study.yaml, published in the report (default: 'imported-study'; a folder's name may hold a participant's name).")
    var studyID: String?

    @Option(name: .long, help: "The study title in study.yaml.")
    var title = "Imported interview study"

    @Option(name: .long, parsing: .singleValue, help: "An importer option as NAME=VALUE; repeatable (see `thematic importers`).")
    var option: [String] = []

    @Argument(help: "Transcript files.")
    var files: [String]

    func run() throws {
        try reportingDiagnostics {
            try OutputPublisher.preflight(to: out, ownership: .record, inputs: files, key: nil)
            let inputs = try files.map { ImportFile(displayName: $0, data: try InputFile.read($0, displayName: $0, what: "transcript")) }
            var settings = StudyImport.Settings(
                speakers: try SpeakerSettings(speakers: speaker, interviewers: interviewer, speakerForAll: speakerAll),
                language: language, studyID: studyID ?? StudyImport.Settings.neutralStudyID, title: title, options: try parsedOptions())
            settings.encoding = encoding
            let study = try StudyImport(registry: importerRegistry).importStudy(inputs, settings: settings)
            let artifacts = try study.artifacts()
            try OutputPublisher.publish(artifacts, to: out, ownership: .record, inputs: files)
            if study.interviews.isEmpty, study.project != nil {
                Terminal.print("a codebook of \(study.report.totals.codes) codes imported into \(out)/codebook.yaml (no transcripts); \(study.report.totals.findings) findings in import-report.json")
                return
            }
            Terminal.print("\(study.interviews.count) transcript\(study.interviews.count == 1 ? "" : "s") imported into \(out)")
            for entry in study.report.files {
                // Which label became which id, and the rule that decided its role, so a wrong guess is seen here.
                let speakers = entry.speakers.map { "\($0.id) ← '\($0.label)' (\($0.role) by \($0.mappedBy), \($0.turns) turns)" }.joined(separator: ", ")
                if entry.kind == SourceKind.document.rawValue {
                    Terminal.print("  \(entry.source) → \(entry.transcript): \(entry.importer), a document of \(entry.turns) paragraphs, no speakers")
                    continue
                }
                Terminal.print("  \(entry.source) → \(entry.transcript): \(entry.importer), \(entry.turns) turns; \(speakers)")
            }
            // Every rule that infers a role from the evidence, named as the summary above names it.
            let inferred = Set(study.report.files.flatMap { $0.speakers.map(\.mappedBy) }).intersection(StudyImport.inferredRoleRules).sorted()
            if !inferred.isEmpty {
                Terminal.print("  roles were inferred (\(inferred.joined(separator: ", "))): if a label is wrong, import again with --interviewer LABEL")
            }
            if studyID == nil { Terminal.print("  the study id is '\(StudyImport.Settings.neutralStudyID)' (it is published in the report): name it with --study-id ID") }
            Terminal.print("  \(study.names.count) names from speaker labels, headers and cases protected in study.yaml; \(study.report.totals.findings) findings in import-report.json")
            Terminal.print("  next: thematic validate --coreq \(out)/study.yaml; thematic analyze \(out)/pipeline.yaml --out results --key results.key")
        }
    }

    /// `--option name=value` pairs as option values (numbers and true/false typed; a comma makes a list).
    private func parsedOptions() throws -> [String: OptionValue] {
        var values: [String: OptionValue] = [:]
        for pair in option {
            guard let equals = pair.firstIndex(of: "=") else { throw Diagnostic(file: "--option", "'\(quoting: pair)' is not NAME=VALUE") }
            let name = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            if let number = Int(value) { values[name] = .integer(number) }
            else if let number = Double(value) { values[name] = .number(number) }
            else if value == "true" || value == "false" { values[name] = .boolean(value == "true") }
            else if value.contains(",") { values[name] = .list(value.split(separator: ",").map(String.init)) }
            else { values[name] = .string(value) }
        }
        return values
    }
}
