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
            A tier's events that follow each other on the timeline are joined, and these stretches are read in the \
            order of the common timeline; a turn changes when the speaker does, and starts at the time of its first event's timeline item (seconds). Items without a time \
            take one interpolated between their neighbours, and the import report says so. `((laughs))` and \
            `(inaudible)` in the text become events. Parsed with the transcript reader's defences: no DTD \
            loaded (a DOCTYPE with an internal subset is refused), no entities, no network.
            """,
        extensions: ["exb"]
    )

    public static func recognizes(_ file: ImportFile) -> Bool {
        file.head().contains("<basic-transcription")
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let name = file.displayName
        let root = try file.xmlRoot(named: "basic-transcription", format: "EXMARaLDA")
        guard let body = root.element("basic-body") else {
            throw Diagnostic(file: name, line: root.line, "the basic transcription has no <basic-body>")
        }
        var labels: [String: String] = [:]
        var names: [String: String] = [:]
        for speaker in root.element("head")?.element("speakertable")?.elements("speaker") ?? [] {
            guard let id = speaker[attribute: "id"] else { continue }
            let abbreviation = ImportText.collapsingWhitespace(speaker.element("abbreviation")?.text ?? "")
            labels[id] = abbreviation.isEmpty ? id : abbreviation
            // Corpora keep the speaker's name among the user-defined attributes; it is protected like a label.
            var parts: [String: String] = [:]
            for field in speaker.element("ud-speaker-information")?.elements("ud-information") ?? [] {
                parts[(field[attribute: "attribute-name"] ?? "").lowercased()] = ImportText.collapsingWhitespace(field.text)
            }
            let name = [parts["first-name"] ?? parts["firstname"], parts["name"] ?? parts["surname"] ?? parts["last-name"]]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            if !name.isEmpty { names[id] = name }
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

        // A tier's events that follow each other on the timeline are one stretch of talk, cut at timeline items only
        // to line it up with others' talk ("so I " + "went"): joined raw, with their own spaces, before turns are
        // formed, so another speaker's short overlap does not split it.
        struct Stretch {
            var label: String?, start: Int, end: Int, tier: Int, text: String, line: Int
            /// A stretch that continues one another speaker cut: it follows whoever starts at the same point.
            var continued = false
        }
        var stretches: [Stretch] = []
        var annotationTiers = 0
        // Where each speaker's events start on the timeline: another speaker starting inside a stretch, where the
        // stretch is between words, ends it there, so the turns follow the talk in time (a host's question, a guest's
        // interjection, the question's end) rather than one speaker's whole stretch first.
        var speechStarts: [(position: Int, tier: Int)] = []
        for tierIndex in verbal {
            for event in tiers[tierIndex].elements("event") {
                if let id = event[attribute: "start"], let index = position[id] { speechStarts.append((index, tierIndex)) }
            }
        }
        speechStarts.sort { ($0.position, $0.tier) < ($1.position, $1.tier) }
        func anotherSpeakerStarts(after start: Int, upTo end: Int, besides tier: Int) -> Bool {
            var low = 0, high = speechStarts.count
            while low < high {
                let middle = (low + high) / 2
                if speechStarts[middle].position <= start { low = middle + 1 } else { high = middle }
            }
            while low < speechStarts.count, speechStarts[low].position <= end {
                if speechStarts[low].tier != tier { return true }
                low += 1
            }
            return false
        }
        for (tierIndex, tier) in tiers.enumerated() {
            let kind = tier[attribute: "type"] ?? ""
            let isVerbal = verbal.contains(tierIndex)
            guard isVerbal || kind == "d" else {
                if kind == "a" || kind == "t" { annotationTiers += 1 }
                continue
            }
            let label = isVerbal ? tier[attribute: "speaker"].map { labels[$0] ?? $0 } : nil
            let events = try tier.elements("event").map { event in
                func point(_ attribute: String) throws -> Int {
                    guard let id = event[attribute: attribute], let index = position[id] else {
                        throw Diagnostic(file: name, line: event.line, "the event's \(attribute)=\"\(quoting: event[attribute: attribute] ?? "")\" is not an item of the common timeline")
                    }
                    return index
                }
                return Stretch(label: label, start: try point("start"), end: try point("end"), tier: tierIndex, text: event.text, line: event.line)
            }.enumerated().sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
            // HIAT and GAT editors cut a speaker's text at timeline items and keep its own spaces in the events
            // ("so I " + "went", "Wahl" + "rechtsänderung"). A tier whose events seldom start or end with a space
            // does not: its events are utterances or tokens (converted from ELAN or CHAT, or corpus tools), and
            // joined raw their words ran together ("dann" + "konkret in" as "dannkonkret in").
            let spaced = events.filter { $0.text.first?.isWhitespace == true || $0.text.last?.isWhitespace == true }.count
            let separator = events.count > 1 && spaced * 5 < events.count ? " " : ""
            for var event in events {
                guard isVerbal, let last = stretches.last, last.tier == tierIndex, last.end == event.start else {
                    stretches.append(event)
                    continue
                }
                let betweenWords = separator == " " || last.text.last?.isWhitespace == true || event.text.first?.isWhitespace == true
                // Cut inside a word ("rechtsä" | "nderung", where another speaker starts): the stretch ends before
                // the word, which goes whole to the next one.
                let wordStart = betweenWords ? nil : last.text.lastIndex(where: \.isWhitespace)
                if anotherSpeakerStarts(after: last.start, upTo: event.start, besides: tierIndex), betweenWords || wordStart != nil {
                    if let wordStart {
                        event.text = String(last.text[last.text.index(after: wordStart)...]) + event.text
                        stretches[stretches.count - 1].text = String(last.text[...wordStart])
                    }
                    event.continued = true
                    stretches.append(event)
                } else {
                    stretches[stretches.count - 1].text += separator + event.text
                    stretches[stretches.count - 1].end = event.end
                }
            }
        }
        stretches = stretches.enumerated().sorted {
            ($0.element.start, $0.element.continued ? 1 : 0, $0.element.tier, $0.offset) < ($1.element.start, $1.element.continued ? 1 : 0, $1.element.tier, $1.offset)
        }.map(\.element)

        // A "speaker" whose verbal tier holds only notation (GAT's STRUCT tier of pauses, `((0.6))`) says nothing: its
        // events join the turn under way, like descriptions.
        var speaksWords = Set<String>()
        for stretch in stretches {
            guard let label = stretch.label, !speaksWords.contains(label) else { continue }
            if Notation.parseDoubleParenthesised(stretch.text).contains(where: { if case .text(let text) = $0 { !text.trimmedSpace.isEmpty } else { false } }) {
                speaksWords.insert(label)
            }
        }
        let speaking = Set(verbal.compactMap { tiers[$0][attribute: "speaker"] }.filter { speaksWords.contains(labels[$0] ?? $0) })
        document.declaredSpeakers = speaking.sorted().compactMap { id in names[id].map { DeclaredSpeaker(label: labels[id] ?? id, role: nil, name: $0) } }

        var strayDescriptions = 0
        var untimed = Set<Int>()
        for stretch in stretches {
            guard let label = stretch.label else {
                let description = ImportText.collapsingWhitespace(stretch.text).trimmingCharacters(in: CharacterSet(charactersIn: "()[] "))
                guard !description.isEmpty else { continue }
                guard !document.turns.isEmpty else { strayDescriptions += 1; continue }
                let event = InlineNode.element(InlineElement(name: InlineElement.eventName, children: [.text(description)]))
                document.turns[document.turns.count - 1].content = Notation.joined(document.turns[document.turns.count - 1].content, [event])
                continue
            }
            let content = Notation.parseDoubleParenthesised(stretch.text)
            guard !content.isEmpty else { continue }
            guard speaksWords.contains(label) else {
                // Notation of a wordless tier: its events go into the turn under way.
                let events = content.filter { if case .element = $0 { true } else { false } }
                if !events.isEmpty, !document.turns.isEmpty {
                    document.turns[document.turns.count - 1].content = Notation.joined(document.turns[document.turns.count - 1].content, events)
                }
                continue
            }
            for point in [stretch.start, stretch.end] where declared[point] == nil && seconds[point] != nil { untimed.insert(point) }
            let end = seconds[stretch.end].flatMap { end in (seconds[stretch.start] ?? 0) <= end ? end : nil }
            if var last = document.turns.last, last.label == label {
                last.content = Notation.joined(last.content, content)
                if let end { last.end = max(last.end ?? end, end) }
                document.turns[document.turns.count - 1] = last
            } else {
                document.turns.append(ImportedTurn(label: label, content: content, start: seconds[stretch.start], end: end, location: "line \(stretch.line)"))
            }
        }

        guard !document.turns.isEmpty else {
            throw Diagnostic(file: name, line: body.line, "no speech: no speaker of the speakertable has a verbal tier (type=\"t\", category=\"v\") with words in it")
        }
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
