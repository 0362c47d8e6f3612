import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// HTML transcripts: Word's "Save as Web Page" (from Internet Assistant's upper-case tags to Word 2016's filtered
/// HTML), Google Docs' "Web page" export, transcription services' and archives' HTML pages.
public struct HTMLImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "html",
        version: "1.0.0",
        summary: "HTML transcripts (Word 'Save as Web Page', Google Docs HTML, services' HTML): paragraphs with 'Name:' or bold labels.",
        discussion: """
            Parsed with libxml2's HTML parser, which reads what browsers read (unclosed <P>, upper-case tags, <BR>) \
            and loads nothing outside the file: no DTD, stylesheet, script, image or frame. Each block (<p>, <div>, \
            <li>, a heading, a table cell row) is a paragraph, read by the same label rules as Word and plain text \
            (a row of speaker | words (| time) cells is a turn, its first cell the label): \
            'Name:' prefixes, a bold (<b>, <strong>, font-weight) run opening a paragraph as its label, headings as \
            labels or titles. <br> inside a paragraph is a soft line break; each line of a <pre> is a paragraph. \
            <head>, <script>, <style>, <nav> and comments are left out. The encoding is the byte-order mark's, \
            UTF-8, the <meta charset> the page declares, or detected (--encoding overrides it).
            """,
        extensions: ["html", "htm", "xhtml"]
    )

    public init(options: StageOptions) throws {}

    /// A page: after a byte-order mark, white space, an XML declaration and comments, `<!DOCTYPE html` or `<html`.
    public static func recognizes(_ file: ImportFile) -> Bool {
        var head = Substring(file.head(2048).lowercased())
        while true {
            head = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
            if head.hasPrefix("<!--"), let end = head.range(of: "-->") { head = head[end.upperBound...]; continue }
            if head.hasPrefix("<?xml"), let end = head.range(of: "?>") { head = head[end.upperBound...]; continue }
            break
        }
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// The charset a page declares in its first 4 KiB (`<meta charset="…">` or `content="text/html; charset=…"`).
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        guard let range = head.range(of: #"charset\s*=\s*["']?[A-Za-z0-9_.:-]+"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        let value = head[range].split(separator: "=", maxSplits: 1)[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        return value.isEmpty ? nil : value
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let (text, findings) = try ImportText.decodeForTranscript(file, declaredEncoding: Self.declaredCharset(file.data))
        let root = try HTMLTree.parse(text, name: file.displayName)
        var blocks = HTMLBlocks()
        blocks.read(root)
        var document = LabelledTranscript.read(blocks.paragraphs, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        if file.speakerForAll == nil, let questions = QuestionAnswerLayout.document(blocks.paragraphs, unless: document) { document = questions }
        document.findings = findings + blocks.findings + document.findings
        return document
    }
}
