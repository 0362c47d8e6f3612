import Foundation
import ThematicCore

/// A timed cue of a subtitle file (WebVTT, SRT).
public struct SubtitleCue: Sendable {
    /// The cue's identifier line, if it has one (a number, a Teams GUID).
    public var identifier: String?
    /// When the cue starts and ends, in seconds.
    public var start: Double
    public var end: Double
    /// The cue's payload lines.
    public var lines: [String]
    /// The 1-based line of the cue's timing line.
    public var line: Int
    /// The cue's position in the file (1-based), for messages.
    public var number: Int

    /// Creates a cue.
    public init(identifier: String?, start: Double, end: Double, lines: [String], line: Int, number: Int) {
        self.identifier = identifier
        self.start = start
        self.end = end
        self.lines = lines
        self.line = line
        self.number = number
    }

    var location: String { "cue \(number) (line \(line))" }
}

/// Turns from subtitle cues, the rules WebVTT and SRT share.
///
/// - The speaker of a cue comes from a voice span (`<v Kari Nilsen>…</v>`, Teams), a `Name:` prefix (Zoom), or a
///   diariser's `[SPEAKER_00]:` / `SPEAKER_00:` prefix; a cue without one continues the speaker before it.
/// - Consecutive cues of one speaker merge into one turn, from the first cue's start to the last cue's end.
/// - Formatting tags (`<i>`, `<c.yellow>`, `{\an8}`), inner timestamps and HTML character references are removed;
///   `(laughs)` and `[inaudible]` become events.
/// - A cue that starts before the cue before it is kept in file order and reported, as players show it; a cue that
///   starts before the previous one ends (crosstalk) is kept and reported.
public enum Subtitles {
    /// Reads `cues` of the file named `file`; `knownLabels` are labels the user named (compared lower-cased). With
    /// `speakerForAll`, every cue is that speaker's, a pause of `paragraphPause` seconds or more starting a new turn.
    public static func document(_ cues: [SubtitleCue], file: String, knownLabels: Set<String> = [], speakerForAll: String? = nil) throws -> ImportedDocument {
        var pieces: [(label: String?, text: String, cue: SubtitleCue)] = []
        for cue in cues {
            for piece in split(cue.lines.joined(separator: "\n")) { pieces.append((piece.label, piece.text, cue)) }
        }
        // A `Name:` prefix counts as a speaker when it recurs or is a role or id, so "Note: …" once stays text.
        var counts: [String: Int] = [:]
        let labels = LabelMemo()
        var prefixes = pieces.map { $0.label == nil ? prefixLabel($0.text, labels: labels) : nil }
        acceptHandles(pieces.map(\.text), into: &prefixes)
        let displayNames = acceptDisplayNames(pieces.map { $0.label == nil ? $0.text : "" }, into: &prefixes, labels: labels)
        for (piece, prefix) in zip(pieces, prefixes) {
            if let label = piece.label ?? prefix?.label { counts[labels.key(label), default: 0] += 1 }
        }
        func isSpeaker(_ key: String, _ label: String) -> Bool {
            counts[key, default: 0] >= 2 || labels.isRoleOrID(label) || knownLabels.contains(key) || displayNames.contains(key)
        }
        // A podcast names a speaker in full once (`Bekah Hawrot Weigel: Hello, and welcome …`) and by first name after.
        var written: [String: String] = [:]
        for prefix in prefixes { if let label = prefix?.label, written[labels.key(label)] == nil { written[labels.key(label)] = label } }
        let shortForms = SpeakerLabel.shortForms(of: written.keys).filter { !knownLabels.contains($0.key) && isSpeaker($0.value, written[$0.value]!) }
        var joined: [String: Set<String>] = [:]
        let prefixed = zip(pieces, prefixes).map { piece, prefix -> (label: String?, text: String, cue: SubtitleCue) in
            if let (label, rest) = prefix {
                let key = labels.key(label)
                if let short = shortForms[key] {
                    joined[written[short]!, default: []].insert(labels.split(label).label)
                    return (written[short]!, rest, piece.cue)
                }
                if isSpeaker(key, label) { return (label, rest, piece.cue) }
            }
            return piece
        }

        var document = ImportedDocument(turns: [])
        var previous: SubtitleCue?
        var overlaps: [String] = []
        var earlier: [String] = []
        for cue in cues {
            if let previous {
                if cue.start < previous.start {
                    earlier.append("\(cue.location) starts at \(format(cue.start)), before \(previous.location) at \(format(previous.start))")
                } else if cue.start < previous.end {
                    overlaps.append("\(cue.number)")
                }
            }
            if cue.end < cue.start {
                throw Diagnostic(file: file, line: cue.line, "\(cue.location) ends (\(format(cue.end))) before it starts (\(format(cue.start)))")
            }
            previous = cue
        }
        var unlabelled = 0
        for piece in prefixed {
            let parsed = Notation.parse(cleaned(piece.text))
            guard !parsed.content.isEmpty else { continue }
            if let speakerForAll {
                // One speaker throughout: labels the file wrote are ignored, paragraphs start at pauses.
                if var last = document.turns.last, piece.cue.start - (last.end ?? piece.cue.start) < paragraphPause {
                    last.content = Notation.joined(last.content, parsed.content)
                    last.end = max(last.end ?? piece.cue.end, piece.cue.end)
                    document.turns[document.turns.count - 1] = last
                } else {
                    document.turns.append(ImportedTurn(label: speakerForAll, content: parsed.content, start: piece.cue.start, end: piece.cue.end,
                                                       location: piece.cue.location))
                }
                continue
            }
            var label = piece.label ?? document.turns.last?.label
            if let raw = piece.label {
                let (clean, affiliation) = labels.split(raw)
                label = clean
                if let affiliation, !document.affiliations.contains(affiliation) { document.affiliations.append(affiliation) }
            }
            guard let label else {
                unlabelled += 1
                continue
            }
            if var last = document.turns.last, labels.key(last.label) == labels.key(label) {
                last.content = Notation.joined(last.content, parsed.content)
                last.end = max(last.end ?? piece.cue.end, piece.cue.end)
                document.turns[document.turns.count - 1] = last
            } else {
                document.turns.append(ImportedTurn(label: ImportText.collapsingWhitespace(label), content: parsed.content,
                                                   start: piece.cue.start, end: piece.cue.end, location: piece.cue.location))
            }
        }
        if let speakerForAll {
            document.findings.append(ImportFinding(location: "the whole file", "--speaker-all: every cue is \(speakerForAll)'s, in \(document.turns.count) turns split at pauses of \(Int(paragraphPause)) s or more"))
            // Labels the file gives are set aside, not forgotten: a name among them is protected like any speaker's.
            let ignored = Set(pieces.compactMap(\.label).map { labels.split($0).label } + prefixes.compactMap { $0?.label }).sorted()
            for label in ignored where !labels.isRoleOrID(label) {
                document.declaredSpeakers.append(DeclaredSpeaker(label: label, role: nil, name: label))
            }
            if !ignored.isEmpty {
                document.findings.append(ImportFinding(location: "the whole file", "--speaker-all: the file names \(ignored.count) speaker\(ignored.count == 1 ? "" : "s") in its cues; their labels were set aside and the names among them are protected"))
            }
        }
        for (short, fulls) in joined.sorted(by: { $0.key < $1.key }) {
            // The full name is the person's as much as the short label is: protected too.
            for full in fulls.sorted() { document.declaredSpeakers.append(DeclaredSpeaker(label: short, role: nil, name: full)) }
            document.findings.append(ImportFinding(location: "the whole file", "'\(quoting: fulls.sorted().joined(separator: "', '"))' is '\(quoting: short)' named in full: one speaker (if not, map it with --speaker LABEL=ID)"))
        }
        if unlabelled > 0 {
            document.findings.append(ImportFinding(location: "cues before the first speaker label", "\(unlabelled) cues before any cue names its speaker were left out"))
        }
        if !overlaps.isEmpty {
            document.findings.append(ImportFinding(location: "cues " + overlaps.prefix(20).joined(separator: ", ") + (overlaps.count > 20 ? " …" : ""),
                                                   "\(overlaps.count) cues start before the cue before them ends (overlapping speech); kept in file order"))
        }
        if !earlier.isEmpty {
            // Players show such a cue all the same, and editors leave them when they retime a line by hand.
            document.findings.append(ImportFinding(location: earlier[0].components(separatedBy: " starts")[0],
                                                   "\(earlier.count) cue\(earlier.count == 1 ? "" : "s") start before the cue before them (\(earlier.prefix(3).joined(separator: "; "))\(earlier.count > 3 ? " …" : "")); kept in file order, the order the text was written in"))
        }
        if document.turns.isEmpty, !pieces.isEmpty {
            throw Diagnostic(file: file, "no cue names its speaker (no <v Name> span, `Name:` or [SPEAKER_00] prefix), so turns cannot be told apart; export the subtitles with speaker names or diarisation, or, for a recording with one voice, put every cue in one participant's turns with --speaker-all P01")
        }
        return document
    }

    /// A cue payload split at voice spans: `<v Kari>Hello</v><v Ola>Hi</v>` → two pieces.
    static func split(_ payload: String) -> [(label: String?, text: String)] {
        guard payload.contains("<v") else { return [(nil, payload)] }
        var pieces: [(String?, String)] = []
        var rest = payload[...]
        var label: String?
        var text = ""
        while let open = rest.range(of: "<v") {
            let after = rest[open.upperBound...]
            guard let first = after.first, first == " " || first == "." || first == "\t", let close = after.firstIndex(of: ">") else {
                text += rest[..<open.upperBound]
                rest = after
                continue
            }
            text += rest[..<open.lowerBound]
            if !text.trimmedSpace.isEmpty { pieces.append((label, text)) }
            // `<v.loud Kari Nilsen>`: classes after dots, the name after the first space.
            let annotation = after[after.startIndex..<close]
            let name = annotation.drop(while: { $0 != " " && $0 != "\t" }).trimmedSpace
            label = name.isEmpty ? nil : name
            text = ""
            rest = after[after.index(after: close)...]
        }
        text += rest
        if !text.trimmedSpace.isEmpty { pieces.append((label, text)) }
        return pieces
    }

    /// Zoom prefixes every cue with the speaker's display name, and a display name can be a lower-case handle
    /// (`afaan: …`, `kari85: …`) that no name rule takes for a label. In a file where most cues carry a prefix, a
    /// one-word handle that prefixes at least three cues is that speaker — else every word they said would go to the
    /// speaker before them.
    static func acceptHandles(_ texts: [String], into prefixes: inout [(label: String, rest: String)?]) {
        let handles = texts.map(handlePrefix)
        var counts: [String: Int] = [:]
        for (handle, prefix) in zip(handles, prefixes) where prefix == nil {
            if let handle { counts[handle.label, default: 0] += 1 }
        }
        let recurring = counts.filter { $0.value >= 3 }
        let covered = prefixes.count { $0 != nil } + recurring.values.reduce(0, +)
        guard !recurring.isEmpty, covered * 2 >= texts.count else { return }
        for index in prefixes.indices where prefixes[index] == nil {
            if let handle = handles[index], recurring[handle.label] != nil { prefixes[index] = handle }
        }
    }

    /// `handle: text` where the handle is one word of letters, digits, `.`, `_` or `-` (an account or display name).
    static func handlePrefix(_ text: String) -> (label: String, rest: String)? {
        let body = text.trimmedSpace
        guard let colon = body.firstIndex(of: ":"), colon > body.startIndex else { return nil }
        let handle = body[..<colon]
        let rest = body[body.index(after: colon)...]
        guard handle.count <= 40, handle.first!.isLetter, rest.first?.isWhitespace ?? false,
              handle.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else { return nil }
        return (String(handle), rest.trimmedSpace)
    }

    /// `Name: text`, `[SPEAKER_00]: text`, `[SPEAKER_00] text`, `SPEAKER_00: text`, `- Name: text`.
    static func prefixLabel(_ text: String, labels: LabelMemo = LabelMemo()) -> (label: String, rest: String)? {
        var body = text.trimmedSpace[...]
        if body.hasPrefix("- ") { body = body.dropFirst(2) }
        if body.hasPrefix("["), let close = body.firstIndex(of: "]") {
            let label = body[body.index(after: body.startIndex)..<close].trimmedSpace
            var rest = body[body.index(after: close)...]
            if rest.hasPrefix(":") { rest = rest.dropFirst() }
            if SpeakerLabel.hasNumberedShape(label) || (labels.isPlausible(label) && !Notation.isNote(label)) {
                return (label, rest.trimmedSpace)
            }
            return nil
        }
        guard let colon = body.firstIndex(of: ":") else { return nil }
        let label = body[..<colon].trimmedSpace
        let rest = body[body.index(after: colon)...]
        guard rest.isEmpty || rest.first!.isWhitespace, labels.isPlausible(labels.split(label).label) else { return nil }
        return (label, rest.trimmedSpace)
    }

    /// The payload without formatting tags, inner timestamps, `{\an8}` positioning and character references.
    static func cleaned(_ text: String) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<", let close = text[index...].firstIndex(of: ">") {
                let tag = text[text.index(after: index)..<close]
                if tag.first.map({ $0.isLetter || $0 == "/" || $0.isNumber }) == true {
                    index = text.index(after: close)
                    continue
                }
            }
            if character == "{", text[index...].hasPrefix("{\\"), let close = text[index...].firstIndex(of: "}") {
                index = text.index(after: close)
                continue
            }
            if character == "&", let semicolon = text[index...].prefix(10).firstIndex(of: ";") {
                let name = String(text[text.index(after: index)..<semicolon])
                if let replacement = characterReference(name) {
                    out += replacement
                    index = text.index(after: semicolon)
                    continue
                }
            }
            out.append(character)
            index = text.index(after: index)
        }
        return out.replacingOccurrences(of: "\n", with: " ")
    }

    private static func characterReference(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "nbsp": return " "
        case "quot": return "\""
        case "apos": return "'"
        case "lrm", "rlm": return ""
        default:
            if name.hasPrefix("#x"), let value = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) { return String(Character(scalar)) }
            if name.hasPrefix("#"), let value = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(value) { return String(Character(scalar)) }
            return nil
        }
    }

    /// The pause between cues that starts a new turn when every cue is one speaker's.
    public static let paragraphPause = 2.0

    /// The cues of a subtitle file's `blocks`, read as players read them: a block with no timing line in its first two
    /// lines continues the cue before it (a blank line inside a cue's text), and is counted in `continued`. A
    /// timing line that cannot be read is an error naming that line and the cue's number as the file gives it.
    public static func cues(_ blocks: [(firstLine: Int, lines: [String])], file: String, fractionRequired: Bool,
                            example: String) throws -> (cues: [SubtitleCue], continued: Int) {
        var cues: [SubtitleCue] = []
        var continued = 0
        for (blockStart, block) in blocks {
            // A numbered block is a cue even when its timing line is broken, so the error names that line.
            let numbered = block.count > 1 && (block[1].contains("-->") || block[0].trimmedSpace.allSatisfy(\.isASCIIDigit))
            let timingOffset = block[0].contains("-->") ? 0 : (numbered ? 1 : nil)
            guard let timingOffset else {
                guard !cues.isEmpty else {
                    throw Diagnostic(file: file, line: blockStart + 1, "expected the first cue: a timing line such as '\(example)'")
                }
                cues[cues.count - 1].lines += block
                continued += 1
                continue
            }
            let identifier = timingOffset == 1 ? block[0].trimmedSpace : nil
            guard let (start, end) = timing(block[timingOffset], fractionRequired: fractionRequired) else {
                let name = identifier.map { "cue '\($0)'" } ?? "the cue after cue \(cues.count)"
                throw Diagnostic(file: file, line: blockStart + timingOffset + 1, "\(name) has a timing line that cannot be read (expected '\(example)')")
            }
            cues.append(SubtitleCue(identifier: identifier, start: start, end: end, lines: Array(block[(timingOffset + 1)...]),
                                    line: blockStart + timingOffset + 1, number: cues.count + 1))
        }
        return (cues, continued)
    }

    /// The finding for text blocks read as the rest of the cue before them.
    public static func continuationFinding(_ count: Int) -> ImportFinding? {
        count == 0 ? nil : ImportFinding(location: "the whole file", "\(count) blank line\(count == 1 ? "" : "s") inside cue text: the text after \(count == 1 ? "it was" : "each was") kept in the cue before it")
    }

    /// The blocks of a subtitle file: runs of non-blank lines, each with the 0-based index of its first line, from
    /// `lines[from...]`.
    public static func blocks(_ lines: [String], from start: Int = 0) -> [(firstLine: Int, lines: [String])] {
        var blocks: [(Int, [String])] = []
        var index = start
        while index < lines.count {
            while index < lines.count, ImportText.isBlank(lines[index]) { index += 1 }
            guard index < lines.count else { break }
            let first = index
            var block: [String] = []
            while index < lines.count, !ImportText.isBlank(lines[index]) {
                block.append(lines[index])
                index += 1
            }
            blocks.append((first, block))
        }
        return blocks
    }

    /// A cue timing line, `00:01:02.500 --> 00:01:04.000 align:start` → (62.5, 64), settings after the end time
    /// ignored; with `fractionRequired` (WebVTT) both times need their milliseconds.
    public static func timing(_ line: String, fractionRequired: Bool = false) -> (start: Double, end: Double)? {
        // Bytes, not Foundation's search: every cue has a timing line.
        let bytes = Array(line.utf8)
        var arrows: [Int] = []
        for index in bytes.indices.dropLast(2) where bytes[index] == 0x2D && bytes[index + 1] == 0x2D && bytes[index + 2] == 0x3E {
            arrows.append(index)
        }
        guard arrows.count == 1 else { return nil }
        let startText = String(decoding: bytes[..<arrows[0]], as: UTF8.self).trimmedSpace
        let endText = String(decoding: bytes[(arrows[0] + 3)...], as: UTF8.self).trimmedSpace.prefix { $0 != " " && $0 != "\t" }
        if fractionRequired, !(startText.contains(".") && endText.contains(".")) { return nil }
        guard let start = Timestamp.seconds(startText) ?? unpaddedSeconds(startText), let end = Timestamp.seconds(endText) ?? unpaddedSeconds(String(endText)) else { return nil }
        return (start, end)
    }

    /// Teams' captions of 2020 wrote times without padding (`0:4:6.530`, `0:0:42.80`), the fraction a count of
    /// milliseconds — `0:4:6.80 --> 0:4:6.530` is a cue of 450 ms only so. Read only where a minute or second has
    /// one digit, which no padded time has.
    public static func unpaddedSeconds(_ text: String) -> Double? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2 else { return nil }
        let parts = pieces[0].split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
              parts.dropFirst().contains(where: { $0.count == 1 }) else { return nil }
        let numbers = parts.map { Double($0)! }
        guard numbers[1] < 60, numbers[2] < 60 else { return nil }
        var milliseconds = 0.0
        if pieces.count == 2 {
            guard (1...3).contains(pieces[1].count), pieces[1].allSatisfy(\.isASCIIDigit) else { return nil }
            milliseconds = Double(pieces[1])!
        }
        return numbers[0] * 3600 + numbers[1] * 60 + numbers[2] + milliseconds / 1000
    }

    static func format(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        return String(format: "%02d:%02d:%02d.%03d", milliseconds / 3_600_000, milliseconds / 60_000 % 60, milliseconds / 1000 % 60, milliseconds % 1000)
    }
}

/// The label decisions of one file, made once per distinct label: a subtitle file repeats a handful of labels over
/// thousands of cues, and the decisions cost more than the rest of reading a cue.
final class LabelMemo {
    private var keys: [String: String] = [:]
    private var plausible: [String: Bool] = [:]
    private var roles: [String: Bool] = [:]
    private var splits: [String: (String, String?)] = [:]

    /// The normalised form of the label without its bracketed note: what two labels of one speaker share.
    func key(_ label: String) -> String {
        if let known = keys[label] { return known }
        let key = SpeakerLabel.normalized(split(label).label)
        keys[label] = key
        return key
    }

    func isPlausible(_ label: String) -> Bool {
        if let known = plausible[label] { return known }
        let value = SpeakerLabel.isPlausible(label)
        plausible[label] = value
        return value
    }

    func isRoleOrID(_ label: String) -> Bool {
        if let known = roles[label] { return known }
        let value = SpeakerLabel.isRoleOrID(label)
        roles[label] = value
        return value
    }

    func split(_ label: String) -> (label: String, affiliation: String?) {
        if let known = splits[label] { return known }
        let value = SpeakerLabel.split(label)
        splits[label] = value
        return value
    }
}
