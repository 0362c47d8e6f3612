import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// TEI P5 transcriptions of speech, as oral-history archives and corpus projects hold them.
public struct TEIImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "tei",
        version: "1.0.0",
        summary: "TEI P5 transcription of speech: <u who>, particDesc/listPerson roles, pause, incident, vocal, kinesic, gap, unclear.",
        discussion: """
            Each <u> is a turn of the speaker its 'who' points to (or its <annotationBlock>'s, as ISO 24624 exports \
            from EXMARaLDA and ELAN write it; <spanGrp> annotations are left out); consecutive utterances of one \
            speaker merge. \
            particDesc/listPerson gives the speakers: a person's role (interviewer, interviewee, informant, \
            participant …) decides who interviews, and its persName is protected like a name label. <pause/>, \
            <incident>, <vocal>, <kinesic> and <gap> become events (their <desc> or reason as the event's text); \
            <unclear> keeps its words; <del> and <note> are left out; <choice> keeps the regularised or corrected form. \
            Times come from 'start'/'end' pointing into a <timeline> of <when interval> entries. The recording date \
            and 'dur' go to <meta>; xml:lang gives the language.
            """,
        extensions: ["tei"]
    )

    static let namespace = "http://www.tei-c.org/ns/1.0"

    public static func recognizes(_ file: ImportFile) -> Bool {
        let head = file.head()
        return head.contains("<TEI") && head.contains(namespace)
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let root = try XMLTree.parse(file.data, name: file.displayName, allowingExternalDocumentType: true)
        if root.name == "teiCorpus" {
            throw Diagnostic(file: file.displayName, line: root.line, "a teiCorpus holds \(root.elements("TEI").count) documents; split it and import each TEI document as one interview")
        }
        guard root.name == "TEI", root.namespace == Self.namespace else {
            throw Diagnostic(file: file.displayName, line: root.line, "the root element is <\(root.name)>, not a TEI P5 <TEI> in \(Self.namespace)")
        }
        var document = ImportedDocument(turns: [])
        let header = root.element("teiHeader")
        document.language = root[attribute: "xml:lang"] ?? root.element("text")?[attribute: "xml:lang"]
            ?? header?.descendants("language").first?[attribute: "ident"]
        for person in header?.descendants("person") ?? [] {
            guard let id = person[attribute: "xml:id"] else { continue }
            let role = (person[attribute: "role"] ?? "").lowercased().split(separator: " ").compactMap { word -> SpeakerRole? in
                switch word {
                case "interviewer", "researcher", "fieldworker", "moderator", "intervjuer": .interviewer
                case "interviewee", "informant", "participant", "respondent", "narrator", "speaker", "deltaker": .participant
                default: nil
                }
            }.first
            let name = person.element("persName").map { ImportText.collapsingWhitespace($0.text) }
            document.declaredSpeakers.append(DeclaredSpeaker(label: id, role: role, name: name?.isEmpty == true ? nil : name))
        }
        if let recording = header?.descendants("recording").first {
            if let date = recording.descendants("date").first {
                let value = date[attribute: "when"] ?? ImportText.collapsingWhitespace(date.text)
                document.metadata.append(MetadataField(kind: .date, key: "recording/date", value: value, location: "line \(date.line)"))
            }
            if let duration = recording[attribute: "dur"], let minutes = Self.minutes(isoDuration: duration) {
                document.metadata.append(MetadataField(kind: .duration, key: "recording/@dur", value: "\(minutes) min", location: "line \(recording.line)"))
            }
        }
        guard let text = root.element("text"), let body = text.element("body") else {
            throw Diagnostic(file: file.displayName, line: root.line, "the TEI document has no <text><body>")
        }
        let timeline = try Self.timeline(text, file: file.displayName)
        var notes = 0
        var strayEvents = 0
        let declaredIDs = Set(document.declaredSpeakers.map(\.label))
        // `who` is a list of pointers (`#INT #INF1`), of which the first speaks; a value that points at nothing
        // declared is the speaker's name as the transcriber wrote it (`ЛИТВИН В.М.`), kept whole so all of it is protected.
        func speaker(_ raw: String) -> String {
            let value = ImportText.collapsingWhitespace(raw)
            guard let first = value.split(separator: " ").first else { return "" }
            if first.hasPrefix("#") || declaredIDs.contains(String(first)) { return String(first.drop(while: { $0 == "#" })) }
            return value
        }
        // ISO 24624 (EXMARaLDA, ELAN exports) puts who/start/end on an <annotationBlock> around a bare <u>.
        func walk(_ element: XMLTreeElement, block: XMLTreeElement? = nil) {
            for child in element.elements {
                switch child.name {
                case "annotationBlock":
                    walk(child, block: child)
                case "spanGrp":
                    break  // annotations of an utterance (translations, tags), not speech
                case "u":
                    let attribute = { (name: String) in child[attribute: name] ?? block?[attribute: name] }
                    let who = speaker(attribute("who") ?? "")
                    var content: [InlineNode] = []
                    inline(child, into: &content, notes: &notes)
                    let nodes = Notation.tidyContent(content)
                    guard !who.isEmpty else {
                        document.findings.append(ImportFinding(location: "line \(child.line)", "an utterance without 'who' was left out"))
                        continue
                    }
                    guard !nodes.isEmpty else { continue }
                    let start = attribute("start").flatMap { timeline[String($0.drop(while: { $0 == "#" }))] }
                    let end = attribute("end").flatMap { timeline[String($0.drop(while: { $0 == "#" }))] }
                    if var last = document.turns.last, last.label == who {
                        last.content = Notation.joined(last.content, nodes)
                        last.end = end ?? last.end
                        document.turns[document.turns.count - 1] = last
                    } else {
                        document.turns.append(ImportedTurn(label: who, content: nodes, start: start, end: end, location: "line \(child.line)"))
                    }
                case "pause", "incident", "vocal", "kinesic", "gap":
                    // Between utterances: it belongs to the talk of the utterance before it.
                    if var last = document.turns.last {
                        last.content = Notation.joined(last.content, [Self.event(child)])
                        document.turns[document.turns.count - 1] = last
                    } else {
                        strayEvents += 1
                    }
                case "note":
                    notes += 1
                case "teiHeader", "timeline":
                    break
                default:
                    walk(child, block: block)
                }
            }
        }
        walk(body)
        if notes > 0 { document.findings.append(ImportFinding(location: "the whole file", "\(notes) editorial <note>s left out")) }
        if strayEvents > 0 { document.findings.append(ImportFinding(location: "the whole file", "\(strayEvents) events before the first utterance left out")) }
        return document
    }

    private func inline(_ element: XMLTreeElement, into content: inout [InlineNode], notes: inout Int) {
        for node in element.children {
            switch node {
            case .text(let text):
                content.append(.text(text))
            case .element(let child):
                switch child.name {
                case "pause", "incident", "vocal", "kinesic", "gap":
                    content.append(Self.event(child))
                case "del", "anchor", "timeline", "shift", "lb", "pb":
                    break
                case "note":
                    notes += 1
                case "choice":
                    if let preferred = ["reg", "corr", "expan", "orig", "sic", "abbr"].lazy.compactMap({ child.element($0) }).first {
                        inline(preferred, into: &content, notes: &notes)
                    }
                case "pc":
                    // Punctuation tokens attach to the word before them ("tired<pc>.</pc>" is "tired.").
                    if case .text(let last)? = content.last, last.hasSuffix(" ") { content[content.count - 1] = .text(String(last.dropLast())) }
                    inline(child, into: &content, notes: &notes)
                    content.append(.text(" "))
                default:
                    // unclear, seg, w, hi, emph, foreign, name, persName, add …: their words were spoken.
                    inline(child, into: &content, notes: &notes)
                    if child.name == "w" { content.append(.text(" ")) }
                }
            }
        }
    }

    /// `<vocal><desc>laughs</desc></vocal>` → `<event>laughs</event>`; `<gap reason="inaudible"/>` → `inaudible`.
    static func event(_ element: XMLTreeElement) -> InlineNode {
        let description = element.element("desc").map { ImportText.collapsingWhitespace($0.text) }
            ?? element[attribute: "type"] ?? element[attribute: "reason"]
        let text: String
        switch element.name {
        case "pause": text = description.map { "pause (\($0))" } ?? element[attribute: "dur"].map { "pause (\($0))" } ?? "pause"
        case "gap": text = description ?? "gap"
        default: text = description ?? element.name
        }
        return .element(InlineElement(name: InlineElement.eventName, children: [.text(text)]))
    }

    /// `<when xml:id interval unit since>` entries as seconds from the timeline's origin. An interval that is not a
    /// plain non-negative number (`nan`, `inf`, `-5`, `0x1p3`), or a time past `RecordingTime.maximumSeconds`
    /// (`1e308`), is an error naming the `<when>`'s line: Interview XML could not hold it.
    static func timeline(_ text: XMLTreeElement, file: String) throws -> [String: Double] {
        var times: [String: Double] = [:]
        for timeline in text.descendants("timeline") {
            let scale = (timeline[attribute: "unit"] ?? "s") == "ms" ? 0.001 : 1
            for when in timeline.elements("when") {
                guard let id = when[attribute: "xml:id"] else { continue }
                if let raw = when[attribute: "interval"] {
                    guard let interval = RecordingTime.seconds(raw) else {
                        throw Diagnostic(file: file, line: when.line, "<when xml:id=\"\(quoting: id)\"> has interval=\"\(quoting: raw)\", which is not a number of seconds (a non-negative decimal number)")
                    }
                    let unit = when[attribute: "unit"].map { $0 == "ms" ? 0.001 : 1 } ?? scale
                    let since = when[attribute: "since"].map { String($0.drop(while: { $0 == "#" })) }.flatMap { times[$0] } ?? 0
                    let time = since + interval * unit
                    guard time <= RecordingTime.maximumSeconds else {
                        throw Diagnostic(file: file, line: when.line, "<when xml:id=\"\(quoting: id)\"> lies \(RecordingTime.describe(time)) into the recording, beyond the \(RecordingTime.maximumDescription) a time in a recording may be")
                    }
                    times[id] = time
                } else if when[attribute: "absolute"] != nil, times.isEmpty {
                    times[id] = 0  // the origin
                }
            }
        }
        return times
    }

    /// Minutes from an xs:duration such as `PT45M`, `PT1H2M30S`.
    static func minutes(isoDuration: String) -> Double? {
        guard isoDuration.hasPrefix("PT") else { return nil }
        var total = 0.0
        var number = ""
        for character in isoDuration.dropFirst(2) {
            if character.isNumber || character == "." { number.append(character); continue }
            guard let value = Double(number) else { return nil }
            switch character {
            case "H": total += value * 60
            case "M": total += value
            case "S": total += value / 60
            default: return nil
            }
            number = ""
        }
        return number.isEmpty ? (total * 100).rounded() / 100 : nil
    }
}
