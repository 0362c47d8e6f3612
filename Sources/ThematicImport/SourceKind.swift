import Foundation
import ThematicCore

/// What a project's source is: a conversation (an interview, a focus group) or a document (a paper, field notes, a
/// report) — imported as Interview XML `<interview>` or `<document>`.
public enum SourceKind: String, Sendable {
    case interview
    case document
}

/// Decides what a project's source is, from evidence in its text, its case and its name, and says which rule decided:
/// a paper's `T:`, `RQ5:` or `Abstract:` lines are not speakers, and its abbreviations are not names to protect.
enum SourceKindRule {
    /// Words in a source's name that say what it is (English and Norwegian), checked as whole words.
    static let interviewWords: Set<String> = ["interview", "interviews", "intervju", "intervjuet", "transcript", "transcription",
                                               "transkripsjon", "focus", "fokusgruppe", "conversation", "samtale", "session"]
    static let documentWords: Set<String> = ["paper", "article", "artikkel", "abstract", "notes", "note", "notater", "feltnotater",
                                               "field", "memo", "document", "dokument", "report", "rapport", "literature", "litteratur",
                                               "protocol", "protokoll", "policy", "guideline", "guidelines", "minutes", "referat", "book", "chapter"]

    /// The kind of `source` and the rule that decided it, for `import-report.json`. `declared` is what the user said
    /// (the importer's `documents` / `interviews` options) and wins over every piece of evidence.
    static func decide(_ source: ImportedProject.Source, knownLabels: Set<String>) -> (kind: SourceKind, rule: String) {
        if let declared = source.kind {
            return (declared, "\(declared.rawValue): named in the importer option '\(declared == .document ? "documents" : "interviews")'")
        }
        let lines = ImportText.lines(source.text)
        let labels = Self.labels(lines)
        var counts: [String: Int] = [:]
        var shown: [String: String] = [:]
        for (key, label, _, _) in labels {
            counts[key, default: 0] += 1
            shown[key] = shown[key] ?? label
        }
        let changes = zip(labels, labels.dropFirst()).filter { $0.0.key != $0.1.key }.count
        let repeating = counts.filter { $0.value >= 2 }.count
        let interviewerSpeaks = counts.keys.contains { SpeakerLabel.role(of: shown[$0]!) == .interviewer }
        let known = counts.keys.contains { knownLabels.contains($0) }
        let timed = labels.filter(\.timeLine).count
        let tally = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4).map { "\(shown[$0.key]!) ×\($0.value)" }.joined(separator: ", ")
        // A conversation is the text, not a passage of it: a paper that quotes a classroom exchange or lists
        // 'Model 1:', 'Level 2:' in one section (a MAXQDA project of conference papers had three) has its labelled
        // lines within a small part of its lines; a transcript's labels run from its first lines to its last.
        let written = lines.filter { $0.unicodeScalars.contains { !ImportText.isSpace($0) } }.count
        let spanned = labels.isEmpty ? 0 : lines[labels.first!.line...labels.last!.line].filter { $0.unicodeScalars.contains { !ImportText.isSpace($0) } }.count
        let quoted = !known && written >= Self.quotingLength && spanned * 2 < written
        let passage = quoted ? "; a passage of \(spanned) of its \(written) lines, so quoted, not the text" : ""
        // A conversation: labels take turns, and either at least two of them recur or one is an interviewer's (a
        // short interview may have each speaker once); or the user named a speaker; or Otter's timed label lines.
        if !quoted, counts.count >= 2, changes >= 1, repeating >= 2 || interviewerSpeaks || known {
            return (.interview, "interview: speaker labels alternate like a conversation (\(tally); \(changes) change\(changes == 1 ? "" : "s") of speaker)")
        }
        if known { return (.interview, "interview: a label named with --speaker/--interviewer opens its lines") }
        if !quoted, timed >= 2 { return (.interview, "interview: label lines with a time ('Name  00:12'), \(timed) of them") }
        if let caseLabel = source.caseLabel {
            return (.interview, "interview: the case '\(caseLabel)' links it to a participant (no conversation in its labels\(tally.isEmpty ? "" : ": \(tally)"))")
        }
        let words = Set(source.name.lowercased().split { !$0.isLetter }.map(String.init))
        if let word = words.intersection(interviewWords).sorted().first {
            return (.interview, "interview: its name says so ('\(word)'); no case and no conversation in its labels")
        }
        let why = labels.isEmpty ? "no speaker labels" : "colon lines that do not take turns like a conversation (\(tally)\(passage))"
        if let word = words.intersection(documentWords).sorted().first {
            return (.document, "document: its name says so ('\(word)'); \(why), no case links it to a participant")
        }
        return (.document, "document: \(why), and no case links it to a participant")
    }

    /// Below this many written lines a source is too short to tell a quoted passage from the text (a short interview
    /// may open with a few lines of header).
    static let quotingLength = 30

    /// The lines that open with a label a speaker could have (`Name:`, `P5:`, a timed label line), in order, with
    /// their index in `lines`.
    static func labels(_ lines: [Substring]) -> [(key: String, label: String, timeLine: Bool, line: Int)] {
        lines.enumerated().compactMap { index, line in
            guard let labelled = LabelledTranscript.candidate(TextParagraph(text: String(line), location: "")) else { return nil }
            // A bare word alone on its line is a heading more often than a speaker, unless it is a role or an id.
            if labelled.bare, !SpeakerLabel.isRoleOrID(labelled.label) { return nil }
            return (labelled.key, labelled.label, labelled.time != nil && labelled.rest.trimmedSpace.isEmpty, index)
        }
    }
}

extension SourceTurns {
    /// A document's paragraphs: one per non-blank line, its text without the spaces around it, no speaker (`""`).
    /// Nothing in a line is read as a label, so its `T:` or `RQ5:` stays in its text.
    init(paragraphsOf text: String) {
        var pieces: [Piece] = []
        var offset = 0
        for (index, line) in ImportText.lines(text).enumerated() {
            let scalars = line.unicodeScalars
            if let first = scalars.firstIndex(where: { !ImportText.isSpace($0) }) {
                let last = scalars.lastIndex { !ImportText.isSpace($0) }!
                pieces.append(Piece(label: "", text: String(line[first...last]),
                                    sourceStart: offset + scalars.distance(from: scalars.startIndex, to: first), line: index + 1))
            }
            offset += scalars.count + 1
        }
        self.init(pieces: pieces, rule: "one paragraph per line, \(pieces.count) paragraph\(pieces.count == 1 ? "" : "s"), no speakers")
    }
}
