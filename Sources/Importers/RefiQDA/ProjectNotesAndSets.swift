import ThematicCore
import ThematicImport
import ThematicXML

extension ProjectReader {
    /// Notes with the codes, sources and text selections whose `NoteRef`s name them, and sets with their member codes
    /// and the members among the sources read. Cases' and users' notes have no place in Thematic and are kept as notes of no object.
    mutating func readNotesAndSets(_ root: XMLTreeElement, sourceNames: [String: String], into project: inout ImportedProject) throws {
        var noteIndex: [String: Int] = [:]
        for note in root.element("Notes")?.elements("Note") ?? [] {
            let name = note[attribute: "name"] ?? "note"
            guard let text = try text(of: note, location: "the note '\(name)'") else {
                findings.append(ImportFinding(location: "line \(note.line)", "the note '\(name)' has no text in the project; not imported"))
                continue
            }
            noteIndex[Self.guid(note[attribute: "guid"])] = project.notes.count
            project.notes.append(ImportedProject.Note(name: name, text: text))
        }
        func references(_ element: XMLTreeElement) -> [Int] {
            element.elements("NoteRef").compactMap { noteIndex[Self.guid($0[attribute: "targetGUID"])] }
        }
        if !noteIndex.isEmpty {
            var codes = (root.element("CodeBook")?.element("Codes")?.elements("Code") ?? [])
            while let code = codes.popLast() {
                for note in references(code) where !project.notes[note].codes.contains(Self.guid(code[attribute: "guid"])) {
                    project.notes[note].codes.append(Self.guid(code[attribute: "guid"]))
                }
                codes += code.elements("Code").reversed()
            }
            for source in root.element("Sources")?.elements ?? [] {
                guard let name = sourceNames[Self.guid(source[attribute: "guid"])] else { continue }
                for note in Set(references(source)).sorted() where !project.notes[note].sources.contains(name) {
                    project.notes[note].sources.append(name)
                }
                for selection in source.elements("PlainTextSelection") {
                    guard let start = Int(selection[attribute: "startPosition"] ?? ""), let end = Int(selection[attribute: "endPosition"] ?? "") else { continue }
                    for note in Set(references(selection)).sorted() { project.notes[note].selections.append((name, start, end)) }
                }
            }
        }
        readSelectionComments(root, sourceNames: sourceNames, into: &project)
        let read = Set(project.sources.map(\.name))
        for set in root.element("Sets")?.elements("Set") ?? [] {
            let members = set.elements("MemberSource").compactMap { sourceNames[Self.guid($0[attribute: "targetGUID"])] }
            let left = members.filter { !read.contains($0) }.count
            if left > 0 {
                findings.append(ImportFinding(location: "line \(set.line)", "\(left) member source\(left == 1 ? "" : "s") of the set '\(set[attribute: "name"] ?? "set")' not imported (not text, or no text in the project); the set keeps the others"))
            }
            project.sets.append(ImportedProject.Grouping(
                name: set[attribute: "name"] ?? "set", description: set.element("Description")?.text.trimmedSpace ?? "",
                codes: set.elements("MemberCode").map { Self.guid($0[attribute: "targetGUID"]) }, sources: members.filter(read.contains)))
        }
    }

    /// A text selection's own `Description` — how ATLAS.ti writes a comment on a quotation, on a selection that may hold
    /// no coding at all — as a note on that selection, marked a comment so the export writes it back as the
    /// selection's `Description`. Empty descriptions (NVivo writes `<Description />` on every selection) are none.
    mutating func readSelectionComments(_ root: XMLTreeElement, sourceNames: [String: String], into project: inout ImportedProject) {
        for source in root.element("Sources")?.elements("TextSource") ?? [] {
            guard let name = sourceNames[Self.guid(source[attribute: "guid"])] else { continue }
            for selection in source.elements("PlainTextSelection") {
                guard let comment = selection.element("Description")?.text.trimmedSpace, !comment.isEmpty else { continue }
                let title = selection[attribute: "name"]?.trimmedSpace ?? ""
                guard let start = Int(selection[attribute: "startPosition"] ?? ""), let end = Int(selection[attribute: "endPosition"] ?? "") else {
                    findings.append(ImportFinding(location: "the comment '\(title.isEmpty ? "comment" : title)'",
                                                          "its selection's positions are not numbers, so the comment was not imported"))
                    continue
                }
                project.notes.append(ImportedProject.Note(name: title.isEmpty ? "comment" : title, text: comment,
                                                          selections: [(name, start, end)], isSelectionComment: true))
            }
        }
    }
}
