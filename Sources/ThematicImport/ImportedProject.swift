import Foundation
import ThematicCore

/// What an importer of a project format (REFI-QDA) reads: many transcripts with their coding, the code tree, the
/// cases, notes and sets of an interactive tool's project.
public struct ImportedProject: Sendable {
    /// A transcript of the project: its text as the project holds it, so selections keep their offsets.
    public struct Source: Sendable {
        /// The source's name in the project.
        public var name: String
        /// The plain text the selections count code points into (without a byte-order mark, line endings `\n`).
        public var text: String
        /// The label of the case the source belongs to, for turns the text does not label.
        public var caseLabel: String?
        /// Coded stretches, in code points of `text` (end exclusive).
        public var selections: [Selection]
        /// What the user declared the source to be (an importer option); nil to decide by the evidence
        /// (`SourceKindRule`).
        public var kind: SourceKind?

        public init(name: String, text: String, caseLabel: String? = nil, selections: [Selection] = [], kind: SourceKind? = nil) {
            self.name = name
            self.text = text
            self.caseLabel = caseLabel
            self.selections = selections
            self.kind = kind
        }
    }

    /// One code applied by one coder to a stretch of a source.
    public struct Selection: Sendable {
        public var start: Int
        public var end: Int
        /// The code's GUID (normalised: lower case, no braces).
        public var code: String
        /// The coder's name.
        public var coder: String

        public init(start: Int, end: Int, code: String, coder: String) {
            self.start = start
            self.end = end
            self.code = code
            self.coder = coder
        }
    }

    /// A code of the code tree.
    public struct Code: Sendable {
        public var guid: String
        public var name: String
        public var description: String
        public var isCodable: Bool
        /// `#RRGGBB`, when the tool gave one.
        public var color: String?
        public var children: [Code]

        public init(guid: String, name: String, description: String = "", isCodable: Bool = true, color: String? = nil, children: [Code] = []) {
            self.guid = guid
            self.name = name
            self.description = description
            self.isCodable = isCodable
            self.color = color
            self.children = children
        }
    }

    /// A case (a participant in Thematic) and its variables.
    public struct Case: Sendable {
        public var name: String
        public var attributes: [String: String]
        /// The names of the sources that belong to it.
        public var sources: [String]

        public init(name: String, attributes: [String: String], sources: [String]) {
            self.name = name
            self.attributes = attributes
            self.sources = sources
        }
    }

    /// A note (memo) with what the project attaches it to.
    public struct Note: Sendable {
        public var name: String
        public var text: String
        /// The GUIDs of the codes whose `NoteRef` names it.
        public var codes: [String]
        /// The names of the sources whose own `NoteRef` names it.
        public var sources: [String]
        /// The selections whose `NoteRef` names it: the source's name and the stretch in code points (end exclusive).
        public var selections: [(source: String, start: Int, end: Int)]
        /// The note is a selection's own `Description` (how ATLAS.ti writes a comment on a quotation), not a `Note`.
        public var isSelectionComment: Bool

        public init(name: String, text: String, codes: [String] = [], sources: [String] = [], selections: [(source: String, start: Int, end: Int)] = [],
                    isSelectionComment: Bool = false) {
            self.name = name
            self.text = text
            self.codes = codes
            self.sources = sources
            self.selections = selections
            self.isSelectionComment = isSelectionComment
        }
    }

    /// A set: a named grouping of codes and sources.
    public struct Grouping: Sendable {
        public var name: String
        public var description: String
        /// The GUIDs of its member codes.
        public var codes: [String]
        /// The names of its member sources (only sources that were read: a set of PDFs keeps its name, not them).
        public var sources: [String]

        public init(name: String, description: String = "", codes: [String] = [], sources: [String] = []) {
            self.name = name
            self.description = description
            self.codes = codes
            self.sources = sources
        }
    }

    /// The project's name.
    public var name: String
    public var sources: [Source]
    public var codes: [Code]
    public var cases: [Case]
    public var notes: [Note]
    /// Sets, in the project's order.
    public var sets: [Grouping]
    /// Codings on stretches that cannot be imported, by reason (a picture source, a source whose text is missing).
    public var droppedCodings: [String: Int]
    /// Sources not imported, by kind (`PDFSource`, `AudioSource` …).
    public var droppedSources: [String: Int]
    /// What the project violates or what was adjusted, with where.
    public var findings: [ImportFinding]

    public init(name: String, sources: [Source] = [], codes: [Code] = [], cases: [Case] = [], notes: [Note] = [], sets: [Grouping] = [],
                droppedCodings: [String: Int] = [:], droppedSources: [String: Int] = [:], findings: [ImportFinding] = []) {
        self.name = name
        self.sources = sources
        self.codes = codes
        self.cases = cases
        self.notes = notes
        self.sets = sets
        self.droppedCodings = droppedCodings
        self.droppedSources = droppedSources
        self.findings = findings
    }

    /// Every code of the tree, depth first.
    public var allCodes: [Code] {
        var out: [Code] = []
        func walk(_ codes: [Code]) { for code in codes { out.append(code); walk(code.children) } }
        walk(codes)
        return out
    }
}

/// A project source split into turns with the offsets of every turn's text in the source, so a selection in the
/// source becomes segments of turns.
public struct SourceTurns: Sendable {
    /// One turn: its label, its text (verbatim), and where that text starts in the source, in code points.
    public struct Piece: Sendable {
        public var label: String
        public var text: String
        public var sourceStart: Int
        public var line: Int
    }

    public var pieces: [Piece]
    /// Which rule found the speakers, for the import report.
    public var rule: String

    init(pieces: [Piece], rule: String) {
        self.pieces = pieces
        self.rule = rule
    }

    /// Splits `text` into one turn per non-blank line: a line that opens with a speaker label (the text importers'
    /// rules) is that speaker's; a label alone on its line with a time (`Kari Nilsen  00:12`, as Otter writes) makes
    /// the lines after it that speaker's; a line without a label continues the speaker before it, or is
    /// `fallbackLabel`'s (the case the source belongs to) when no label came before.
    public init(_ text: String, fallbackLabel: String, knownLabels: Set<String>) {
        let lines = ImportText.lines(text)
        var offset = 0
        var candidates: [(LabelledTranscript.Labelled?, Substring, Int)] = []
        for line in lines {
            let paragraph = TextParagraph(text: String(line), location: "")
            candidates.append((LabelledTranscript.candidate(paragraph, knownLabels: knownLabels), line, offset))
            offset += line.unicodeScalars.count + 1
        }
        var counts: [String: Int] = [:]
        for case let (labelled?, _, _) in candidates { counts[labelled.key, default: 0] += 1 }
        // Label lines with a time are the layout itself once there are two: a speaker heard once is still a speaker.
        let labelLines = candidates.filter { $0.0.map { $0.time != nil && $0.rest.trimmedSpace.isEmpty } ?? false }.count
        var pieces: [Piece] = []
        var speaker: String?
        var inline = 0, onTheirOwnLine = 0
        for (index, (labelled, line, start)) in candidates.enumerated() {
            let scalars = line.unicodeScalars
            guard let first = scalars.firstIndex(where: { !ImportText.isSpace($0) }) else { continue }
            let last = scalars.lastIndex { !ImportText.isSpace($0) }!
            if let labelled, !labelled.bare || SpeakerLabel.isRoleOrID(labelled.label) || labelled.label.split(separator: " ").count >= 2,
               counts[labelled.key, default: 0] >= 2 || SpeakerLabel.isRoleOrID(labelled.label) || knownLabels.contains(labelled.key)
                || labelLines >= 2 && labelled.time != nil && labelled.rest.trimmedSpace.isEmpty {
                speaker = labelled.label
                // The turn's text is the line after its label: find where the rest begins.
                let restScalars = labelled.rest.unicodeScalars
                let trimmedRest = restScalars.drop { ImportText.isSpace($0) }
                let restText = String(String.UnicodeScalarView(trimmedRest)).trimmedSpace
                guard !restText.isEmpty else {
                    onTheirOwnLine += 1
                    continue
                }
                inline += 1
                let restStart = scalars.count - restScalars.count + (restScalars.count - trimmedRest.count)
                pieces.append(Piece(label: labelled.label, text: restText, sourceStart: start + restStart, line: index + 1))
            } else {
                let firstOffset = scalars.distance(from: scalars.startIndex, to: first)
                pieces.append(Piece(label: speaker ?? fallbackLabel, text: String(line[first...last]), sourceStart: start + firstOffset, line: index + 1))
            }
        }
        self.pieces = pieces
        switch (inline, onTheirOwnLine) {
        case (0, 0): rule = "no speaker labels: every line is \(fallbackLabel)'s"
        case (_, 0): rule = "speakers from labels opening lines ('Name: words'), \(inline) turns"
        case (0, _): rule = "speakers from label lines with a time ('Name  00:12', the words below), \(onTheirOwnLine) turns"
        default: rule = "speakers from labels opening lines and label lines with a time, \(inline + onTheirOwnLine) turns"
        }
    }

    /// The turn segments a selection `[start, end)` of the source covers: (turn index, start, end) in code points of
    /// each turn's text; a selection across turns gives one segment per turn.
    public func segments(start: Int, end: Int) -> [(turn: Int, start: Int, end: Int)] {
        var result: [(Int, Int, Int)] = []
        for (index, piece) in pieces.enumerated() {
            let length = piece.text.unicodeScalars.count
            let from = max(start, piece.sourceStart), to = min(end, piece.sourceStart + length)
            if from < to { result.append((index, from - piece.sourceStart, to - piece.sourceStart)) }
        }
        return result
    }
}
