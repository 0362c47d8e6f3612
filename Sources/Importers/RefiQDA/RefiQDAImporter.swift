import Foundation
import ThematicCore
import ThematicImport
import ThematicIO
import ThematicXML

/// REFI-QDA projects (.qdpx, .qde) and codebooks (.qdc) from NVivo, ATLAS.ti, MAXQDA, QualCoder and Taguette.
public struct RefiQDAImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "refi-qda",
        version: "1.0.0",
        summary: "REFI-QDA projects (.qdpx, .qde) and codebooks (.qdc): sources, code tree, codings, cases, notes, sets.",
        discussion: """
            Text sources become transcripts (their plain text, never the rich .docx beside it), split into one turn \
            per line by the text importers' label rules (a line without a label is the case's participant); a \
            source that is not a conversation (its labels do not recur and alternate, no case links it to a \
            participant, or its name says paper, notes, report …) becomes a document (Interview XML <document>, one \
            paragraph per line, no speakers), the rule in import-report.json, overridden with the 'documents' and \
            'interviews' options; \
            PlainTextSelections with their Codings become coding/<coder>.csv with code-point offsets turned into \
            turn offsets (a selection across turns is one segment per turn, joined again by the refi-qda export); the \
            code tree becomes codebook.yaml (any depth; a tree shallower than themes/sub-themes/codes is filled in, \
            marked filled-in; each code's isCodable kept as 'codable' where its level says otherwise); Cases and their Variables become \
            participants' attributes; Notes (with the codes and sources that refer to them) and Sets (their member codes \
            and sources) go to codebook.yaml, for the export to write back. Picture, PDF, audio and video sources and \
            their codings are counted in import-report.json as not imported. Read liberally, as real tools write: Sources/ or \
            sources/, project.qde in any case or named after the project, plainTextPath with or without internal://, \
            GUIDs in any case with or without braces, BOM and CRLF in text, an empty <Sets/>; schema violations \
            (bundled REFI-QDA 1.0 XSDs) are findings, not errors.
            """,
        extensions: ["qdpx", "qde", "qdc"],
        options: [ZIPArchive.maximumExpandedOption.spec, documentsOption.spec, interviewsOption.spec]
    )

    /// What the user says a source is, over the evidence (`SourceKindRule`): source names as the project gives them,
    /// `*` for every source.
    static let documentsOption = StageOption<[String]>("documents", default: [],
        help: "Sources to import as documents (no speakers, no participant), by name as in the project; * for all.")
    static let interviewsOption = StageOption<[String]>("interviews", default: [],
        help: "Sources to import as interviews (speakers from their labels), by name as in the project; * for all.")


    let limit: Int
    let documents: [String]
    let interviews: [String]

    public static func recognizes(_ file: ImportFile) -> Bool {
        let head = file.head()
        return head.contains("urn:QDA-XML:project") || head.contains("urn:QDA-XML:codebook") || isCodebookCSV(head)
            || isProjectArchive(file)
    }

    /// A ZIP archive with a `.qde` project at its root (`project.qde`, in any case, as NVivo, MAXQDA, ATLAS.ti and
    /// QualCoder write it), read from the archive's directory: the .docx sources inside do not make it a Word file.
    static func isProjectArchive(_ file: ImportFile) -> Bool {
        guard file.data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let archive = try? ZIPArchive(file.data, file: file.displayName) else { return false }
        return archive.members.contains { !$0.name.contains("/") && $0.name.lowercased().hasSuffix(".qde") }
    }

    public init(options: StageOptions) throws {
        limit = options[ZIPArchive.maximumExpandedOption] << 20
        documents = options[Self.documentsOption]
        interviews = options[Self.interviewsOption]
        if let both = Set(documents).intersection(interviews).sorted().first {
            throw Diagnostic(file: "--option", "'\(quoting: both)' is in both 'documents' and 'interviews'")
        }
    }

    /// The kinds the options declare, on the sources they name; a name no source has is an error (a typo would
    /// otherwise leave the evidence to decide without a word).
    func declaringKinds(_ project: ImportedProject, file: String) throws -> ImportedProject {
        // A codebook (.qdc) imported beside its project has no sources for the options to name.
        guard !project.sources.isEmpty else { return project }
        var project = project
        let names = Set(project.sources.map(\.name))
        for (option, list, kind) in [("documents", documents, SourceKind.document), ("interviews", interviews, .interview)] {
            for name in list where name != "*" && !names.contains(name) {
                throw Diagnostic(file: file, "--option \(option): no text source of the project is named '\(quoting: name)' (sources: \(Diagnostic.quoteList(names.sorted())))")
            }
            for index in project.sources.indices where list.contains("*") || list.contains(project.sources[index].name) {
                project.sources[index].kind = kind
            }
        }
        return project
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        throw Diagnostic(file: file.displayName, "a REFI-QDA file is read as a project")
    }

    public func readProject(_ file: ImportFile) throws -> ImportedProject? {
        let name = file.displayName
        if Self.isCodebookCSV(file.head()) { return try Self.codebookCSV(file) }
        var reader = ProjectReader(file: name, maximumNodes: XMLTree.maximumNodes(forExpandedBytes: limit))
        if file.data.starts(with: [0x50, 0x4B]) {
            let archive = try ZIPArchive(file.data, file: name)
            let qde = archive.member(caseInsensitive: "project.qde")
                ?? archive.members.first { !$0.name.contains("/") && $0.name.lowercased().hasSuffix(".qde") }
            guard let qde else { throw Diagnostic(file: name, "the archive has no project.qde, so it is not a REFI-QDA project") }
            if qde.name != "project.qde" { reader.findings.append(ImportFinding(location: qde.name, "the project file is named '\(quoting: qde.name)' (the specification says project.qde)")) }
            let xml = try archive.contents(of: qde, limit: limit)
            reader.sourceText = { path in
                let stripped = Self.memberName(path)
                guard let member = archive.member(caseInsensitive: "sources/" + stripped) ?? archive.member(caseInsensitive: stripped) else { return nil }
                return try archive.contents(of: member, limit: limit)
            }
            return try declaringKinds(try reader.read(xml, displayName: "\(name) (\(qde.name))"), file: name)
        }
        return try declaringKinds(try reader.read(file.data, displayName: name), file: name)
    }

    /// Taguette's `codebook.csv` (and any CSV codebook): a header whose first column is `tag`, `name` or `path`.
    static func isCodebookCSV(_ head: String) -> Bool {
        let first = head.drop { $0 == "\u{FEFF}" }.prefix { $0 != "\n" && $0 != "\r" }.lowercased()
        let columns = first.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"")) }
        return ["tag", "name", "path"].contains(columns.first ?? "") && !first.contains("<")
    }

    /// The codes of a CSV codebook, one per row, with the `description` column when there is one.
    static func codebookCSV(_ file: ImportFile) throws -> ImportedProject {
        let text = try ImportText.decode(file)
        let rows = try CSVReader.rows(text, file: file.displayName)
        guard let header = rows.first else { throw Diagnostic(file: file.displayName, line: 1, "the codebook CSV is empty") }
        let names = header.fields.map { $0.trimmedSpace.lowercased() }
        let description = names.firstIndex(of: "description")
        var project = ImportedProject(name: (file.displayName as NSString).lastPathComponent)
        var seen = Set<String>()
        for row in rows.dropFirst() {
            let tag = row.fields.first?.trimmedSpace ?? ""
            guard !tag.isEmpty else { continue }
            guard seen.insert(tag.lowercased()).inserted else {
                project.findings.append(ImportFinding(location: "line \(row.line)", "the code '\(quoting: tag)' is listed twice; the first is kept"))
                continue
            }
            let text = description.flatMap { $0 < row.fields.count ? row.fields[$0].trimmedSpace : nil } ?? ""
            project.codes.append(ImportedProject.Code(guid: "csv:" + tag.lowercased(), name: tag, description: text))
        }
        return project
    }

    /// A `plainTextPath` as a member name: `internal://x.txt` (any case, or no scheme at all, as qc writes) → `x.txt`.
    static func memberName(_ path: String) -> String {
        if let scheme = path.range(of: "://") { return String(path[scheme.upperBound...]) }
        return path
    }
}

/// Reads `project.qde` or a `.qdc`.
struct ProjectReader {
    let file: String
    /// The node budget of the project's XML (`XMLTree.maximumNodes(forExpandedBytes:)` of `max-expanded-mb`).
    let maximumNodes: Int
    var findings: [ImportFinding] = []
    var sourceText: (String) throws -> Data? = { _ in nil }

    init(file: String, maximumNodes: Int = XMLTree.defaultMaximumNodes) {
        self.file = file
        self.maximumNodes = maximumNodes
    }

    static func guid(_ value: String?) -> String {
        (value ?? "").trimmedSpace.trimmingCharacters(in: CharacterSet(charactersIn: "{}")).lowercased()
    }

    mutating func read(_ xml: Data, displayName: String) throws -> ImportedProject {
        let root = try XMLTree.parse(xml, name: displayName, maximumNodes: maximumNodes)
        guard root.name == "Project" || root.name == "CodeBook" else {
            throw Diagnostic(file: displayName, line: root.line, "the root element is <\(root.name)>, not a REFI-QDA <Project> or <CodeBook>")
        }
        let schema = root.name == "Project" ? "refi-qda/Project.xsd" : "refi-qda/Codebook.xsd"
        if let violations = try? XMLSchemaValidator.bundled(schema).violations(of: xml, name: displayName), !violations.isEmpty {
            for violation in violations.prefix(20) {
                findings.append(ImportFinding(location: violation.line.map { "line \($0)" } ?? "the whole file", "schema: " + violation.message))
            }
            if violations.count > 20 { findings.append(ImportFinding(location: "the whole file", "schema: \(violations.count - 20) more violations")) }
        }
        var project = ImportedProject(name: root[attribute: "name"] ?? (displayName as NSString).deletingPathExtension)
        let codeBook = root.name == "CodeBook" ? root : root.element("CodeBook")
        var codeLines: [String: (name: String, line: Int)] = [:]
        project.codes = try (codeBook?.element("Codes")?.elements("Code") ?? []).map { try code($0, displayName: displayName, seen: &codeLines) }
        guard root.name == "Project" else {
            project.findings = findings
            return project
        }
        var users: [String: String] = [:]
        for user in root.element("Users")?.elements("User") ?? [] {
            // The tool's own user id when it gives one (Thematic writes the coder there), else the name.
            users[Self.guid(user[attribute: "guid"])] = user[attribute: "id"] ?? user[attribute: "name"] ?? "unnamed"
        }
        var variables: [String: String] = [:]
        for variable in root.element("Variables")?.elements("Variable") ?? [] {
            variables[Self.guid(variable[attribute: "guid"])] = variable[attribute: "name"] ?? "variable"
        }
        // Every source becomes a transcript of its own, named after it; NVivo folders and ATLAS.ti documents may
        // share a name, so the first keeps it and a later namesake is imported as "Name (2)", "Name (3)" … skipping
        // names other sources have (document order, so the same project gives the same names), and cases find their
        // sources by GUID.
        let sourceElements = root.element("Sources")?.elements ?? []
        let givenNames = sourceElements.map { $0[attribute: "name"] ?? Self.guid($0[attribute: "guid"]) }
        var uniqueNames: [String] = []
        var sourceNames: [String: String] = [:]
        var taken = Set(givenNames)
        var kept = Set<String>()
        for (source, given) in zip(sourceElements, givenNames) {
            var name = given
            var number = 2
            if !kept.insert(given).inserted {
                repeat {
                    name = "\(given) (\(number))"
                    number += 1
                } while taken.contains(name)
                taken.insert(name)
            }
            if name != given {
                findings.append(ImportFinding(location: "line \(source.line)", "another source is also named '\(given)'; this one is imported as '\(name)'"))
            }
            uniqueNames.append(name)
            let guid = Self.guid(source[attribute: "guid"])
            if sourceNames[guid] == nil { sourceNames[guid] = name }
        }
        var caseOfSource: [String: String] = [:]
        for element in root.element("Cases")?.elements("Case") ?? [] {
            let caseName = element[attribute: "name"] ?? Self.guid(element[attribute: "guid"])
            var attributes: [String: String] = [:]
            for value in element.elements("VariableValue") {
                guard let variable = variables[Self.guid(value.element("VariableRef")?[attribute: "targetGUID"])],
                      let given = value.elements.first(where: { $0.name != "VariableRef" }) else { continue }
                attributes[variable] = given.text.trimmedSpace
            }
            let sources = element.elements("SourceRef").compactMap { sourceNames[Self.guid($0[attribute: "targetGUID"])] }
            for source in sources { caseOfSource[source] = caseName }
            project.cases.append(ImportedProject.Case(name: caseName, attributes: attributes, sources: sources))
        }
        for (element, sourceName) in zip(sourceElements, uniqueNames) {
            let codings = element.descendants("Coding").count
            guard element.name == "TextSource" else {
                let kind = element.name.replacingOccurrences(of: "Source", with: "").lowercased()
                project.droppedSources["\(kind) sources (only text sources are imported)", default: 0] += 1
                if codings > 0 { project.droppedCodings["on \(kind) sources (only text sources are imported)", default: 0] += codings }
                continue
            }
            guard var text = try text(of: element, location: sourceName) else {
                project.droppedSources["text sources whose plain text is not in the file", default: 0] += 1
                if codings > 0 { project.droppedCodings["on text sources whose plain text is not in the file", default: 0] += codings }
                continue
            }
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            if text.contains("\r") {
                findings.append(ImportFinding(location: sourceName, "CRLF line endings read as one character each (offsets counted on the text with \\n, as QualCoder and Taguette count them)"))
                text = ImportText.normalizingLineEndings(text)
            }
            let length = text.unicodeScalars.count
            var selections: [ImportedProject.Selection] = []
            for selection in element.elements("PlainTextSelection") {
                guard let start = Int(selection[attribute: "startPosition"] ?? ""), let end = Int(selection[attribute: "endPosition"] ?? ""),
                      start >= 0, end > start, end <= length else {
                    let count = selection.elements("Coding").count
                    project.droppedCodings["the selection's positions are outside the source's text", default: 0] += count
                    continue
                }
                let selectionUser = selection[attribute: "creatingUser"]
                for coding in selection.elements("Coding") {
                    let code = Self.guid(coding.element("CodeRef")?[attribute: "targetGUID"])
                    let user = Self.guid(coding[attribute: "creatingUser"] ?? selectionUser)
                    selections.append(ImportedProject.Selection(start: start, end: end, code: code, coder: users[user] ?? (user.isEmpty ? "unknown" : user)))
                }
            }
            // A Coding directly on the source codes all of it.
            for coding in element.elements("Coding") {
                let user = Self.guid(coding[attribute: "creatingUser"])
                selections.append(ImportedProject.Selection(start: 0, end: length, code: Self.guid(coding.element("CodeRef")?[attribute: "targetGUID"]),
                                                            coder: users[user] ?? "unknown"))
            }
            project.sources.append(ImportedProject.Source(name: sourceName, text: text, caseLabel: caseOfSource[sourceName], selections: selections))
        }
        try readNotesAndSets(root, sourceNames: sourceNames, into: &project)
        let graphs = root.element("Graphs")?.elements("Graph").count ?? 0
        if graphs > 0 { project.droppedSources["graphs", default: 0] += graphs }
        project.findings = findings
        return project
    }

    /// The plain text of a text source or note: inline content, or the member its `plainTextPath` names.
    mutating func text(of element: XMLTreeElement, location: String) throws -> String? {
        if let content = element.element("PlainTextContent") { return content.text }
        guard let path = element[attribute: "plainTextPath"] else { return nil }
        if path.lowercased().hasPrefix("relative://") || path.lowercased().hasPrefix("absolute://") {
            findings.append(ImportFinding(location: location, "the plain text is an external file (\(path.prefix(12))…), not inside the project"))
            return nil
        }
        guard let data = try sourceText(path) else { return nil }
        guard let text = String(validating: data, as: UTF8.self) ?? String(validating: data.dropFirst(3), as: UTF8.self) else {
            findings.append(ImportFinding(location: location, "the plain text is not UTF-8"))
            return nil
        }
        return text
    }

    /// A code and the codes under it, at any depth the XML reader allows (`XMLTree.maximumDepth`, refused beyond it
    /// with the line). A GUID is how codings and the tool name a code: two codes sharing one (in any letter case, with
    /// or without braces) are refused with both lines, as no coding could say which it means.
    mutating func code(_ element: XMLTreeElement, displayName: String, seen: inout [String: (name: String, line: Int)]) throws -> ImportedProject.Code {
        let name = element[attribute: "name"] ?? "code"
        var guid = Self.guid(element[attribute: "guid"])
        if guid.isEmpty {
            // No coding can point at a code without a GUID; it is kept in the tree under one of its own.
            guid = "no-guid:line-\(element.line)"
            findings.append(ImportFinding(location: "line \(element.line)", "the code '\(name)' has no GUID; kept in the code book, no coding can refer to it"))
        }
        if let first = seen[guid] {
            throw Diagnostic(file: displayName, line: element.line,
                             "the code '\(name)' has the GUID \(guid) of the code '\(first.name)' on line \(first.line); GUIDs must be unique, so codings could not say which is meant (give one a new GUID in the tool and export again)")
        }
        seen[guid] = (name, element.line)
        var children: [ImportedProject.Code] = []
        for child in element.elements("Code") { children.append(try code(child, displayName: displayName, seen: &seen)) }
        return ImportedProject.Code(
            guid: guid, name: name,
            description: element.element("Description")?.text.trimmedSpace ?? "",
            isCodable: element[attribute: "isCodable"]?.lowercased() != "false",
            color: element[attribute: "color"].flatMap { $0.range(of: "^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$", options: .regularExpression) == nil ? nil : $0.uppercased() },
            children: children)
    }
}
