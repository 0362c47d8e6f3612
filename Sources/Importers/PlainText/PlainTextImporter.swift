import Foundation
import ThematicCore
import ThematicImport

/// Plain-text and Markdown transcripts, as transcription services and researchers type them.
public struct PlainTextImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "plain-text",
        version: "1.0.0",
        summary: "Plain text and Markdown transcripts: 'I:', 'P5:', 'Interviewer:', '**Name:**' labels.",
        discussion: """
            Each line that opens with a speaker label starts a turn; lines without one continue it (wrapped lines, \
            paragraphs of a long answer). A label is a speaker when it recurs, is a role or an id ('Interviewer', 'Q', \
            'P5', 'Speaker 1'), or was named with --speaker/--interviewer. Otter-style 'Speaker 1  0:03' lines label the \
            paragraphs after them. Lines before the first turn are the header: 'Date:', 'Duration:', 'Interviewer:', \
            'Location:' go to <meta>, a title is left out and reported. '[00:03:12]' at a turn's start is its start \
            time; '(laughs)', '[inaudible]', '[crosstalk]' become events. UTF-8 with or without a byte-order mark, \
            UTF-16 with one, CRLF or LF; Markdown headings, rules and emphasis markers are read past.
            """,
        extensions: ["txt", "md", "markdown", "text"]
    )

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        var text = try ImportText.decode(file)
        if ["md", "markdown"].contains(file.fileExtension) {
            // Emphasis markers are formatting, not words: `**Kari:**` is a label, `*(laughs)*` a note.
            text = text.replacingOccurrences(of: #"\*+|__"#, with: "", options: .regularExpression)
        }
        var paragraphs: [TextParagraph] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || Self.isMarkdownRule(line) { continue }
            // Markdown headings and block quotes: the words without the markers.
            while line.hasPrefix("#") { line.removeFirst() }
            if line.hasPrefix("> ") { line.removeFirst(2) }
            line = line.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            paragraphs.append(TextParagraph(text: line, location: "line \(index + 1)"))
        }
        return LabelledTranscript.read(paragraphs, knownLabels: file.knownLabels)
    }

    static func isMarkdownRule(_ line: String) -> Bool {
        line.count >= 3 && Set(line.filter { !$0.isWhitespace }).count == 1 && "-*_=".contains(line.first!)
    }
}
