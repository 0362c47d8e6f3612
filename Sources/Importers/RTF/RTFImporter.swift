import Foundation
import ThematicCore
import ThematicImport

/// Rich Text Format (.rtf) transcripts: f4transkript / f5transkript, MAXQDA's export, Word and TextEdit.
public struct RTFImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "rtf",
        version: "1.0.0",
        summary: "Rich Text Format (.rtf): f4/f5transkript and MAXQDA transcripts, Word and TextEdit; 'I:'/'B:' or bold labels, tables, f4 time marks.",
        discussion: """
            Reads the body's paragraphs (\\par) and table rows (\\cell, \\row) in one pass over the groups: text in the \
            document's code page (\\ansicpg, or a font's \\fcharset: \\'e6 is æ in Windows-1252, ж in a Cyrillic \
            font; in a file that names no code page, bytes that are UTF-8 are read as UTF-8, with a finding) and \\uN characters with their \\ucN fallback skipped. The font, colour and style tables, \\info, \
            pictures, headers and footers, footnotes, comments, field instructions and every {\\*\\…} destination are \
            left out (a field's result is kept), and so are hidden text (\\v) and tracked deletions (\\deleted). \
            Paragraphs go to the same label rules as Word and plain text ('I:', 'B:', 'IP:', 'Interviewer:', or a \
            bold opening); a soft line break (\\line) before a label starts a turn; a row of speaker | words \
            (| time) is a turn. f4's time marks (#00:01:02-3# at a paragraph's end) are taken out of the text and \
            start the turn after them. A file that does not open with {\\rtf, or names \
            a code page that is not one, is refused with its line.
            """,
        extensions: ["rtf"]
    )

    public init(options: StageOptions) throws {}

    /// RTF opens with `{\rtf` (Word writes `{\rtf1`; .doc files saved as RTF keep the .doc name).
    public static func recognizes(_ file: ImportFile) -> Bool {
        file.starts(with: "{\\rtf")
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        guard file.starts(with: "{\\rtf") else {
            throw Diagnostic(file: file.displayName, line: 1, "not an RTF file: RTF opens with {\\rtf1 and this file does not (save it from its program as RTF, .docx or plain text)")
        }
        let body = file.data.starts(with: [0xEF, 0xBB, 0xBF]) ? file.data.dropFirst(3) : file.data
        let text = try RTFText(Data(body), file: file.displayName)
        let paragraphs = Self.paragraphs(text.blocks)
        var document = LabelledTranscript.read(paragraphs, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        if file.speakerForAll == nil, let questions = QuestionAnswerLayout.document(paragraphs, unless: document) { document = questions }
        var findings: [ImportFinding] = []
        if text.codePage != 1252 {
            findings.append(ImportFinding(location: "the whole file", "encoding: bytes read in code page \(text.codePage), as the file's \\ansicpg says"))
        }
        if text.utf8Runs > 0 {
            findings.append(ImportFinding(location: "the whole file", "encoding: \(text.utf8Runs) runs of text read as UTF-8: the file names no code page (\\ansicpg) and its bytes are UTF-8, not Windows-1252"))
        }
        for (kind, count) in text.leftOut.sorted(by: { $0.key < $1.key }) {
            findings.append(ImportFinding(location: "the whole file", "\(count) \(kind) left out (not speech)"))
        }
        if text.unclosedGroups > 0 {
            findings.append(ImportFinding(location: "the end of the file", "the file ends inside \(text.unclosedGroups) groups (it was cut short?); the text up to its end was read"))
        }
        document.findings = findings + document.findings
        return document
    }

    /// The blocks as the paragraphs the label rules read: a paragraph's bold opening is its marked label, and a
    /// soft line break before a label cuts it in two; a table row of a short first cell is that speaker's words.
    static func paragraphs(_ blocks: [RTFText.Block]) -> [TextParagraph] {
        var paragraphs: [TextParagraph] = []
        var count = 0
        for block in blocks {
            count += 1
            switch block {
            case .paragraph(let runs, let line):
                paragraphs += FormattedRuns.paragraphs(runs) { "paragraph \(count) (line \(line))" + ($0 > 0 ? ", soft line \($0 + 1)" : "") }
            case .row(let cells, let line):
                let joined = cells.map { $0.joined(separator: " ") }
                if let paragraph = TableRow.paragraph(joined, location: "table row \(count) (line \(line))") { paragraphs.append(paragraph) }
            }
        }
        return paragraphs
    }
}
