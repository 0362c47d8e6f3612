import Foundation
import ThematicCore
import ThematicIO
import ThematicXML

/// The study folder an import writes, held in memory until it is published all at once.
public struct ImportedStudy: Sendable {
    /// The transcripts, speakers mapped to ids.
    public var interviews: [Interview]
    /// Every speaker label, header value and declared name that is a personal name: the study's `person`
    /// identifiers, so the anonymization stage and the leak gate protect them.
    public var names: [String]
    /// Organisations shown beside speaker names: the study's `organisation` identifiers.
    public var organisations: [String] = []
    /// What was read from each file.
    public var report: ImportReport
    /// The settings the import ran with.
    public var settings: StudyImport.Settings
    /// The codebook (with notes and sets), codings and case attributes of imported projects (REFI-QDA), when any file was one.
    public var project: ImportedProjectFiles?

    /// The ids of interviewers, in order.
    public var interviewerIDs: [String] {
        var seen = Set<String>()
        return report.files.flatMap(\.speakers).filter { $0.role == SpeakerRole.interviewer.rawValue && seen.insert($0.id).inserted }.map(\.id)
    }

    /// The ids of participants, in order.
    public var participantIDs: [String] {
        var seen = Set<String>()
        return interviews.flatMap(\.participants).filter { seen.insert($0).inserted }
    }

    /// The folder's files: `transcripts/<id>.xml`, `study.yaml`, `pipeline.yaml`, `import-report.json`.
    public func artifacts() throws -> ArtifactSet {
        var set = ArtifactSet()
        for interview in interviews {
            try set.addText(interview.source, InterviewXMLWriter.xml(interview), by: "import")
        }
        // A codebook on its own (.qdc) gives codebook.yaml and the report, no study.
        if !interviews.isEmpty {
            try set.addText("study.yaml", studyYAML(), by: "import")
            try set.addText("pipeline.yaml", pipelineYAML(), by: "import")
        }
        if let project {
            try set.addText("codebook.yaml", project.codebookYAML, by: "import")
            for (coder, csv) in project.codings { try set.addText("coding/\(coder).csv", csv, by: "import") }
        }
        try set.addJSON("import-report.json", report, by: "import")
        return set
    }

    /// The pipeline an imported study runs as it is: de-identification first; with a project's codebook and codings,
    /// the coding stage imports them and the results go back out as REFI-QDA, otherwise only what needs no codebook.
    func pipelineYAML() -> String {
        var out = """
            # Written by `thematic import`\(project == nil ? "" : " from a REFI-QDA project"). Runs as it is:
            #   thematic analyze pipeline.yaml --out results --key results.key

            """
        if project == nil { out += "# Add a coding stage with your codebook (see Docs/Codebook.md), then saturation and themes.\n" }
        out += """
            study: study.yaml
            transcripts:
              - transcripts/*.xml
            stages:
              # First, so every later stage and artifact sees de-identified text; the speakers' names are in study.yaml.

            """
        if (report.totals.notes ?? 0) + (report.totals.sets ?? 0) > 0 {
            // The project's memos are published (redacted) by the refi-qda export: a name only a memo holds must be found.
            out += "  - stage: anonymization\n    options:\n      memos: codebook.yaml\n"
        } else {
            out += "  - anonymization\n"
        }
        out += """
              - descriptives

            """
        if let project {
            let coders = project.codings.keys.sorted()
            out += """
                  - stage: coding
                    options:
                      codebook: codebook.yaml
                      import: [\(coders.map { "coding/\($0).csv" }.joined(separator: ", "))]
                      analysis-coders: [\(coders.joined(separator: ", "))]
                  - report
                  # The results back for the interactive tool: project.qdpx and codebook.qdc.
                  - refi-qda

                """
        } else {
            out += "  - report\n"
        }
        return out
    }

    /// `study.yaml`: the team and participants from the speakers, the names as identifiers, and every COREQ field
    /// present but empty so `thematic validate --coreq` lists what is left to fill in.
    func studyYAML() -> String {
        var out = """
            # Written by `thematic import` from \(report.files.count) transcript\(report.files.count == 1 ? "" : "s"). Fill in the empty fields:
            # `thematic validate --coreq study.yaml` lists the COREQ items still missing.
            id: \(Self.quoted(settings.studyID))
            title: \(Self.quoted(settings.title))

            team:
              interviewers:

            """
        for id in interviewerIDs { out += "    - id: \(Self.quoted(id))\n" }
        out += """
              members: []
              # true prints the team's names (or roles: "first author") in the report's COREQ section; otherwise ids.
              # A name the study protects (identifiers) cannot be published.
              publish_names: false

            design:
              methodology:
              sampling:
              approach:
              recruitment:
              sample_size: \(participantIDs.count)
              non_participation:
              setting:
              non_participants_present:
              sample_description:
              repeat_interviews:
              recording:
              field_notes:
              duration:
              saturation:
              transcripts_returned:

            analysis:
              coders:
              approach:
              coding_tree:
              theme_derivation:
              software: Thematic
              participant_checking:

            participants:

            """
        for id in participantIDs {
            out += "  - id: \(Self.quoted(id))\n"
            for (name, value) in (project?.attributes[id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let key = ProjectPart.slug(name).replacingOccurrences(of: "-", with: "_")
                if !key.isEmpty, key != "id", key != "label" { out += "    \(key): \(Self.quoted(value))\n" }
            }
        }
        out += "\n# Names found in speaker labels, transcript headers\(project == nil ? "" : ", the project's case names and identifying case variables"): always replaced by the anonymization stage.\nidentifiers:\n"
        out += names.isEmpty ? "  person: []\n" : "  person:\n" + names.map { "    - \(Self.quoted($0))\n" }.joined()
        var others = (project?.identifiers ?? [:]).filter { $0.key != "person" }
        if !organisations.isEmpty { others["organisation"] = Set(others["organisation", default: []]).union(organisations).sorted() }
        for (type, values) in others.sorted(by: { $0.key < $1.key }) where !values.isEmpty {
            out += "  \(type):\n" + values.map { "    - \(Self.quoted($0))\n" }.joined()
        }
        return out
    }

    /// A YAML double-quoted scalar (JSON string syntax is valid YAML).
    static func quoted(_ text: String) -> String { YAMLText.quoted(text) }
}

/// `import-report.json`: per file, the format, turns, speakers and the label each was mapped from, and what was
/// left out and why.
public struct ImportReport: Encodable, Sendable {
    public var format = "thematic-import-report"
    public var version = 1
    public var files: [FileEntry]
    public var totals: Totals

    /// Why codings of a project were not imported, with counts.
    public var droppedCodings: [String: Int] = [:]
    /// What of a project was not imported (sources of other kinds, sets, graphs), with counts.
    public var notImported: [String: Int] = [:]
    /// What a project violates or what was adjusted (schema findings, line endings).
    public var projectFindings: [ImportFinding] = []
    /// The coders of imported projects: each user's name and the neutral id their codings carry (`C1`, or the
    /// interviewer's id when the coder interviewed too). The names are protected like speaker names.
    public var coders: [Coder] = []

    public struct Coder: Encodable, Sendable {
        public var id: String
        public var name: String
    }

    init(files: [FileEntry], names: Int) {
        self.files = files
        totals = Totals(files: files.count, turns: files.reduce(0) { $0 + $1.turns },
                        findings: files.reduce(0) { $0 + $1.findings.count }, namesProtected: names,
                        sources: files.count, transcripts: files.count, codes: 0, codings: 0, droppedCodings: 0)
    }

    public struct FileEntry: Encodable, Sendable {
        public var source: String
        public var sha256: String
        public var importer: String
        public var importerVersion: String
        public var interview: String
        public var transcript: String
        public var language: String
        public var turns: Int
        public var speakers: [Speaker]
        public var metadata: [Metadata]
        public var findings: [ImportFinding]
        /// `document` for a project's source read as a document (Interview XML `<document>`); absent for interviews.
        public var kind: String? = nil
    }

    public struct Speaker: Encodable, Sendable {
        public var id: String
        public var role: String
        public var label: String
        public var mappedBy: String
        public var labelIsName: Bool
        public var turns: Int
    }

    public struct Metadata: Encodable, Sendable {
        public var key: String
        public var kind: String
        public var location: String
    }

    public struct Totals: Encodable, Sendable {
        public var files: Int
        public var turns: Int
        public var findings: Int
        public var namesProtected: Int
        /// Sources read (transcript files, and every source of a project, text or not).
        public var sources: Int
        /// Interview XML transcripts written.
        public var transcripts: Int
        /// Codes of imported code books.
        public var codes: Int
        /// Codings of projects imported.
        public var codings: Int
        /// Codings of projects not imported (reasons in `dropped`).
        public var droppedCodings: Int
        /// Notes and sets of projects, imported into codebook.yaml (absent when no file was a project).
        public var notes: Int?
        public var sets: Int?
    }
}
