import Foundation
import ThematicCore
import ThematicXML

/// The REFI-QDA view of a study: sources with their plain text and coded selections, users, cases, variables and
/// the code tree, and their XML.
struct RefiQDAProject: Sendable {
    struct Selection {
        var guid: String
        var start: Int
        var end: Int
        /// (code id, coder) pairs, sorted.
        var codings: [(code: String, coder: String)]
        /// The positions of the codebook's notes attached to this stretch (a memo on a coded passage).
        var notes: [Int] = []
    }

    /// One interview as a source: what the project lists up front; its text and selections are made when the source
    /// is written, from the transcript and its codings, so a study's sources are never all in memory at once.
    struct Source {
        var guid: String
        /// Where the interview is in the corpus.
        var position: Int
        var id: String
        /// Everyone interviewed in it: one case each (a focus group's source belongs to every member's case).
        var participants: [String]
        /// The interview's codings, a contiguous run of `coding.codings` (sorted by interview first).
        var codings: Range<Int>
    }

    let corpus: Corpus
    let coding: CodingResult
    let studyID: String
    let sources: [Source]
    /// Coders, sorted; `auto` is Thematic's autocoding.
    let users: [String]

    /// Worker threads for the per-source work; the bytes do not depend on it.
    let jobs: Int
    /// The GUIDs of the codebook's codes and of the coders, made once: every coding refers to one of each.
    private let codeGUIDs: [String: String]
    private let userGUIDs: [String: String]
    /// The positions of the codebook's notes that each code and each interview refers to (`NoteRef`).
    let notesOfCode: [String: [Int]]
    let notesOfInterview: [String: [Int]]
    /// The notes attached to stretches of each interview.
    let notesOfSelection: [String: [(anchor: Codebook.Anchor, note: Int)]]
    /// What finds the identifiers memos and sets mention (nil: published as written).
    let memoRedaction: MentionMatcher?

    /// `renamed`: old → new interview ids when anonymization renamed the transcripts; the codebook's notes and sets
    /// name interviews by the study's ids. `original`: where the anonymization changed the text; the notes' stretches
    /// are offsets into the text the tool had.
    init(corpus: Corpus, coding: CodingResult, jobs: Int = 1, protecting identifiers: [ProtectedIdentifier] = [],
         renamed: [String: String] = [:], original: TextReplacements? = nil) throws {
        memoRedaction = identifiers.isEmpty ? nil : MentionMatcher(identifiers)
        self.corpus = corpus
        var coding = coding
        if !renamed.isEmpty { coding.codebook.renameInterviews(renamed) }
        if let original { coding.codebook.carryAnchors(through: original) }
        self.coding = coding
        self.jobs = max(1, jobs)
        studyID = corpus.study.id
        // Each interview's run of codings, found in parts of the list (cut between interviews) on the threads: a
        // large study has millions of codings, each decoded from the scratch file to read its interview.
        let codings = coding.codings
        let parts = codings.interviewParts(self.jobs)
        let found = ConcurrentSlots<[(interview: String, run: Range<Int>)]>.map(count: parts.count, jobs: self.jobs) { part in
            var runs: [(interview: String, run: Range<Int>)] = []
            var start = parts[part].lowerBound
            var previous: String?
            for position in parts[part] {
                let interview = codings[position].interview
                if let previous, previous != interview {
                    runs.append((previous, start..<position))
                    start = position
                }
                previous = interview
            }
            if let previous { runs.append((previous, start..<parts[part].upperBound)) }
            return runs
        }
        // As one pass would keep it: an interview whose codings come in several runs has its last.
        var runs: [String: Range<Int>] = [:]
        for part in found { for (interview, run) in part { runs[interview] = run } }
        users = codings.coders
        codeGUIDs = Dictionary(coding.codebook.entries.map { ($0.id, NameBasedUUID.guid("code:\(corpus.study.id)/\($0.id)")) }) { first, _ in first }
        userGUIDs = Dictionary(users.map { ($0, NameBasedUUID.guid("user:\(corpus.study.id)/\($0)")) }) { first, _ in first }
        let interviews = corpus.interviews
        let studyID = corpus.study.id
        sources = interviews.indices.map { position in
            let id = interviews.id(at: position)
            return Source(guid: NameBasedUUID.guid("source:\(studyID)/\(id)"), position: position, id: id,
                          participants: interviews.participants(at: position), codings: runs[id] ?? 0..<0)
        }
        (notesOfCode, notesOfInterview, notesOfSelection) = try Self.noteReferences(coding.codebook, interviews: Set(sources.map(\.id)))
    }

    /// A source's plain text.
    func text(of source: Source) -> String {
        Self.plainText(corpus.interviews[source.position]).text
    }

    /// Where each turn's words start in `plainText(_:)`, in code points, without making the text.
    static func turnStarts(_ interview: Interview) -> [Int: Int] {
        var turnStart: [Int: Int] = [:]
        var length = 0
        for turn in interview.turns {
            length += prefix(turn, of: interview).unicodeScalars.count
            turnStart[turn.index] = length
            length += turn.text.unicodeScalars.count + 1
        }
        return turnStart
    }

    /// What a turn's line starts with: its speaker and a colon, or nothing for a document's paragraph (which has no
    /// speaker, and whose text comes back as a document when imported again).
    static func prefix(_ turn: Turn, of interview: Interview) -> String {
        interview.isDocument ? "" : "\(turn.speaker): "
    }

    /// One line per turn, "<speaker>: <words>" (a document's paragraphs as they are), and where each turn's words
    /// start, in code points.
    static func plainText(_ interview: Interview) -> (text: String, turnStart: [Int: Int]) {
        var text = ""
        var turnStart: [Int: Int] = [:]
        var length = 0
        for turn in interview.turns {
            let prefix = prefix(turn, of: interview)
            turnStart[turn.index] = length + prefix.unicodeScalars.count
            let line = prefix + turn.text + "\n"
            text += line
            length += line.unicodeScalars.count
        }
        return (text, turnStart)
    }

    /// A source's coded selections, in text order. A coder's pieces of one code that run on from the end of a turn's
    /// words to the start of the next turn's are one selection, as they were in the project they were imported from
    /// (the import cuts a selection across turns into one coding per turn): a project comes back with the codings it
    /// had. Autocoding codes within turns and is never joined.
    func selections(of source: Source) -> [Selection] {
        let interview = corpus.interviews[source.position]
        let turnStart = Self.turnStarts(interview)
        // Each turn's words (without the spaces around them), and the turn whose words come next.
        var words: [Int: (first: Int, last: Int)] = [:]
        var nextTurn: [Int: Int] = [:]
        var previous: Int?
        for turn in interview.turns {
            var first: Int?
            var last = 0
            var position = 0
            for scalar in turn.text.unicodeScalars {
                if !Self.isSpace(scalar) {
                    if first == nil { first = position }
                    last = position
                }
                position += 1
            }
            guard let first else { continue }
            words[turn.index] = (first, last + 1)
            if let previous { nextTurn[previous] = turn.index }
            previous = turn.index
        }
        struct Span { var turn: Int; var start: Int; var lastTurn: Int; var end: Int }
        var spans: [(span: Span, code: String, coder: String)] = []
        var open: [String: Int] = [:]
        for segment in coding.codings[source.codings] where turnStart[segment.turn] != nil {
            let key = "\(segment.code)\u{0}\(segment.coder)"
            if segment.coder != CodedSegment.autoCoder, let index = open[key], let last = words[spans[index].span.lastTurn],
               spans[index].span.end >= last.last, nextTurn[spans[index].span.lastTurn] == segment.turn,
               let next = words[segment.turn], segment.start <= next.first {
                spans[index].span.lastTurn = segment.turn
                spans[index].span.end = segment.end
                continue
            }
            open[key] = spans.count
            spans.append((Span(turn: segment.turn, start: segment.start, lastTurn: segment.turn, end: segment.end), segment.code, segment.coder))
        }
        var grouped: [String: Selection] = [:]
        func key(_ span: Span) -> String {
            span.lastTurn == span.turn ? "\(span.turn)/\(span.start)/\(span.end)" : "\(span.turn)/\(span.start)/\(span.lastTurn)/\(span.end)"
        }
        func emptySelection(_ span: Span) -> Selection {
            Selection(guid: NameBasedUUID.guid("selection:\(studyID)/\(source.id)/\(key(span))"),
                      start: turnStart[span.turn]! + span.start, end: turnStart[span.lastTurn]! + span.end, codings: [])
        }
        for (span, code, coder) in spans { grouped[key(span), default: emptySelection(span)].codings.append((code, coder)) }
        // A note on a stretch goes on the selection with that stretch, as the project had it; a stretch no coding
        // has is a selection of its own, holding only the note.
        for (anchor, note) in notesOfSelection[source.id] ?? [] where turnStart[anchor.turn] != nil && turnStart[anchor.endTurn] != nil {
            let span = Span(turn: anchor.turn, start: anchor.start, lastTurn: anchor.endTurn, end: anchor.end)
            grouped[key(span), default: emptySelection(span)].notes.append(note)
        }
        let selections = grouped.values.map { selection -> Selection in
            var sorted = selection
            sorted.codings.sort { ($0.code, $0.coder) < ($1.code, $1.coder) }
            return sorted
        }.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        return selections
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? asciiSpaces[Int(scalar.value)] : CharacterSet.whitespacesAndNewlines.contains(scalar)
    }

    /// `CharacterSet.whitespacesAndNewlines` for the ASCII characters, looked up in a table: every character of a turn
    /// is tested, and asking the set costs more than the rest of the selection's work.
    private static let asciiSpaces: [Bool] = (0..<128).map { CharacterSet.whitespacesAndNewlines.contains(Unicode.Scalar(UInt8($0))) }

    func codeGUID(_ id: String) -> String { codeGUIDs[id] ?? NameBasedUUID.guid("code:\(studyID)/\(id)") }
    func userGUID(_ coder: String) -> String { userGUIDs[coder] ?? NameBasedUUID.guid("user:\(studyID)/\(coder)") }
    func variableGUID(_ name: String) -> String { NameBasedUUID.guid("variable:\(studyID)/\(name)") }

    /// `project.qde`.
    func projectXML() -> String {
        var document = ""
        // Only `emit` could fail, and appending to a string does not.
        try! writeProjectXML { document += $0 }
        return document
    }

    /// `project.qde` in pieces, in order: everything before the sources, the sources a batch at a time (each source's
    /// element written on a thread of its own), then the closing tags — so a large study's project is never one string.
    /// Returns how many coded selections the sources hold.
    @discardableResult
    func writeProjectXML(_ emit: (String) throws -> Void) throws -> Int {
        var xml = XMLText()
        xml.open("Project", ["xmlns": "urn:QDA-XML:project:1.0", "name": corpus.study.title, "origin": "Thematic \(ThematicVersion.current)"])
        if !users.isEmpty {
            xml.open("Users")
            for coder in users {
                xml.empty("User", ["guid": userGUID(coder), "name": coder == CodedSegment.autoCoder ? "Thematic autocoding" : coder, "id": coder])
            }
            xml.close("Users")
        }
        xml.open("CodeBook")
        writeCodes(into: &xml)
        xml.close("CodeBook")
        let attributeNames = Set(corpus.study.participants.flatMap(\.attributes.keys)).sorted()
        if !attributeNames.isEmpty {
            xml.open("Variables")
            for name in attributeNames { xml.empty("Variable", ["guid": variableGUID(name), "name": name, "typeOfVariable": "Text"]) }
            xml.close("Variables")
        }
        var sourcesOf: [String: [Source]] = [:]
        for source in sources { for member in source.participants { sourcesOf[member, default: []].append(source) } }
        let participants = corpus.study.participants.filter { sourcesOf[$0.id] != nil }
        if !participants.isEmpty {
            xml.open("Cases")
            for participant in participants {
                xml.open("Case", ["guid": NameBasedUUID.guid("case:\(studyID)/\(participant.id)"), "name": participant.displayName])
                for (name, value) in participant.attributes.sorted(by: { $0.key < $1.key }) {
                    xml.open("VariableValue")
                    xml.empty("VariableRef", ["targetGUID": variableGUID(name)])
                    xml.text("TextValue", value)
                    xml.close("VariableValue")
                }
                for source in sourcesOf[participant.id] ?? [] {
                    xml.empty("SourceRef", ["targetGUID": source.guid])
                }
                xml.close("Case")
            }
            xml.close("Cases")
        }
        xml.open("Sources")
        try emit(xml.document)
        var selections = 0
        // Each source's element is made on the threads a few ahead of `emit`, which takes them in order.
        let sources = sources
        try OrderedProduction.run(count: sources.count, jobs: jobs, make: { sourceXML(sources[$0], depth: 2) }, consume: { fragment, count in
            try emit(fragment)
            selections += count
        })
        var tail = XMLText(fragmentAtDepth: 2)
        tail.close("Sources")
        writeNotesAndSets(into: &tail)
        tail.close("Project")
        try emit(tail.document)
        return selections
    }

    /// A `TextSource` element with its selections and codings, and how many selections it has.
    private func sourceXML(_ source: Source, depth: Int) -> (String, Int) {
        var xml = XMLText(fragmentAtDepth: depth)
        xml.open("TextSource", [("guid", source.guid), ("name", source.id), ("plainTextPath", "internal://\(source.guid).txt")])
        let selections = selections(of: source)
        for selection in selections {
            let notes = coding.codebook.notes
            let comments = selection.notes.filter { notes[$0].isSelectionComment }
            // A commented selection goes back as the tool had it, its name (ATLAS.ti: the quotation's first words)
            // and comment; both redacted, as any memo.
            var attributes: [(name: String, value: String)] = [("guid", selection.guid), ("startPosition", String(selection.start)), ("endPosition", String(selection.end))]
            if let first = comments.first { attributes.insert(("name", redacted(notes[first].name)), at: 1) }
            xml.open("PlainTextSelection", attributes)
            if !comments.isEmpty { xml.text("Description", comments.map { redacted(notes[$0].text) }.joined(separator: "\n\n")) }
            for (code, coder) in selection.codings {
                xml.open("Coding", [("guid", NameBasedUUID.guid("coding:\(selection.guid)/\(code)/\(coder)")), ("creatingUser", userGUID(coder))])
                xml.empty("CodeRef", [("targetGUID", codeGUID(code))])
                xml.close("Coding")
            }
            for note in selection.notes where !notes[note].isSelectionComment { xml.empty("NoteRef", [("targetGUID", noteGUID(note))]) }
            xml.close("PlainTextSelection")
        }
        for note in notesOfInterview[source.id] ?? [] { xml.empty("NoteRef", [("targetGUID", noteGUID(note))]) }
        xml.close("TextSource")
        return (xml.document, selections.filter { !$0.codings.isEmpty }.count)
    }

    /// `codebook.qdc`.
    func codebookXML() -> String {
        var xml = XMLText()
        xml.open("CodeBook", ["xmlns": "urn:QDA-XML:codebook:1.0", "origin": "Thematic \(ThematicVersion.current)"])
        writeCodes(into: &xml, notes: false)
        writeCodeSets(into: &xml)
        xml.close("CodeBook")
        return xml.document
    }

    /// The code tree: entries without a parent at the top, each with its children nested, in codebook order. Codable
    /// as the imported project said (`codable`), else only codes; themes and sub-themes organise them. Levels filled in
    /// on import are left out, so a tool gets its own tree back. Walked with a
    /// stack of its own, so a tree of any depth is written whole, and in time linear in its entries.
    private func writeCodes(into xml: inout XMLText, notes: Bool = true) {
        enum Step {
            case open(Codebook.Entry)
            case close
        }
        let codebook = coding.codebook
        let known = Set(codebook.entries.map(\.id))
        // A project without codes of its own keeps the filled-in levels: the schemas want at least one code.
        let leavesFilledInOut = codebook.entries.contains { !$0.filledIn }
        var pending: [Step] = codebook.entries.filter { $0.parent.map { !known.contains($0) } ?? true }.reversed().map { .open($0) }
        xml.open("Codes")
        while let step = pending.popLast() {
            guard case .open(let entry) = step else {
                xml.close("Code")
                continue
            }
            let children = codebook.children(of: entry.id)
            // A level filled in on import ("Imported codes") is not the project's: its children take its place.
            if entry.filledIn, leavesFilledInOut {
                pending += children.reversed().map { .open($0) }
                continue
            }
            // The flag the project gave (kept on import), else by level: codes codable, themes and sub-themes not.
            let codable = entry.codable ?? (entry.level == .code)
            var attributes = ["guid": codeGUID(entry.id), "name": entry.name, "isCodable": codable ? "true" : "false"]
            if let color = entry.color { attributes["color"] = color }
            if entry.name.isEmpty { attributes["name"] = entry.id }
            let noteRefs = notes ? notesOfCode[entry.id] ?? [] : []
            if children.isEmpty, entry.description.isEmpty, noteRefs.isEmpty {
                xml.empty("Code", attributes)
                continue
            }
            xml.open("Code", attributes)
            if !entry.description.isEmpty { xml.text("Description", entry.description) }
            for note in noteRefs { xml.empty("NoteRef", ["targetGUID": noteGUID(note)]) }
            pending.append(.close)
            pending += children.reversed().map { .open($0) }
        }
        xml.close("Codes")
    }
}

/// Indented XML text with attributes in a fixed order (`xmlns`, `guid`, `name`, then the rest by name), so the same
/// project gives the same bytes.
struct XMLText {
    private(set) var document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    private static let leading = ["xmlns", "guid", "name"]

    /// A document from its XML declaration on.
    init() {}

    /// A piece of a document (no declaration) whose elements start at `depth`.
    init(fragmentAtDepth depth: Int) {
        document = ""
        self.depth = depth
    }


    /// The attributes in the fixed order, whatever order they come in (names are distinct).
    private func attributes(_ values: [(name: String, value: String)]) -> String {
        var text = ""
        func add(_ attribute: (name: String, value: String)) {
            text += " \(attribute.name)=\"\(InterviewXMLWriter.escapeAttribute(attribute.value))\""
        }
        for name in Self.leading { if let attribute = values.first(where: { $0.name == name }) { add(attribute) } }
        for attribute in values.filter({ !Self.leading.contains($0.name) }).sorted(by: { $0.name < $1.name }) { add(attribute) }
        return text
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    mutating func open(_ name: String, _ values: [String: String] = [:]) {
        open(name, values.map { ($0.key, $0.value) })
    }

    /// `open` with the attributes as a list: the elements written per coding come this way, without a dictionary each.
    mutating func open(_ name: String, _ values: [(name: String, value: String)]) {
        document += "\(indent)<\(name)\(attributes(values))>\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        document += "\(indent)</\(name)>\n"
    }

    mutating func empty(_ name: String, _ values: [String: String] = [:]) {
        empty(name, values.map { ($0.key, $0.value) })
    }

    mutating func empty(_ name: String, _ values: [(name: String, value: String)]) {
        document += "\(indent)<\(name)\(attributes(values))/>\n"
    }

    mutating func text(_ name: String, _ value: String) {
        document += "\(indent)<\(name)>\(InterviewXMLWriter.escapeText(value))</\(name)>\n"
    }
}
