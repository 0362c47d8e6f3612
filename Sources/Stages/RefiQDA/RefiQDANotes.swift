import ThematicCore

/// The notes and sets an imported project had (kept in codebook.yaml), written back: `Notes` with their text and the
/// `NoteRef`s of the codes and sources they belong to, `Sets` with their member codes and sources.
extension RefiQDAProject {
    func noteGUID(_ position: Int) -> String { NameBasedUUID.guid("note:\(studyID)/\(position)") }
    func setGUID(_ position: Int) -> String { NameBasedUUID.guid("set:\(studyID)/\(position)") }

    /// Which notes each code and each interview refers to. An interview the corpus does not have is an error at the
    /// note's or set's line: it would be dropped from the export without a word.
    static func noteReferences(_ codebook: Codebook, interviews: Set<String>) throws
        -> (codes: [String: [Int]], interviews: [String: [Int]], selections: [String: [(anchor: Codebook.Anchor, note: Int)]]) {
        var problems: [Diagnostic] = []
        let named: [(line: Int, what: String, interviews: [String])] = codebook.notes.map { ($0.line, "note '\($0.name)'", $0.interviews + $0.selections.map(\.interview)) }
            + codebook.sets.map { ($0.line, "set '\($0.name)'", $0.interviews) }
        for (line, what, ids) in named {
            for id in ids where !interviews.contains(id) {
                problems.append(Diagnostic(file: codebook.source, line: line, "the \(what) names the interview '\(quoting: id)', which is not in the corpus"))
            }
        }
        try problems.throwIfAny()
        var codes: [String: [Int]] = [:]
        var sources: [String: [Int]] = [:]
        var selections: [String: [(anchor: Codebook.Anchor, note: Int)]] = [:]
        for (position, note) in codebook.notes.enumerated() {
            for code in note.codes { codes[code, default: []].append(position) }
            for interview in note.interviews { sources[interview, default: []].append(position) }
            for anchor in note.selections { selections[anchor.interview, default: []].append((anchor, position)) }
        }
        return (codes, sources, selections)
    }

    /// A memo's or set's text as published: mentions of protected identifiers replaced by their labels.
    func redacted(_ text: String) -> String { memoRedaction?.redacting(text) ?? text }

    /// `<Notes>` and `<Sets>` after `<Sources>` (the schema's order); nothing when the codebook has neither.
    func writeNotesAndSets(into xml: inout XMLText) {
        let codebook = coding.codebook
        // A selection's comment is written on the selection (its Description), not as a note.
        if codebook.notes.contains(where: { !$0.isSelectionComment }) {
            xml.open("Notes")
            for (position, note) in codebook.notes.enumerated() where !note.isSelectionComment {
                // Memos name people freely; they are published with the transcripts, so they are redacted as the
                // gate reads them (the study's and the anonymization's identifiers).
                xml.open("Note", ["guid": noteGUID(position), "name": redacted(note.name)])
                xml.text("PlainTextContent", redacted(note.text))
                xml.close("Note")
            }
            xml.close("Notes")
        }
        guard !codebook.sets.isEmpty else { return }
        let sourceGUIDs = Dictionary(sources.map { ($0.id, $0.guid) }) { first, _ in first }
        xml.open("Sets")
        for (position, set) in codebook.sets.enumerated() {
            xml.open("Set", ["guid": setGUID(position), "name": redacted(set.name)])
            if !set.description.isEmpty { xml.text("Description", redacted(set.description)) }
            for code in set.codes { xml.empty("MemberCode", ["targetGUID": codeGUID(code)]) }
            for interview in set.interviews { if let guid = sourceGUIDs[interview] { xml.empty("MemberSource", ["targetGUID": guid]) } }
            xml.close("Set")
        }
        xml.close("Sets")
    }

    /// The sets with codes, in `codebook.qdc` (whose sets hold codes only, `MemberCode guid=`).
    func writeCodeSets(into xml: inout XMLText) {
        let sets = coding.codebook.sets.enumerated().filter { !$0.element.codes.isEmpty }
        guard !sets.isEmpty else { return }
        xml.open("Sets")
        for (position, set) in sets {
            xml.open("Set", ["guid": setGUID(position), "name": redacted(set.name)])
            if !set.description.isEmpty { xml.text("Description", redacted(set.description)) }
            for code in set.codes { xml.empty("MemberCode", ["guid": codeGUID(code)]) }
            xml.close("Set")
        }
        xml.close("Sets")
    }
}

extension Codebook {
    /// The notes' and sets' interviews by their new ids (`rename: true`), an id the study did not have left as it is
    /// (so a wrong one is still an error at its line).
    mutating func renameInterviews(_ renamed: [String: String]) {
        for index in notes.indices {
            notes[index].interviews = notes[index].interviews.map { renamed[$0] ?? $0 }
            for anchor in notes[index].selections.indices { notes[index].selections[anchor].interview = renamed[notes[index].selections[anchor].interview] ?? notes[index].selections[anchor].interview }
        }
        for index in sets.indices { sets[index].interviews = sets[index].interviews.map { renamed[$0] ?? $0 } }
    }

    /// The notes' stretches carried into the anonymized text through the anonymization's replacements (`original`),
    /// as the coding stage carries the imported codings: a stretch is written for the text the tool had.
    mutating func carryAnchors(through original: TextReplacements) {
        for index in notes.indices {
            notes[index].selections = notes[index].selections.map { anchor in
                var moved = anchor
                moved.start = original.map(interview: anchor.interview, turn: anchor.turn, start: anchor.start, end: anchor.start).start
                moved.end = original.map(interview: anchor.interview, turn: anchor.endTurn, start: anchor.end, end: anchor.end).end
                return moved
            }
        }
    }
}
