import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// EXMARaLDA Basic Transcriptions (`.exb`), the partitur editor's format in conversation analysis and corpus projects.
public struct EXMARaLDAImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "exmaralda",
        version: "1.0.0",
        summary: "EXMARaLDA Basic Transcription (.exb): the speakers' verbal tiers on the common timeline, merged into turns.",
        discussion: """
            Speakers come from the speakertable, under their abbreviation (else their id). A speaker's verbal \
            transcription tier (type="t", category="v"; without one, the speaker's first type="t" tier) is speech; \
            annotation tiers (type="a": translations, tags) are left out, description tiers (type="d": non-verbal \
            behaviour, noises) become events in the turn under way, and a speaker with no verbal tier is no speaker. \
            The events of all verbal tiers are read in the order of the common timeline; a turn changes when the \
            speaker does, and starts at the time of its first event's timeline item (seconds). Items without a time \
            take one interpolated between their neighbours, and the import report says so. `((laughs))` and \
            `(inaudible)` in the text become events. Parsed with the transcript reader's defences: no DTD, no \
            entities, no network.
            """,
        extensions: ["exb"]
    )

    public static func recognizes(_ file: ImportFile) -> Bool {
        file.head().contains("<basic-transcription")
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let name = file.displayName
        let root = try XMLTree.parse(file.data, name: name)
        guard root.name == "basic-transcription" else {
            throw Diagnostic(file: name, line: root.line, "the root element is <\(root.name)>, not EXMARaLDA's <basic-transcription>")
        }
        guard let body = root.element("basic-body") else {
            throw Diagnostic(file: name, line: root.line, "the basic transcription has no <basic-body>")
        }
        var labels: [String: String] = [:]
        for speaker in root.element("head")?.element("speakertable")?.elements("speaker") ?? [] {
            guard let id = speaker[attribute: "id"] else { continue }
            let abbreviation = ImportText.collapsingWhitespace(speaker.element("abbreviation")?.text ?? "")
            labels[id] = abbreviation.isEmpty ? id : abbreviation
        }
        var position: [String: Int] = [:]
        var declared: [Double?] = []
        for item in body.element("common-timeline")?.elements("tli") ?? [] {
            guard let id = item[attribute: "id"] else { throw Diagnostic(file: name, line: item.line, "a <tli> has no id") }
            var time: Double?
            if let raw = item[attribute: "time"] {
                guard let seconds = RecordingTime.seconds(raw), RecordingTime.isValid(seconds) else {
                    throw Diagnostic(file: name, line: item.line, "<tli id=\"\(quoting: id)\"> has time=\"\(quoting: raw)\", which is not a number of seconds from 0 to \(RecordingTime.maximumDescription)")
                }
                time = seconds
            }
            position[id] = declared.count
            declared.append(time)
        }
        let seconds = RecordingTime.filled(declared)
        let tiers = body.elements("tier")
        let verbal = Self.verbalTiers(tiers)
        var document = ImportedDocument(turns: [])

        struct Piece {
            var label: String?, start: Int, end: Int, tier: Int, order: Int, text: String, line: Int
        }
        var pieces: [Piece] = []
        var annotationTiers = 0
        for (tierIndex, tier) in tiers.enumerated() {
            let kind = tier[attribute: "type"] ?? ""
            let isVerbal = verbal.contains(tierIndex)
            guard isVerbal || kind == "d" else {
                if kind == "a" || kind == "t" { annotationTiers += 1 }
                continue
            }
            for event in tier.elements("event") {
                func point(_ attribute: String) throws -> Int {
                    guard let id = event[attribute: attribute], let index = position[id] else {
                        throw Diagnostic(file: name, line: event.line, "the event's \(attribute)=\"\(quoting: event[attribute: attribute] ?? "")\" is not an item of the common timeline")
                    }
                    return index
                }
                let label = isVerbal ? tier[attribute: "speaker"].map { labels[$0] ?? $0 } : nil
                pieces.append(Piece(label: label, start: try point("start"), end: try point("end"), tier: tierIndex, order: pieces.count, text: event.text, line: event.line))
            }
        }
        pieces.sort { ($0.start, $0.tier, $0.order) < ($1.start, $1.tier, $1.order) }

        // A turn's text is gathered raw, since EXMARaLDA cuts words at timeline items and keeps their spaces in the
        // events ("so I " + "went"); notation and white space are read once the turn is whole.
        var texts: [[InlineNode]] = []
        var pending = ""
        var lastEnd: [Int: Int] = [:]
        var strayDescriptions = 0
        var untimed = Set<Int>()
        func flush() {
            guard !pending.isEmpty, !document.turns.isEmpty else { return }
            texts[texts.count - 1] = Notation.joined(texts[texts.count - 1], Notation.parseDoubleParenthesised(pending))
            pending = ""
        }
        for piece in pieces {
            guard let label = piece.label else {
                let description = ImportText.collapsingWhitespace(piece.text).trimmingCharacters(in: CharacterSet(charactersIn: "()[] "))
                guard !description.isEmpty else { continue }
                guard !document.turns.isEmpty else { strayDescriptions += 1; continue }
                flush()
                texts[texts.count - 1] = Notation.joined(texts[texts.count - 1], [.element(InlineElement(name: InlineElement.eventName, children: [.text(description)]))])
                continue
            }
            for point in [piece.start, piece.end] where declared[point] == nil && seconds[point] != nil { untimed.insert(point) }
            let end = seconds[piece.end].flatMap { end in (seconds[piece.start] ?? 0) <= end ? end : nil }
            if let last = document.turns.last, last.label == label {
                // Pieces that follow each other on one tier continue the same words; others are apart.
                if lastEnd[piece.tier] != piece.start, !pending.isEmpty { pending += " " }
                pending += piece.text
                if let end { document.turns[document.turns.count - 1].end = max(last.end ?? end, end) }
            } else {
                guard !ImportText.collapsingWhitespace(piece.text).isEmpty else { continue }
                flush()
                document.turns.append(ImportedTurn(label: label, content: [], start: seconds[piece.start], end: end, location: "line \(piece.line)"))
                texts.append([])
                pending = piece.text
            }
            lastEnd[piece.tier] = piece.end
        }
        flush()
        for index in document.turns.indices { document.turns[index].content = texts[index] }
        document.turns.removeAll { $0.content.isEmpty }

        if !untimed.isEmpty {
            document.findings.append(ImportFinding(location: "common-timeline", "\(untimed.count) timeline items of speech have no time; their times were interpolated between the neighbouring items"))
        }
        if annotationTiers > 0 {
            document.findings.append(ImportFinding(location: "basic-body", "\(annotationTiers) annotation tiers (translations, tags, a speaker's further transcription tiers) left out: not speech"))
        }
        if strayDescriptions > 0 {
            document.findings.append(ImportFinding(location: "basic-body", "\(strayDescriptions) descriptions before the first turn left out"))
        }
        return document
    }

    /// The positions of the tiers that are a speaker's talk: per speaker, the verbal transcription tiers
    /// (type t, category v), else the speaker's first transcription tier; tiers without a speaker are nobody's talk.
    static func verbalTiers(_ tiers: [XMLTreeElement]) -> Set<Int> {
        var bySpeaker: [String: [Int]] = [:]
        for (index, tier) in tiers.enumerated() where tier[attribute: "type"] == "t" {
            guard let speaker = tier[attribute: "speaker"], !speaker.isEmpty else { continue }
            bySpeaker[speaker, default: []].append(index)
        }
        var verbal = Set<Int>()
        for indices in bySpeaker.values {
            let v = indices.filter { tiers[$0][attribute: "category"]?.lowercased() == "v" }
            verbal.formUnion(v.isEmpty ? [indices[0]] : v)
        }
        return verbal
    }
}
