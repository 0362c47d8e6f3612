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
            'P5', 'Speaker 1'), or was named with --speaker/--interviewer. Otter-style 'Speaker 1  0:03' lines, Zoom's saved \
            captions ('[Kari Nilsen] 19:00:25', times of day counted from the first) and Markdown headings \
            ('### Interviewer') label the paragraphs after them. A written interview without labels is read by its \
            layout when it says who asks (headings that ask, or '?' / '¿…?' paragraphs each followed by its answer): \
            'Question' and 'Answer' turns, with a finding. Lines before the first turn are the header: 'Date:', 'Duration:', 'Interviewer:', \
            'Location:' go to <meta>, a title is left out and reported. '[00:03:12]' at a turn's start is its start \
            time; '(laughs)', '[inaudible]', '[crosstalk]' become events. UTF-8 with or without a byte-order mark, \
            UTF-16, or a legacy encoding detected (CP949, Shift_JIS, GB18030, Windows-1252 …) or named with --encoding; CRLF or LF; Markdown headings, rules and emphasis markers are read past.
            """,
        extensions: ["txt", "md", "markdown", "text"]
    )

    public init(options: StageOptions) throws {}

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let (text, findings) = try ImportText.decodeForTranscript(file)
        let markdown = ["md", "markdown"].contains(file.fileExtension)
        var paragraphs: [TextParagraph] = []
        let lines = ImportText.lines(text)
        let frontMatter = markdown ? Self.frontMatterEnd(lines) : nil
        for (index, rawLine) in lines.enumerated() {
            if let frontMatter, index <= frontMatter { continue }
            var line = ImportText.trimmed(rawLine)
            if line.isEmpty || Self.isMarkdownRule(line) { continue }
            // Markdown headings and block quotes: the words without the markers; a heading alone may be a speaker
            // (`### Interviewer` above the paragraphs of a turn), which the label rules decide.
            let headingLevel = F4TimeMarks.opensWithMark(line) ? 0 : line.prefix { $0 == "#" }.count
            let isHeading = headingLevel > 0
            if isHeading { while line.hasPrefix("#") { line.removeFirst() } }
            if line.hasPrefix(">") { line.removeFirst() }
            line = ImportText.trimmed(line)
            if line.isEmpty { continue }
            var marked: String?
            if markdown {
                (line, marked) = Self.markdownLine(line)
            }
            if isHeading, marked == nil {
                line = line.replacingOccurrences(of: #"\s*#+$"#, with: "", options: .regularExpression)
                marked = line
            }
            paragraphs.append(TextParagraph(text: line, location: "line \(index + 1)", markedLabel: marked, headingLevel: isHeading ? headingLevel : nil))
        }
        var document = LabelledTranscript.read(paragraphs, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        if file.speakerForAll == nil, let questions = QuestionAnswerLayout.document(paragraphs, unless: document) { document = questions }
        document.findings = findings + (frontMatter.map { [ImportFinding(location: "lines 1–\($0 + 1)", "YAML front matter left out: the page's metadata, not speech")] } ?? []) + document.findings
        return document
    }

    /// The index of the line closing a Markdown file's YAML front matter (`---` on the first line, `---` or `...`
    /// closing it), as static-site generators and note apps write it; nil when the file opens otherwise.
    static func frontMatterEnd<Line: StringProtocol>(_ lines: [Line]) -> Int? {
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" || first.trimmingCharacters(in: .whitespaces) == "\u{FEFF}---" else { return nil }
        guard let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingCharacters(in: .whitespaces)) }) else { return nil }
        // YAML at the left margin is `key:`, a list item or a comment; anything else is a rule above a transcript.
        let isYAML = lines[1..<end].allSatisfy { line in
            line.first.map { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "#" } ?? true
                || line.range(of: #"^[A-Za-z_][\w-]*:(\s|$)"#, options: .regularExpression) != nil
        }
        return isYAML ? end : nil
    }

    /// A Markdown line without emphasis markers, and its bold opening as a marked label (`**Kari**  Hello` → label
    /// `Kari`): emphasis is formatting, not words, and `*(laughs)*` / `_[laughs]_` are notes.
    static func markdownLine(_ line: String) -> (text: String, label: String?) {
        var label: String?
        if line.hasPrefix("**") || line.hasPrefix("__") {
            let marker = String(line.prefix(2))
            let afterOpen = line.index(line.startIndex, offsetBy: 2)
            if let close = line.range(of: marker, range: afterOpen..<line.endIndex) {
                label = String(line[afterOpen..<close.lowerBound])
            }
        }
        var text = line.replacingOccurrences(of: #"(?<!\\)\*+|(?<!\\)__"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"_([\[(])|([\])])_"#, with: "$1$2", options: .regularExpression)
        // Backslash escapes (`\[12:08\]`, `\*`) are how Markdown writes a literal bracket or star: the character is
        // the text, so a timestamp written so is read as one.
        text = text.replacingOccurrences(of: #"\\([!-/:-@\[-`{-~])"#, with: "$1", options: .regularExpression)
        return (text, label)
    }

    static func isMarkdownRule(_ line: String) -> Bool {
        line.count >= 3 && Set(line.filter { !$0.isWhitespace }).count == 1 && "-*_=".contains(line.first!)
    }
}
