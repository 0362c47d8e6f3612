import Foundation
import ThematicCore
import ThematicImport
import ThematicIO

/// Transcripts published as tables (CSV, TSV): a header row, then one row per turn or paragraph, as oral-history
/// sites built with CollectionBuilder publish them (`speaker,words`; `speaker,timestamp,words,tags`).
public struct CSVImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "csv",
        version: "1.0.0",
        summary: "Transcript tables in CSV or TSV: a header naming a speaker column and a text column (speaker,words; speaker,timestamp,words,tags), one row per turn.",
        discussion: """
            A file is a transcript table when its header row names a speaker column ('speaker', 'name', 'Taler', \
            'Navn' …) and a text column ('words', 'text', 'transcript', 'utterance', 'content', 'Tekst' …); a 'timestamp', \
            'time' or 'start' column gives each turn's start ('0:28', '1:02:03', seconds), an 'end' column its end. Fields \
            are RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks; CRLF or LF; the delimiter \
            is the one the header uses (comma, tab or semicolon). The speaker column's values are labels like any \
            transcript's ('Interviewer', 'Speaker 3', names); a surname alone that is the last word of one full name used \
            earlier ('Gray' after 'Jon Gray') is that speaker. A row with words but no speaker continues the turn before \
            it, consecutive rows of one speaker are one turn, and empty rows are skipped. Vendor tags in the words \
            ('<affirmative>') become events, and U+201A written for a comma after a word ('City‚ Missouri') is a comma. Other columns (tags) are left \
            out and reported. A row with more fields than the header, or a time that is not one, is an error naming its \
            line; a table without speaker and text columns (a coding table, a participants list) is not a transcript.
            """,
        extensions: ["csv", "tsv"]
    )

    /// Header names of the speaker column (normalised: lower case, `_`/`-` as spaces).
    static let speakerColumns: Set<String> = [
        "speaker", "speakers", "speaker name", "speaker label", "speaker id", "name", "who", "person", "voice",
        "interviewer/interviewee", "interviewee/interviewer", "role", "spk",
        "taler", "talar", "navn", "namn", "person", "sprecher", "locuteur", "hablante", "orador", "spreker", "puhuja",
    ]
    /// Header names of the text column.
    static let textColumns: Set<String> = [
        "words", "text", "transcript", "transcription", "utterance", "content", "speech", "said", "dialogue", "dialog",
        "tekst", "ytring", "yttrande", "text content", "texto", "texte", "inhalt",
    ]
    /// Header names of the start-time column.
    static let startColumns: Set<String> = ["timestamp", "time", "start", "start time", "begin", "time start", "starttime", "tid", "starttid", "start (s)"]
    /// Header names of the end-time column.
    static let endColumns: Set<String> = ["end", "end time", "stop", "time end", "endtime", "slutt", "sluttid", "end (s)"]

    /// The columns of a transcript table, found in its header.
    struct Columns {
        var speaker: Int
        var text: Int
        var start: Int?
        var end: Int?
        var others: [String]
    }

    static func key(_ name: String) -> String {
        ImportText.collapsingWhitespace(name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")).lowercased()
    }

    /// The transcript columns of `header`, or nil when it is not a transcript table's header.
    static func columns(_ header: [String]) -> Columns? {
        let keys = header.map { key($0) }
        guard keys.count >= 2, keys.allSatisfy({ $0.count <= 40 }),
              let speaker = keys.firstIndex(where: speakerColumns.contains),
              let text = keys.firstIndex(where: textColumns.contains) else { return nil }
        let start = keys.firstIndex(where: startColumns.contains)
        let end = keys.firstIndex(where: endColumns.contains)
        let used = Set([speaker, text] + [start, end].compactMap { $0 })
        let others = header.indices.filter { !used.contains($0) && !keys[$0].isEmpty }.map { header[$0] }
        return Columns(speaker: speaker, text: text, start: start, end: end, others: others)
    }

    /// The delimiter the header line uses: the most frequent of tab, comma and semicolon outside quotes.
    static func delimiter(_ headerLine: Substring, fileExtension: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = ["\t": 0, ",": 0, ";": 0]
        var quoted = false
        for scalar in headerLine.unicodeScalars {
            if scalar == "\"" { quoted.toggle() } else if !quoted, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let best = counts.max { ($0.value, $0.key == "," ? 1 : 0) < ($1.value, $1.key == "," ? 1 : 0) }!
        if best.value == 0 { return fileExtension == "tsv" ? "\t" : "," }
        return best.key
    }

    /// The header row of `text`: its first non-blank line (a header holds no line breaks).
    static func headerLine(_ text: String) -> Substring? {
        let text = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text[...]
        return text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
    }

    public static func recognizes(_ file: ImportFile) -> Bool {
        guard let line = headerLine(file.head(4096)) else { return false }
        let delimiter = delimiter(line, fileExtension: file.fileExtension)
        guard let header = try? CSVReader.rows(String(line), file: file.displayName, delimiter: delimiter).first else { return false }
        return columns(header.fields) != nil
    }

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let (decoded, decodeFindings) = try ImportText.decodeForTranscript(file)
        let text = ImportText.normalizingLineEndings(decoded)
        let name = file.displayName
        guard let line = Self.headerLine(text) else { throw Diagnostic(file: name, line: 1, "empty file: a transcript table needs a header row (speaker,words)") }
        let delimiter = Self.delimiter(line, fileExtension: file.fileExtension)
        let rows = try CSVReader.rows(text, file: name, delimiter: delimiter)
        guard let header = rows.first else { throw Diagnostic(file: name, line: 1, "empty file: a transcript table needs a header row (speaker,words)") }
        guard let columns = Self.columns(header.fields) else {
            let found = header.fields.joined(separator: String(Character(delimiter)))
            if header.fields.map({ Self.key($0) }) == ["interview", "turn", "start", "end", "code", "coder"] {
                throw Diagnostic(file: name, line: header.line, "this is a coding table, not a transcript: name it under coding: import: in pipeline.yaml")
            }
            throw Diagnostic(file: name, line: header.line, "not a transcript table: the header needs a speaker column (speaker, name) and a text column (words, text, transcript); found '\(quoting: found)'")
        }
        var findings = decodeFindings
        if !columns.others.isEmpty {
            findings.append(ImportFinding(location: "line \(header.line)", "column\(columns.others.count == 1 ? "" : "s") \(columns.others.map { "'\(quoting: $0)'" }.joined(separator: ", ")) not imported"))
        }

        var turns: [ImportedTurn] = []
        var affiliations: [String] = []
        var fullNames: [String] = []
        var surnamesJoined = 0
        var continued = 0
        var emptyWords = 0
        var lastStart: Double?
        var outOfOrder = 0
        var lowCommas = 0
        var lastLabelKey: String?
        for row in rows.dropFirst() {
            guard row.fields.count <= header.fields.count else {
                throw Diagnostic(file: name, line: row.line, "\(row.fields.count) fields, but the header has \(header.fields.count) (a field holding the delimiter must be quoted)")
            }
            func field(_ index: Int?) -> String {
                guard let index, index < row.fields.count else { return "" }
                return row.fields[index].trimmedSpace
            }
            func time(_ index: Int?, _ what: String) throws -> Double? {
                // A time in brackets ("[0:00]") is the time inside them.
                let value = Timestamp.unbracketed(field(index))
                if value.isEmpty { return nil }
                guard let seconds = Timestamp.seconds(value) ?? RecordingTime.seconds(value) ?? Subtitles.unpaddedSeconds(value), RecordingTime.isValid(seconds) else {
                    throw Diagnostic(file: name, line: row.line, "the \(what) '\(quoting: value)' is not a time (m:ss, h:mm:ss or seconds)")
                }
                return seconds
            }
            let words = field(columns.text)
            var rawSpeaker = field(columns.speaker)
            while rawSpeaker.hasSuffix(":") { rawSpeaker.removeLast() }
            let start = try time(columns.start, "start time")
            let end = try time(columns.end, "end time")
            if let start, let end, end < start {
                throw Diagnostic(file: name, line: row.line, "the turn ends before it starts")
            }
            if words.isEmpty {
                if !rawSpeaker.isEmpty { emptyWords += 1 }
                continue
            }
            let (commas, restored) = Self.restoringCommas(words)
            lowCommas += restored
            let content = Self.content(commas)
            if content.isEmpty { emptyWords += 1; continue }
            if let start {
                if let lastStart, start < lastStart { outOfOrder += 1 }
                lastStart = start
            }
            var label: String
            if rawSpeaker.isEmpty {
                if let previous = turns.last?.label { label = previous; continued += 1 }
                else if let all = file.speakerForAll { label = all }
                else { label = "" }
            } else {
                let (split, affiliation) = SpeakerLabel.split(rawSpeaker)
                label = split
                if let affiliation, !affiliations.contains(affiliation) { affiliations.append(affiliation) }
                if let full = Self.fullName(for: label, among: fullNames) {
                    label = full
                    surnamesJoined += 1
                } else if label.split(separator: " ").count >= 2, !SpeakerLabel.isRoleOrID(label),
                          !fullNames.contains(where: { SpeakerLabel.normalized($0) == SpeakerLabel.normalized(label) }) {
                    fullNames.append(label)
                }
            }
            if label.isEmpty {
                throw Diagnostic(file: name, line: row.line, "words without a speaker, and no speaker before them: fill in the speaker column or give --speaker-all ID")
            }
            let labelKey = SpeakerLabel.normalized(label)
            if labelKey == lastLabelKey, var last = turns.popLast() {
                last.content = Notation.joined(last.content, content)
                if let end { last.end = end }
                turns.append(last)
            } else {
                turns.append(ImportedTurn(label: label, content: content, start: start, end: end, location: "line \(row.line)"))
            }
            lastLabelKey = labelKey
        }
        if turns.isEmpty { throw Diagnostic(file: name, line: header.line, "no row has words in the '\(quoting: header.fields[columns.text])' column") }
        if surnamesJoined > 0 {
            findings.append(ImportFinding(location: "column '\(quoting: header.fields[columns.speaker])'", "\(surnamesJoined) row\(surnamesJoined == 1 ? "" : "s") name the speaker by surname only; given to the full name used earlier"))
        }
        if continued > 0 {
            findings.append(ImportFinding(location: "column '\(quoting: header.fields[columns.speaker])'", "\(continued) row\(continued == 1 ? "" : "s") without a speaker continue the turn before"))
        }
        if emptyWords > 0 {
            findings.append(ImportFinding(location: "column '\(quoting: header.fields[columns.text])'", "\(emptyWords) row\(emptyWords == 1 ? "" : "s") with a speaker but no words left out"))
        }
        if lowCommas > 0 {
            findings.append(ImportFinding(location: "column '\(quoting: header.fields[columns.text])'", "\(lowCommas) low single quote\(lowCommas == 1 ? "" : "s") (U+201A) written for a comma read as commas"))
        }
        if outOfOrder > 0 {
            findings.append(ImportFinding(location: "column '\(quoting: header.fields[columns.start!])'", "\(outOfOrder) row\(outOfOrder == 1 ? "" : "s") start before the row above; kept in the table's order"))
        }
        var document = ImportedDocument(turns: turns, findings: findings)
        document.affiliations = affiliations
        return document
    }

    /// Text with the commas some sites write as U+201A (a low single quote that looks like one, so the field needs no
    /// quoting): one right after a word and before a space, a closing quote or the end is a comma; a German
    /// opening quote (`‚so‘`, before a word) is left alone.
    static func restoringCommas(_ text: String) -> (String, Int) {
        guard text.unicodeScalars.contains("\u{201A}") else { return (text, 0) }
        var out = String.UnicodeScalarView()
        var count = 0
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\u{201A}", index > 0, !ImportText.isSpace(scalars[index - 1]),
               index + 1 == scalars.count || ImportText.isSpace(scalars[index + 1]) || "\"“”’')»".unicodeScalars.contains(scalars[index + 1]) {
                out.append(",")
                count += 1
            } else {
                out.append(scalar)
            }
        }
        return (String(out), count)
    }

    /// Tags transcription vendors write inside the words (`Mm-hmm <affirmative>`, `<inaudible>`): notes, read as events;
    /// markup (`<i>`, `<br>`) is not among them.
    static let vendorTag = try! NSRegularExpression(pattern: #"<([a-z][a-z' -]{1,30})>"#)
    static let markupTags: Set<String> = ["br", "em", "strong", "span", "font", "sup", "sub", "small", "big", "mark", "div"]

    /// The words as inline nodes: the shared notation rules, with vendor tags as events.
    static func content(_ words: String) -> [InlineNode] {
        let ns = words as NSString
        var nodes: [InlineNode] = []
        var position = 0
        func append(_ next: [InlineNode]) {
            if case .element? = nodes.last, case .text(let first)? = next.first, let character = first.first, ",.;:!?".contains(character) {
                // `Mm-hmm <affirmative>, and`: the comma belongs to the words before the tag, not after a space.
                if nodes.count >= 2, case .text(let before) = nodes[nodes.count - 2], before.hasSuffix(" ") {
                    nodes[nodes.count - 2] = .text(String(before.dropLast()))
                }
                nodes.append(.text(first))
                nodes += next.dropFirst()
            } else {
                nodes = Notation.joined(nodes, next)
            }
        }
        for match in vendorTag.matches(in: words, range: NSRange(location: 0, length: ns.length)) {
            let inner = ns.substring(with: match.range(at: 1)).trimmedSpace
            guard !markupTags.contains(inner), !inner.isEmpty else { continue }
            append(Notation.parse(ns.substring(with: NSRange(location: position, length: match.range.location - position))).content)
            append([.element(InlineElement(name: InlineElement.eventName, children: [.text(inner)]))])
            position = match.range.location + match.range.length
        }
        append(Notation.parse(ns.substring(from: position)).content)
        return nodes
    }

    /// The full name `label` stands for when it is a surname alone: the last word of exactly one full name (two or
    /// more words) used earlier in the file.
    static func fullName(for label: String, among fullNames: [String]) -> String? {
        let key = SpeakerLabel.normalized(label)
        guard !key.isEmpty, !key.contains(" "), !SpeakerLabel.isRoleOrID(label) else { return nil }
        let matches = fullNames.filter { $0.split(separator: " ").last.map { SpeakerLabel.normalized(String($0)) } == key }
        return matches.count == 1 ? matches[0] : nil
    }
}
