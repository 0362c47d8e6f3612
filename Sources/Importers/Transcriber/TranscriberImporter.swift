import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// Transcriber (.trs) and TranscriberAG: broadcast, interview and corpus transcription (CLAPI, ESLO, many French and
/// Scandinavian corpora).
public struct TranscriberImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "transcriber",
        version: "1.0.0",
        summary: "Transcriber (.trs): Speakers by name, Turns with Sync times, overlaps split by Who, events kept as notation.",
        discussion: """
            Reads <Trans>: speakers by name from <Speakers> (the id where a speaker has no name; every name there is protected, a speaker's who never speaks too), then each <Turn> of \
            each <Section> in order. A turn's start is its startTime (or its first <Sync time>), its end its endTime. \
            A turn of several speakers (speaker="spk1 spk2", overlapping speech) is split at its <Who nb="N"/> marks, \
            each part the N-th speaker's, all starting with the turn. <Event> becomes an event in the text (one of \
            extent begin/end pairs), <Comment> and <Background> are left out and reported, and a turn with no \
            speaker (music, silence) is left out. The DOCTYPE Transcriber writes (SYSTEM "trans-14.dtd") is read \
            past without loading anything; encodings the file declares (ISO-8859-1) are honoured.
            """,
        extensions: ["trs"]
    )

    public init(options: StageOptions) throws {}

    public static func recognizes(_ file: ImportFile) -> Bool {
        let head = file.head(1024)
        return head.contains("<Trans") && (head.contains("trans-14.dtd") || head.contains("<Speakers") || head.contains("<Episode"))
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let name = file.displayName
        let root = try file.xmlRoot(named: "Trans", format: "Transcriber")
        var names: [String: String] = [:]
        var document = ImportedDocument(turns: [])
        for speaker in root.element("Speakers")?.elements("Speaker") ?? [] {
            guard let id = speaker[attribute: "id"] else {
                throw Diagnostic(file: name, line: speaker.line, "a <Speaker> has no id")
            }
            let label = (speaker[attribute: "name"]?.trimmedSpace).flatMap { $0.isEmpty ? nil : $0 } ?? id
            names[id] = label
            // Every named speaker, speaking or not (a relative in the room), is a person the study protects.
            if label != id, !SpeakerLabel.isRoleOrID(label) { document.declaredSpeakers.append(DeclaredSpeaker(label: label, role: nil, name: label)) }
        }
        var silent = 0, comments = 0
        for turn in root.descendants("Turn") {
            let ids = (turn[attribute: "speaker"] ?? "").split(separator: " ").map(String.init)
            guard !ids.isEmpty else { silent += 1; continue }
            for id in ids where names[id] == nil {
                throw Diagnostic(file: name, line: turn.line, "<Turn speaker=\"\(quoting: ids.joined(separator: " "))\"> names '\(quoting: id)', which <Speakers> does not declare")
            }
            let start = try time(turn[attribute: "startTime"], at: turn.line, file: name) ?? turn.elements("Sync").first.flatMap { try? time($0[attribute: "time"], at: $0.line, file: name) }
            let end = try time(turn[attribute: "endTime"], at: turn.line, file: name)
            var parts: [[InlineNode]] = Array(repeating: [], count: ids.count)
            var who = 0
            for child in turn.children {
                switch child {
                case .text(let text):
                    parts[who] = Notation.joined(parts[who], Notation.parse(text).content)
                case .element(let element):
                    switch element.name {
                    case "Who":
                        // `nb` counts the turn's speakers from 1; one out of range stays with the speaker before.
                        if let number = Int(element[attribute: "nb"] ?? ""), (1...ids.count).contains(number) { who = number - 1 }
                    case "Event":
                        guard element[attribute: "extent"] != "end", let description = element[attribute: "desc"]?.trimmedSpace, !description.isEmpty else { continue }
                        parts[who] = Notation.joined(parts[who], [.element(InlineElement(name: InlineElement.eventName, children: [.text(description)]))])
                    case "Comment":
                        comments += 1
                    default:
                        break  // Sync, Background
                    }
                }
            }
            for (index, content) in parts.enumerated() where !content.isEmpty {
                document.turns.append(ImportedTurn(label: names[ids[index]]!, content: content, start: start, end: end, location: "line \(turn.line)"))
            }
        }
        for id in names.keys.sorted() where !document.turns.contains(where: { $0.label == names[id] }) {
            document.findings.append(ImportFinding(location: "Speakers", "speaker '\(names[id]!)' (\(id)) has no turns"))
        }
        if silent > 0 { document.findings.append(ImportFinding(location: "the whole file", "\(silent) turns without a speaker (music, silence, noise) left out")) }
        if comments > 0 { document.findings.append(ImportFinding(location: "the whole file", "\(comments) transcriber's comments left out (not speech)")) }
        return document
    }

    /// Seconds from a Transcriber time attribute; nil when absent, an error when it is not a time.
    private func time(_ raw: String?, at line: Int, file: String) throws -> Double? {
        guard let raw else { return nil }
        guard let seconds = RecordingTime.seconds(raw), RecordingTime.isValid(seconds) else {
            throw Diagnostic(file: file, line: line, "the time \"\(quoting: raw)\" is not a number of seconds from 0 to \(RecordingTime.maximumDescription)")
        }
        return seconds
    }
}
