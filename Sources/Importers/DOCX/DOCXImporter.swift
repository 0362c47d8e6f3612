import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// Word (.docx) transcripts as transcription services deliver them.
public struct DOCXImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "docx",
        version: "1.0.0",
        summary: "Word (.docx) transcripts: bold or 'Name:' speaker labels, timestamps, notation, header lines, tracked changes.",
        discussion: """
            Reads the main document part (word/document.xml, or what _rels/.rels names; ZIP directory checked, zlib inflation bounded) with libxml2. A speaker label is a bold run opening a \
            paragraph or a 'Name:' prefix, also after a soft line break inside a paragraph; paragraphs without one continue the turn before them, and a two-column \
            table of speaker and words is read row by row (a row of a label column and an utterance column pairs \
            them by order); a paragraph style that sets each speaker on a paragraph of its own (a parliament's \
            record) gives the speakers. Tracked changes are read as accepted (insertions kept, \
            deletions left out); tables of contents, headings, headers, footers, footnotes and comments are left out \
            and reported. Timestamps, notation and header lines follow the plain-text rules. Password-protected \
            documents (an OLE file with an EncryptedPackage) and archives that expand beyond max-expanded-mb are refused.
            """,
        extensions: ["docx"],
        options: [ZIPArchive.maximumExpandedOption.spec]
    )


    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    let maximumExpandedBytes: Int

    /// A ZIP archive whose directory holds `word/document.xml` at its root — read from the directory, not by finding
    /// the bytes "word/" (a REFI-QDA project stores its .docx sources uncompressed, so their names show too).
    public static func recognizes(_ file: ImportFile) -> Bool {
        // An encrypted .docx is an OLE compound file holding the package: refused by name (a binary .doc is the doc
        // importer's).
        if oleStream(in: file.data) == "EncryptedPackage" { return true }
        guard file.data.starts(with: [0x50, 0x4B, 0x03, 0x04]), let archive = try? ZIPArchive(file.data, file: file.displayName) else { return false }
        return mainPart(of: archive) != nil
    }

    /// The main document part, as the package's relationships name it: Word for the web's "Transcribe" writes
    /// `word/document2.xml`, and any tool may choose another name; `word/document.xml` when the package says nothing.
    static func mainPart(of archive: ZIPArchive) -> String? {
        if let rels = archive.member("_rels/.rels"), let data = try? archive.contents(of: rels, limit: 1 << 20),
           let root = try? XMLTree.parse(data, name: "_rels/.rels", maximumNodes: 1 << 12),
           let main = root.elements("Relationship").first(where: { $0[attribute: "Type"]?.hasSuffix("/officeDocument") == true }),
           let target = main[attribute: "Target"] {
            if let path = packagePath(target), path.hasSuffix(".xml"), archive.member(path) != nil { return path }
        }
        return archive.member("word/document.xml") != nil ? "word/document.xml" : nil
    }

    /// A relationship target of `_rels/.rels` as a part name: a URI reference relative to the package root, so
    /// `./word/document2.xml` and `word/document%202.xml` name parts too (they were taken for no main part and the
    /// file refused). Nil for one that climbs above the root (`../../etc/passwd`) or is not a path.
    static func packagePath(_ target: String) -> String? {
        guard let decoded = target.removingPercentEncoding, !decoded.contains("://"), !decoded.contains("\\") else { return nil }
        var parts: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if parts.popLast() == nil { return nil }
            default: parts.append(segment)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The Word stream an OLE compound file names in its directory (UTF-16 names: `WordDocument` in a .doc,
    /// `EncryptedPackage` in a password-protected .docx), or nil for any other file.
    static func oleStream(in data: Data) -> String? {
        guard data.starts(with: oleSignature) else { return nil }
        let utf16 = { (name: String) in Data(name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
        let searched = data.prefix(4 << 20)
        for name in ["EncryptedPackage", "WordDocument"] where searched.range(of: utf16(name)) != nil { return name }
        return nil
    }

    public init(options: StageOptions) throws {
        maximumExpandedBytes = options[ZIPArchive.maximumExpandedOption] << 20
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let name = file.displayName
        switch Self.oleStream(in: file.data) {
        case "EncryptedPackage":
            throw Diagnostic(file: name, "this is a password-protected Word document (an OLE compound file holding an encrypted package); remove the password in Word and save it again")
        case .some:
            throw Diagnostic(file: name, "this is the old binary Word format (.doc: an OLE compound file with a WordDocument stream), not a .docx; the doc importer reads it (import it as it is, and its content is recognised), or convert it: soffice --headless --convert-to docx \(name)")
        case nil:
            if file.data.starts(with: Self.oleSignature) {
                throw Diagnostic(file: name, "this is an OLE compound file (a password-protected Word document or an old Office format), not a .docx; remove the password, or save it as .docx (soffice --headless --convert-to docx \(name))")
            }
        }
        guard file.data.starts(with: [0x50, 0x4B]) else {
            throw Diagnostic(file: name, "not a .docx file: a .docx is a ZIP archive and this file does not start like one")
        }
        let archive = try ZIPArchive(file.data, file: name)
        guard let part = Self.mainPart(of: archive), let entry = archive.member(part) else {
            throw Diagnostic(file: name, "the archive has no main document part (word/document.xml, or the part _rels/.rels names), so it is not a Word document")
        }
        let xml = try archive.contents(of: entry, limit: maximumExpandedBytes)
        let root = try XMLTree.parse(xml, name: "\(name) (\(part))", maximumNodes: XMLTree.maximumNodes(forExpandedBytes: maximumExpandedBytes))
        guard root.name == "document", let body = root.element("body") else {
            throw Diagnostic(file: name, "\(part) has no <w:body>")
        }
        var reader = BodyReader()
        reader.read(body)
        if let finding = StyleLabels.mark(&reader.paragraphs, styles: reader.styles) { reader.findings.append(finding) }
        var document = LabelledTranscript.read(reader.paragraphs, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        // Counted from the turns, not from the lines cut: a cut line whose label is no speaker stays in the turn before,
        // and a file read by another layout below (questions and answers) started no turn at a label.
        let cutLines = Set(reader.paragraphs.filter(\.afterSoftBreak).map(\.location))
        var startedAtSoftBreaks = file.speakerForAll == nil ? document.turns.count { cutLines.contains($0.location) } : 0
        if document.turns.isEmpty, let coloured = ColourSpeakers.document(reader.paragraphs, colours: reader.colours) { document = coloured }
        if file.speakerForAll == nil, let questions = QuestionAnswerLayout.document(reader.paragraphs, unless: document) {
            document = questions
            startedAtSoftBreaks = 0
        }
        document.findings = reader.findings + document.findings
        if startedAtSoftBreaks > 0 {
            document.findings.insert(ImportFinding(location: "the whole file", "\(startedAtSoftBreaks) speaker labels after a soft line break (Shift+Enter) inside a paragraph started turns of their own"),
                                     at: reader.findings.count)
        }
        let parts = archive.members.map(\.name).filter { $0.hasPrefix("word/header") || $0.hasPrefix("word/footer") }
        if !parts.isEmpty {
            document.findings.append(ImportFinding(location: "the whole file", "\(parts.count) page header and footer parts left out"))
        }
        for (part, what) in [("word/footnotes.xml", "footnotes"), ("word/comments.xml", "comments")] where archive.member(part) != nil {
            document.findings.append(ImportFinding(location: part, "\(what) left out (not speech)"))
        }
        return document
    }
}

/// Walks `<w:body>`: paragraphs (with tracked changes accepted), two-column speaker tables, and what is left out.
struct BodyReader {
    var paragraphs: [TextParagraph] = []
    /// Each paragraph's font colour, by the most characters (`auto` where none is set), for documents whose
    /// speakers are told apart only by colour.
    var colours: [String] = []
    /// Each paragraph's style id, lower-cased ("" for none, a table row's).
    var styles: [String] = []
    private var currentStyle = ""
    var findings: [ImportFinding] = []
    private var count = 0
    private var skippedTOC = 0
    private var skippedHeadings = 0

    mutating func read(_ body: XMLTreeElement) {
        for element in body.elements { block(element) }
        if skippedTOC > 0 { findings.append(ImportFinding(location: "the whole file", "a table of contents (\(skippedTOC) paragraphs) left out")) }
        if skippedHeadings > 0 { findings.append(ImportFinding(location: "the whole file", "\(skippedHeadings) headings left out (titles, not speech)")) }
    }

    private mutating func block(_ element: XMLTreeElement) {
        switch element.name {
        case "p":
            paragraph(element)
        case "tbl":
            table(element)
        case "sdt":
            // Content controls: Word's table of contents is one, marked by its document-part gallery.
            let gallery = element.element("sdtPr")?.descendants("docPartGallery").first?[attribute: "val"] ?? ""
            let paragraphsInside = element.descendants("p").count
            if gallery.localizedCaseInsensitiveContains("table of contents") {
                skippedTOC += paragraphsInside
            } else if let content = element.element("sdtContent") {
                for child in content.elements { block(child) }
            }
        case "ins", "moveTo", "customXml", "smartTag":
            for child in element.elements { block(child) }
        default:
            break  // sectPr, bookmarks, deletions, moveFrom
        }
    }

    private mutating func paragraph(_ element: XMLTreeElement) {
        count += 1
        let style = element.element("pPr")?.element("pStyle")?[attribute: "val"]?.lowercased() ?? ""
        if style.hasPrefix("toc") { skippedTOC += 1; return }
        var runs: [Run] = []
        collectRuns(element, bold: false, into: &runs)
        guard !runs.map(\.text).joined().replacingOccurrences(of: "\n", with: " ").trimmedSpace.isEmpty else { return }
        if style.hasPrefix("heading") || style == "title" || style == "subtitle" {
            skippedHeadings += 1
            return
        }
        let parts = Self.speakerParts(runs)
        currentStyle = style
        defer { currentStyle = "" }
        for (index, part) in parts.enumerated() {
            append(part, location: parts.count == 1 ? "paragraph \(count)" : "paragraph \(count), line \(part.line)", afterSoftBreak: index > 0)
        }
    }

    typealias Run = (text: String, bold: Bool, colour: String)

    /// A paragraph's runs cut where a soft line break (Shift+Enter) is followed by a speaker's label — bold, or
    /// `Name:` — so a question and its answer typed in one paragraph are two turns (a real interview write-up wrote
    /// every `**Interviewer:** …⏎**Sarah:** …` pair so); with the line each part starts on. Lines without a label
    /// stay in the part before them, as the paragraph's continuation.
    static func speakerParts(_ runs: [Run]) -> [(runs: [Run], line: Int)] {
        var lines: [[Run]] = [[]]
        for run in runs {
            let pieces = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty { lines[lines.count - 1].append((String(piece), run.bold, run.colour)) }
            }
        }
        var parts: [(runs: [Run], line: Int)] = []
        for (number, line) in lines.enumerated() {
            let text = line.map(\.text).joined()
            let opensTurn = !parts.isEmpty && !text.trimmedSpace.isEmpty
                && (label(of: line, text: text) != nil || LabelledTranscript.opensWithLabel(text.trimmedSpace))
            if parts.isEmpty || opensTurn {
                parts.append((line, number + 1))
            } else {
                parts[parts.count - 1].runs += [("\n", false, "auto")] + line
            }
        }
        return parts
    }

    /// The label a transcriber set in bold: the bold runs that open the line, when words follow them.
    static func label(of runs: [Run], text: String) -> String? {
        var marked = ""
        for run in runs {
            if run.bold { marked += run.text } else if run.text.trimmedSpace.isEmpty, !marked.isEmpty { marked += run.text } else { break }
        }
        let leading = text.prefix { $0.isWhitespace }.count
        guard !marked.trimmedSpace.isEmpty, marked.count < text.count - leading else { return nil }
        return marked.replacingOccurrences(of: "\n", with: " ").trimmedSpace
    }

    private mutating func append(_ part: (runs: [Run], line: Int), location: String, afterSoftBreak: Bool) {
        let runs = part.runs
        // A soft line break is a space in the text; its lines are kept for layouts that break a turn with one.
        let broken = runs.map(\.text).joined()
        let softLines = broken.contains("\n") ? broken.split(separator: "\n").map(\.trimmedSpace).filter { !$0.isEmpty } : []
        let text = broken.replacingOccurrences(of: "\n", with: " ")
        guard !text.trimmedSpace.isEmpty else { return }
        let leading = text.prefix { $0.isWhitespace }.count
        paragraphs.append(TextParagraph(text: String(text.dropFirst(leading)), location: location,
                                        markedLabel: Self.label(of: runs, text: text), softLines: softLines.count > 1 ? softLines : [],
                                        afterSoftBreak: afterSoftBreak))
        var characters: [String: Int] = [:]
        for run in runs { characters[run.colour, default: 0] += run.text.trimmedSpace.count }
        colours.append(characters.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? "auto")
        styles.append(currentStyle)
    }

    /// A table whose rows are speaker | words (| time) becomes paragraphs with the first cell as a marked label.
    private mutating func table(_ element: XMLTreeElement) {
        for row in element.elements("tr") {
            let cellParagraphs = row.elements("tc").map { cell -> [String] in
                cell.descendants("p").map { paragraph in
                    var runs: [(text: String, bold: Bool, colour: String)] = []
                    collectRuns(paragraph, bold: false, into: &runs)
                    return ImportText.collapsingWhitespace(runs.map(\.text).joined())
                }.filter { !$0.isEmpty }
            }
            let cells = cellParagraphs.map { $0.joined(separator: " ") }
            count += 1
            if let pairs = TableColumns.labelledUtterances(cellParagraphs) {
                for (label, words) in pairs {
                    paragraphs.append(TextParagraph(text: label + " " + words, location: "table row \(count)", markedLabel: label))
                    colours.append("auto")
                    styles.append("")
                }
                continue
            }
            // A time column before or after the label is the turn's start, as in the other word processors' tables.
            guard let paragraph = TableRow.paragraph(cells, location: "table row \(count)") else { continue }
            paragraphs.append(paragraph)
            colours.append("auto")
            styles.append("")
        }
    }

    /// The runs of a paragraph in order, with tracked changes accepted: insertions and moves-to kept, deletions,
    /// moves-from and field instructions left out.
    private func collectRuns(_ element: XMLTreeElement, bold: Bool, into runs: inout [Run]) {
        for child in element.elements {
            switch child.name {
            case "r":
                let properties = child.element("rPr")
                let isBold = properties?.element("b").map { ($0[attribute: "val"] ?? "true").lowercased() != "false" && $0[attribute: "val"] != "0" } ?? false
                let colour = properties?.element("color")?[attribute: "val"]?.uppercased() ?? "auto"
                for part in child.elements {
                    switch part.name {
                    case "t": runs.append((part.text, isBold, colour))
                    case "tab": runs.append((" ", isBold, colour))
                    case "br", "cr": runs.append((["page", "column"].contains(part[attribute: "type"] ?? "") ? " " : "\n", isBold, colour))
                    case "noBreakHyphen": runs.append(("-", isBold, colour))
                    case "sym": runs.append(("", isBold, colour))
                    default: break  // rPr, delText, instrText, footnoteReference, drawings
                    }
                }
            case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "dir", "bdo":
                collectRuns(child, bold: bold, into: &runs)
            default:
                break  // pPr, del, moveFrom, bookmarks, proofErr, comment ranges
            }
        }
    }
}
