import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// ELAN annotation documents (`.eaf`, EAF 2.x and 3.0), as linguists and oral historians transcribe interviews in ELAN.
public struct ELANImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "elan",
        version: "1.0.0",
        summary: "ELAN annotation document (.eaf, EAF 2.x/3.0): top-level transcription tiers, one speaker each, merged in time order.",
        discussion: """
            A speaker is a tier's PARTICIPANT (else its TIER_ID). Speech is what the top-level, time-aligned tiers \
            hold: dependent tiers (PARENT_REF: translations, glosses, words, parts of speech) and their REF_ANNOTATIONs \
            are left out, and so are top-level tiers that are not transcription: empty ones, ones whose linguistic type \
            takes a controlled vocabulary (gesture or stance coding), ones named as comments, notes, markers, gestures, \
            events or translations, ones holding only numbers, and, where one participant has tiers of several types, \
            those of types fewer participants share than the transcription type. A top-level tier that only segments \
            the time line (empty values or reference numbers, as Toolbox and FLEx exports write) takes its words from \
            the dependent tier that transcribes it one to one (Symbolic_Association, named orth, tx, text or \
            transcription; translations and notes are not). The annotations of every speech tier \
            are merged in time order; consecutive annotations of one speaker are one turn, starting at its first \
            TIME_SLOT (milliseconds; the timeline need not start at 0). A slot without TIME_VALUE takes a time \
            interpolated between its neighbours in TIME_ORDER, and the import report says so. `((0,3s))`, `(laughs)` \
            and `[inaudible]` in an annotation become events. Parsed with the transcript reader's defences: no DTD \
            loaded (a DOCTYPE with an internal subset is refused), no entities, no network.
            """,
        extensions: ["eaf"]
    )

    public static func recognizes(_ file: ImportFile) -> Bool {
        file.head().contains("<ANNOTATION_DOCUMENT")
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let root = try file.xmlRoot(named: "ANNOTATION_DOCUMENT", format: "ELAN")
        let timeline = try ELANTimeline(root, file: file.displayName)
        let selection = ELANTiers(root)
        var document = ImportedDocument(turns: [], findings: selection.findings)
        document.language = selection.language
        // A tier named after its speaker while its PARTICIPANT is a code (`TIER_ID="Kari Nordmann"`, `PARTICIPANT="A"`)
        // names a person the label does not: protected like the label would be. Only a name of two words or more —
        // "Transcription" or "Speech" is a tier's purpose.
        for tier in selection.speech {
            // "Interviewer Ola Hansen": the role is not part of the name.
            var words = (tier.element[attribute: "TIER_ID"] ?? "").trimmedSpace.split(separator: " ")
            while let first = words.first, words.count > 2, SpeakerLabel.role(of: String(first)) != nil { words.removeFirst() }
            let id = words.joined(separator: " ")
            guard id != tier.label, id.split(separator: " ").count >= 2, SpeakerLabel.isPlausible(id), !SpeakerLabel.isRoleOrID(id),
                  !document.declaredSpeakers.contains(where: { $0.name == id }) else { continue }
            document.declaredSpeakers.append(DeclaredSpeaker(label: tier.label, role: nil, name: id))
        }

        struct Spoken {
            var label: String, start: Int, end: Int, tier: Int, order: Int, content: [InlineNode], line: Int
        }
        var spoken: [Spoken] = []
        for (tierIndex, tier) in selection.speech.enumerated() {
            for annotation in tier.element.descendants("ALIGNABLE_ANNOTATION") {
                let value = tier.dependentWords.map { $0[annotation[attribute: "ANNOTATION_ID"] ?? ""] ?? "" } ?? annotation.element("ANNOTATION_VALUE").map(\.text) ?? ""
                let content = Notation.parseDoubleParenthesised(value)
                guard !content.isEmpty else { continue }
                let start = try timeline.slot(annotation, "TIME_SLOT_REF1", file: file.displayName)
                let end = try timeline.slot(annotation, "TIME_SLOT_REF2", file: file.displayName)
                spoken.append(Spoken(label: tier.label, start: start, end: end, tier: tierIndex, order: spoken.count, content: content, line: annotation.line))
            }
        }
        // Time first; where times tie or are missing, the slots' order in TIME_ORDER, then the tiers' order.
        spoken.sort {
            (timeline.seconds[$0.start] ?? 0, $0.start, $0.tier, $0.order) < (timeline.seconds[$1.start] ?? 0, $1.start, $1.tier, $1.order)
        }
        var untimed = Set<Int>()
        for piece in spoken {
            for slot in [piece.start, piece.end] where timeline.declared[slot] == nil && timeline.seconds[slot] != nil { untimed.insert(slot) }
            let start = timeline.seconds[piece.start]
            var end = timeline.seconds[piece.end]
            if let from = start, let to = end, to < from { end = nil }
            if var last = document.turns.last, last.label == piece.label {
                last.content = Notation.joined(last.content, piece.content)
                if let to = end { last.end = max(last.end ?? to, to) }
                document.turns[document.turns.count - 1] = last
            } else {
                document.turns.append(ImportedTurn(label: piece.label, content: piece.content, start: start, end: end, location: "line \(piece.line)"))
            }
        }
        guard !document.turns.isEmpty else {
            let toolbox = selection.referenceTiers > 0 ? " (its top-level tiers only number the utterances, as Toolbox exports do, and no tier depending on them one to one is named as their transcription: orth, tx, text or transcription)" : ""
            throw Diagnostic(file: file.displayName, line: root.line, "no speech: none of the document's \(selection.count) tiers is a top-level transcription tier with words in it" + toolbox)
        }
        if selection.transcribedBelow > 0 {
            document.findings.append(ImportFinding(location: "the whole file", "\(selection.transcribedBelow) top-level tiers only segment the time line (as Toolbox exports do); their words were read from the transcription tier depending on each"))
        }
        if !untimed.isEmpty {
            document.findings.append(ImportFinding(location: "TIME_ORDER", "\(untimed.count) time slots of speech annotations have no TIME_VALUE; their times were interpolated between the neighbouring slots"))
        }
        if !spoken.isEmpty, spoken.allSatisfy({ timeline.seconds[$0.start] == nil }) {
            document.findings.append(ImportFinding(location: "TIME_ORDER", "no time slot has a TIME_VALUE; the turns have no times"))
        }
        return document
    }
}

/// The document's TIME_ORDER: each slot's position, the time it declares, and the time it is given (declared, or
/// interpolated between its neighbours), in seconds.
struct ELANTimeline {
    var index: [String: Int] = [:]
    var declared: [Double?] = []
    var seconds: [Double?] = []

    init(_ root: XMLTreeElement, file: String) throws {
        let units = root.element("HEADER")?[attribute: "TIME_UNITS"] ?? "milliseconds"
        let scale: Double
        switch units {
        case "milliseconds": scale = 0.001
        case "PAL-frames": scale = 1 / 25
        case "NTSC-frames": scale = 1001 / 30000
        default:
            throw Diagnostic(file: file, line: root.element("HEADER")?.line, "TIME_UNITS=\"\(quoting: units)\" is not one ELAN writes (milliseconds, PAL-frames, NTSC-frames)")
        }
        for slot in root.element("TIME_ORDER")?.elements("TIME_SLOT") ?? [] {
            guard let id = slot[attribute: "TIME_SLOT_ID"] else {
                throw Diagnostic(file: file, line: slot.line, "a <TIME_SLOT> has no TIME_SLOT_ID")
            }
            var time: Double?
            if let raw = slot[attribute: "TIME_VALUE"] {
                guard let value = RecordingTime.seconds(raw), value.rounded() == value else {
                    throw Diagnostic(file: file, line: slot.line, "<TIME_SLOT TIME_SLOT_ID=\"\(quoting: id)\"> has TIME_VALUE=\"\(quoting: raw)\", which is not a whole number of \(units)")
                }
                time = value * scale
                guard RecordingTime.isValid(time!) else {
                    throw Diagnostic(file: file, line: slot.line, "<TIME_SLOT TIME_SLOT_ID=\"\(quoting: id)\"> lies \(RecordingTime.describe(time!)) into the recording, beyond the \(RecordingTime.maximumDescription) a time in a recording may be")
                }
            }
            index[id] = declared.count
            declared.append(time)
        }
        seconds = RecordingTime.filled(declared)
    }

    /// The position of the slot `annotation`'s `attribute` names.
    func slot(_ annotation: XMLTreeElement, _ attribute: String, file: String) throws -> Int {
        guard let id = annotation[attribute: attribute] else {
            throw Diagnostic(file: file, line: annotation.line, "an <ALIGNABLE_ANNOTATION> has no \(attribute)")
        }
        guard let position = index[id] else {
            throw Diagnostic(file: file, line: annotation.line, "\(attribute)=\"\(quoting: id)\" names a time slot TIME_ORDER does not declare")
        }
        return position
    }
}
