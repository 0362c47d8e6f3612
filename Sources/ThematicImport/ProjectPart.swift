import Foundation
import ThematicCore

/// What a project import adds to a study folder beyond transcripts: the codebook (with the project's notes and sets),
/// the coders' codings and the participants' attributes from the project's cases.
public struct ImportedProjectFiles: Sendable {
    /// `codebook.yaml`.
    public var codebookYAML: String
    /// `coding/<coder>.csv` contents by coder id.
    public var codings: [String: String]
    /// Attribute columns by participant id (never a column whose name says it identifies: `IdentifyingColumn`).
    public var attributes: [String: [String: String]]
    /// What the project says about who its participants are, by identifier type: the names of cases (NVivo names
    /// cases after participants) and the values of identifying case variables (`Fornavn`, `Participant name`, `E-post`).
    /// They go to the study's `identifiers`, never to its attributes, so a run replaces them and never publishes them.
    public var identifiers: [String: [String]] = [:]
    /// The coders' names, to protect: a coder id never carries a name.
    public var coderNames: [String] = []
}

/// Expands project files into one transcript per source and, once speakers are mapped, turns their selections into
/// codings of turns.
struct ProjectPart {
    private struct SourceRef {
        var project: Int
        var source: Int
        var turns: SourceTurns
    }

    private var projects: [ImportedProject] = []
    private var sources: [String: SourceRef] = [:]
    private var projectFiles: [String] = []

    /// The sources (`<file>#<source>`) read as documents.
    private(set) var documents = Set<String>()

    func isProjectSource(_ name: String) -> Bool { sources[name] != nil }

    /// One `ReadFile` per source of `project` that has text, each named `<file>#<source>`. Source names must be unique
    /// within a project (cases refer to sources by name); an importer that breaks this gets an error, not a crash.
    mutating func add(_ project: ImportedProject, from read: StudyImport.ReadFile, settings: StudyImport.Settings) throws -> [StudyImport.ReadFile] {
        var names = Set<String>()
        for source in project.sources where !names.insert(source.name).inserted {
            throw Diagnostic(file: read.file.displayName, "two sources are named '\(source.name)'; the \(read.importer.id) importer must name each source of a project uniquely")
        }
        projects.append(project)
        projectFiles.append(read.file.displayName)
        var files: [StudyImport.ReadFile] = []
        for (index, source) in project.sources.enumerated() {
            // An interview's lines are turns of its speakers; a document's are paragraphs no one speaks.
            let (kind, kindRule) = SourceKindRule.decide(source, knownLabels: settings.speakers.knownLabels)
            let fallback = source.caseLabel ?? "Participant"
            let turns = kind == .document ? SourceTurns(paragraphsOf: source.text)
                : SourceTurns(source.text, fallbackLabel: fallback, knownLabels: settings.speakers.knownLabels.union([SpeakerLabel.normalized(fallback)]))
            guard !turns.pieces.isEmpty else {
                projects[projects.count - 1].droppedCodings["the source has no text", default: 0] += source.selections.count
                projects[projects.count - 1].findings.append(ImportFinding(location: source.name, "a source without text was not imported"))
                continue
            }
            projects[projects.count - 1].findings.append(ImportFinding(location: source.name, "\(kindRule) — \(turns.rule)"))
            let name = "\(read.file.displayName)#\(source.name)"
            if kind == .document { documents.insert(name) }
            sources[name] = SourceRef(project: projects.count - 1, source: index, turns: turns)
            let document = ImportedDocument(turns: turns.pieces.map {
                ImportedTurn(label: $0.label, content: [.text($0.text)], location: "\(source.name) line \($0.line)")
            }, findings: [])
            files.append(StudyImport.ReadFile(file: ImportFile(displayName: name, data: Data(source.text.utf8)), importer: read.importer, document: document))
        }
        return files
    }

    /// The codebook, codings, memos and attributes, and the project totals in the report; nil when no file was a project.
    mutating func finish(interviews: [Interview], report: inout ImportReport) throws -> ImportedProjectFiles? {
        guard !projects.isEmpty else { return nil }
        // Code ids from names, unique; the tree keeps its shape, with themes and sub-themes filled in when it is shallower
        // than Thematic's three levels.
        var ids: [String: String] = [:]
        var used = Set<String>()
        var trees: [ImportedProject.Code] = []
        for project in projects {
            for code in project.allCodes where ids[code.guid] == nil {
                var base = Self.slug(code.name)
                if base.isEmpty { base = "code" }
                var id = base
                var number = 2
                while used.contains(id) { id = "\(base)-\(number)"; number += 1 }
                used.insert(id)
                ids[code.guid] = id
            }
            trees += project.codes
        }
        let codebook = Self.codebookYAML(trees, ids: ids, name: projects.map(\.name).joined(separator: ", "))

        let interviewBySource = Dictionary(uniqueKeysWithValues: report.files.map { ($0.source, $0.interview) })
        let interviewByID = Dictionary(uniqueKeysWithValues: interviews.map { ($0.id, $0) })
        var rows: [String: [[String]]] = [:]
        let coderIDs = Self.coderIDs(projects.flatMap { $0.sources.flatMap { $0.selections.map(\.coder) } }, files: report.files)
        var codingCount = 0
        var dropped: [String: Int] = [:]
        for project in projects { for (reason, count) in project.droppedCodings { dropped[reason, default: 0] += count } }
        for (name, reference) in sources.sorted(by: { $0.key < $1.key }) {
            guard let interviewID = interviewBySource[name], let interview = interviewByID[interviewID] else { continue }
            let source = projects[reference.project].sources[reference.source]
            // Where each coder's selections of a code begin and end, by turn: the export joins a coder's pieces of one
            // code from the end of a turn's words to the start of the next turn's (how a selection across turns comes
            // back as one), so two selections that meet there exactly come back as one; the report says how many.
            var endsAtTurnEnd: [String: Set<Int>] = [:]
            var startsAtTurnStart: [String: [Int]] = [:]
            for selection in source.selections {
                guard let code = ids[selection.code] else {
                    dropped["the code is not in the code book", default: 0] += 1
                    continue
                }
                let segments = reference.turns.segments(start: selection.start, end: selection.end)
                guard !segments.isEmpty else {
                    dropped["the selection lies outside the source's text", default: 0] += 1
                    continue
                }
                let coder = coderIDs[selection.coder]!
                let key = "\(code)\u{0}\(coder)"
                if let last = segments.last, last.end == reference.turns.pieces[last.turn].text.unicodeScalars.count { endsAtTurnEnd[key, default: []].insert(last.turn) }
                if let first = segments.first, first.start == 0 { startsAtTurnStart[key, default: []].append(first.turn) }
                for segment in segments where segment.turn < interview.turns.count {
                    rows[coder, default: []].append([interview.id, String(segment.turn), String(segment.start), String(segment.end), code, coder])
                }
                codingCount += 1
            }
            let meeting = startsAtTurnStart.reduce(0) { count, entry in
                count + entry.value.filter { $0 > 0 && endsAtTurnEnd[entry.key]?.contains($0 - 1) == true }.count
            }
            if meeting > 0 {
                projects[reference.project].findings.append(ImportFinding(location: source.name,
                    "\(meeting) selection\(meeting == 1 ? "" : "s") of a code by a coder start\(meeting == 1 ? "s" : "") where another of the same code and coder ends, at a turn boundary (the end of one turn's words, the start of the next's): the REFI-QDA export gives back each such pair as one selection"))
            }
        }
        var csvs: [String: String] = [:]
        for (coder, coderRows) in rows {
            var csv = CSVWriter(header: ["interview", "turn", "start", "end", "code", "coder"])
            for row in coderRows.sorted(by: { $0.lexicographicallyPrecedes($1) }) { csv.append(row) }
            csvs[coder] = csv.text
        }
        // Notes and sets refer to codes by id and to sources by the interview each became; a reference to what was
        // not imported (a PDF, a code outside the code book) is left out, so the export writes back what it has.
        var notes: [Codebook.Note] = []
        var sets: [Codebook.Grouping] = []
        for (projectIndex, project) in projects.enumerated() {
            let file = projectFiles[projectIndex]
            let interviews = { (names: [String]) in names.compactMap { interviewBySource["\(file)#\($0)"] } }
            for note in project.notes {
                // A note on a selection keeps its stretch, in turns as the codings have it, so the export puts it back
                // on the selection; a stretch outside the text (or on a source not imported) is left out.
                let anchors = note.selections.compactMap { selection -> Codebook.Anchor? in
                    let name = "\(file)#\(selection.source)"
                    guard let interview = interviewBySource[name], let turns = sources[name]?.turns else { return nil }
                    let segments = turns.segments(start: selection.start, end: selection.end)
                    guard let first = segments.first, let last = segments.last else { return nil }
                    return Codebook.Anchor(interview: interview, turn: first.turn, start: first.start, endTurn: last.turn, end: last.end)
                }
                // A comment belongs to its passage: with the passage gone (its source not imported, its stretch
                // outside the text) it has nothing to be the comment of.
                if note.isSelectionComment && anchors.isEmpty {
                    projects[projectIndex].findings.append(ImportFinding(location: "the comment '\(note.name)'", "its selection was not imported, so neither is the comment"))
                    continue
                }
                notes.append(.init(name: note.name, text: note.text, codes: note.codes.compactMap { ids[$0] }, interviews: interviews(note.sources),
                                   selections: anchors, isSelectionComment: note.isSelectionComment))
            }
            for set in project.sets {
                sets.append(.init(name: set.name, description: set.description, codes: set.codes.compactMap { ids[$0] }, interviews: interviews(set.sources)))
            }
        }
        let codebookYAML = codebook + Self.notesAndSetsYAML(notes: notes, sets: sets)
        var attributes: [String: [String: String]] = [:]
        var identifiers: [String: Set<String>] = [:]
        for (projectIndex, project) in projects.enumerated() {
            for projectCase in project.cases {
                // Cases are named after participants in NVivo ("Torgeir Brattvoll"): a name that is not a role or an
                // id is protected, and so is every value of a column whose name says it identifies.
                let caseName = projectCase.name.trimmedSpace
                if !caseName.isEmpty, !SpeakerLabel.isRoleOrID(caseName) { identifiers["person", default: []].insert(caseName) }
                var ordinary: [String: String] = [:]
                for (column, value) in projectCase.attributes {
                    if let type = IdentifyingColumn.type(of: column) {
                        if !value.trimmedSpace.isEmpty { identifiers[type, default: []].insert(value.trimmedSpace) }
                    } else {
                        ordinary[column] = value
                    }
                }
                for sourceName in projectCase.sources {
                    let name = "\(projectFiles[projectIndex])#\(sourceName)"
                    // A document declared so by the user may still be in a case; it has no participant to describe.
                    guard let interviewID = interviewBySource[name], let interview = interviewByID[interviewID], !interview.isDocument else { continue }
                    let participant = interview.participant
                    attributes[participant, default: [:]].merge(ordinary) { old, _ in old }
                }
            }
        }
        let projectSourceEntries = report.files.filter { sources[$0.source] != nil }.count
        report.totals.sources += projects.reduce(0) { $0 + $1.sources.count + $1.droppedSources.filter { $0.key != "graphs" }.values.reduce(0, +) } - projectSourceEntries
        report.totals.codes = ids.count
        report.totals.codings = codingCount
        report.totals.droppedCodings = dropped.values.reduce(0, +)
        report.droppedCodings = dropped
        report.notImported = projects.reduce(into: [String: Int]()) { result, project in
            for (kind, count) in project.droppedSources { result[kind, default: 0] += count }
        }
        report.projectFindings = projects.flatMap(\.findings)
        report.totals.findings += report.projectFindings.count
        let coded = Set(rows.keys)
        report.coders = coderIDs.filter { coded.contains($0.value) }.map { ImportReport.Coder(id: $0.value, name: $0.key) }
            .sorted { ($0.id, $0.name) < ($1.id, $1.name) }
        report.totals.notes = notes.count
        report.totals.sets = sets.count
        var files = ImportedProjectFiles(codebookYAML: codebookYAML, codings: csvs, attributes: attributes,
                                         identifiers: identifiers.mapValues { $0.sorted() })
        files.coderNames = report.coders.map(\.name).filter { !$0.trimmedSpace.isEmpty && !SpeakerLabel.isRoleOrID($0) && !CoderUserName.namesNobody($0) }
        return files
    }

    /// Neutral coder ids for the projects' users: a user whose name is the label of an interviewer of the imported
    /// transcripts codes as that interviewer's id (`I1`); every other user is `C1`, `C2` … in the order of their
    /// names. A name never becomes a coder id (the coder ids are in codings.csv, agreement.json and the REFI-QDA
    /// export a run publishes); the names go to the study's identifiers and the report's `coders`.
    static func coderIDs(_ names: [String], files: [ImportReport.FileEntry]) -> [String: String] {
        var interviewers: [String: String] = [:]
        for speaker in files.flatMap(\.speakers) where speaker.role == SpeakerRole.interviewer.rawValue {
            interviewers[SpeakerLabel.normalized(speaker.label)] = interviewers[SpeakerLabel.normalized(speaker.label)] ?? speaker.id
        }
        var ids: [String: String] = [:]
        var next = 1
        for name in Set(names).sorted() {
            if let interviewer = interviewers[SpeakerLabel.normalized(name)], !name.trimmedSpace.isEmpty {
                ids[name] = interviewer
            } else {
                ids[name] = "C\(next)"
                next += 1
            }
        }
        return ids
    }

    /// `codebook.yaml` for the trees: the first level as themes, the second as sub-themes, deeper codes nested under
    /// codes; a tree of one level goes under a theme and sub-theme "Imported codes", one of two levels under a theme.
    static func codebookYAML(_ trees: [ImportedProject.Code], ids: [String: String], name: String) -> String {
        func depth(_ code: ImportedProject.Code) -> Int { 1 + (code.children.map(depth).max() ?? 0) }
        let maxDepth = trees.map(depth).max() ?? 0
        // `codable` is written where the project's flag differs from what the level implies (codes codable, themes and
        // sub-themes not), and the filled-in levels say so: the export gives the tool back its own tree and flags.
        typealias Line = (id: String, name: String, parent: String?, description: String, color: String?, codable: Bool?, filledIn: Bool)
        var themes: [Line] = []
        var subthemes: [Line] = []
        var codes: [Line] = []
        var roots = trees
        var rootParent: String?
        if maxDepth < 3 {
            themes.append(("imported", "Imported codes", nil, "The project's code tree had \(maxDepth) level\(maxDepth == 1 ? "" : "s"); Thematic's theme level is filled in.", nil, nil, true))
            rootParent = "imported"
            if maxDepth < 2 {
                subthemes.append(("imported-codes", "Imported codes", "imported", "Filled in: the project's codes had no categories.", nil, nil, true))
                rootParent = "imported-codes"
            }
        }
        // A code is placed once, where its GUID first appears: projects imported together (a .qdpx and the .qdc of
        // the same tool) share codes, and their codes under it join it there, a level below where it was placed.
        var placedLevel: [String: Int] = [:]
        func place(_ code: ImportedProject.Code, level: Int, parent: String?) {
            if let first = placedLevel[code.guid] {
                for child in code.children { place(child, level: first + 1, parent: ids[code.guid]) }
                return
            }
            placedLevel[code.guid] = level
            let entry: Line = (ids[code.guid]!, code.name, parent, code.description, code.color, code.isCodable == (level >= 2) ? nil : code.isCodable, false)
            switch level {
            case 0: themes.append(entry)
            case 1: subthemes.append(entry)
            default: codes.append(entry)
            }
            for child in code.children { place(child, level: level + 1, parent: ids[code.guid]) }
        }
        let startLevel = maxDepth >= 3 ? 0 : (maxDepth == 2 ? 1 : 2)
        for root in roots { place(root, level: startLevel, parent: rootParent) }
        roots = []
        var out = "# Written by `thematic import` from \(ImportedStudy.quoted(name)): the project's code tree, codes named as in the project.\n"
        out += "name: \(ImportedStudy.quoted(name))\nlanguages: [english]\nunit: sentence\n"
        for (key, list) in [("themes", themes), ("sub-themes", subthemes), ("codes", codes)] {
            out += "\n\(key):\n"
            if list.isEmpty { out += "  []\n" }
            for (id, name, parent, description, color, codable, filledIn) in list {
                out += "  - id: \(ImportedStudy.quoted(id))\n    name: \(ImportedStudy.quoted(name))\n"
                if let parent { out += "    parent: \(ImportedStudy.quoted(parent))\n" }
                if !description.isEmpty { out += "    description: \(ImportedStudy.quoted(description))\n" }
                if let color { out += "    color: \(ImportedStudy.quoted(color))\n" }
                if let codable { out += "    codable: \(codable)\n" }
                if filledIn { out += "    filled-in: true\n" }
            }
        }
        return out
    }

    /// Lower-case letters, digits and single hyphens: a code or coder id from a name (`Place attachment` → `place-attachment`).
    static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) { out.unicodeScalars.append(scalar) } else if !out.hasSuffix("-"), !out.isEmpty { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
