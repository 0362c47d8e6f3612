import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// OpenDocument text (.odt, and flat .fodt): LibreOffice, OpenOffice, Google Docs' and Word's OpenDocument export.
public struct ODTImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "odt",
        version: "1.0.0",
        summary: "OpenDocument text (.odt, .fodt): LibreOffice and Google Docs transcripts with 'Name:' or bold labels and speaker tables.",
        discussion: """
            Reads content.xml (ZIP directory checked, inflation bounded) or a flat .fodt with libxml2: paragraphs \
            (text:p), lists and sections in order, spans, text:s (runs of spaces), tabs and line breaks (a line break \
            before a label starts a turn). A bold opening (an automatic style with fo:font-weight bold, or Strong \
            Emphasis) is a marked label, as in Word; tables are read a row at a time (speaker | words | time; a table inside a cell is part of the cell's text). \
            Fields (an input field, a cross-reference, a variable) are read as they show. \
            Headings, tables of contents, notes, annotations, tracked deletions and frames are left out and reported. \
            The label, timestamp, notation and header rules are the plain-text ones. Encrypted documents and archives \
            that expand beyond max-expanded-mb are refused.
            """,
        extensions: ["odt", "fodt"],
        options: [ZIPArchive.maximumExpandedOption.spec]
    )

    static let textMimeType = "application/vnd.oasis.opendocument.text"

    let maximumExpandedBytes: Int

    public init(options: StageOptions) throws {
        maximumExpandedBytes = options[ZIPArchive.maximumExpandedOption] << 20
    }

    /// A ZIP archive whose `mimetype` member names OpenDocument text, or a flat OpenDocument text file.
    public static func recognizes(_ file: ImportFile) -> Bool {
        if file.data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // The mimetype member is stored first and uncompressed, so its name and value are in the first bytes.
            return file.data.prefix(200).range(of: Data(("mimetype" + textMimeType).utf8)) != nil
        }
        let head = file.head(2048)
        return head.contains("<office:document") && head.contains(textMimeType)
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        let name = file.displayName
        let root: XMLTreeElement
        if file.data.starts(with: [0x50, 0x4B]) {
            let archive = try ZIPArchive(file.data, file: name)
            if let manifest = archive.member("META-INF/manifest.xml"),
               let data = try? archive.contents(of: manifest, limit: 1 << 20), String(decoding: data, as: UTF8.self).contains("encryption-data") {
                throw Diagnostic(file: name, "this OpenDocument file is password-protected (its manifest holds encryption data); remove the password in LibreOffice (File > Properties) and save it again")
            }
            guard let content = archive.member("content.xml") else {
                throw Diagnostic(file: name, "the archive has no content.xml, so it is not an OpenDocument text file")
            }
            let xml = try archive.contents(of: content, limit: maximumExpandedBytes)
            root = try XMLTree.parse(xml, name: "\(name) (content.xml)", maximumNodes: XMLTree.maximumNodes(forExpandedBytes: maximumExpandedBytes))
        } else if file.head(2048).contains("<office:document") {
            root = try XMLTree.parse(file.data, name: name, maximumNodes: XMLTree.maximumNodes(forExpandedBytes: maximumExpandedBytes))
        } else {
            throw Diagnostic(file: name, line: 1, "not an OpenDocument text file: an .odt is a ZIP archive and a .fodt an <office:document>, and this file is neither")
        }
        guard let body = root.element("body"), let text = body.element("text") else {
            let kind = root.element("body")?.elements.first?.name
            throw Diagnostic(file: name, line: root.line, kind.map { "this is an OpenDocument \($0), not a text document (office:text); save it as text, or export it as CSV for a spreadsheet" }
                             ?? "the document has no <office:body><office:text>")
        }
        var reader = ODTBody(boldStyles: Self.boldStyles(root))
        reader.read(text)
        var document = LabelledTranscript.read(reader.paragraphs, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        if file.speakerForAll == nil, let questions = QuestionAnswerLayout.document(reader.paragraphs, unless: document) { document = questions }
        document.findings = reader.findings + document.findings
        return document
    }

    /// Names of the document's text and paragraph styles that set bold (automatic styles in content.xml, and the
    /// built-in Strong Emphasis), following parents within the document.
    static func boldStyles(_ root: XMLTreeElement) -> Set<String> {
        var parents: [String: String] = [:]
        var bold: Set<String> = ["Strong_20_Emphasis", "Strong"]
        for styles in root.elements where styles.name == "automatic-styles" || styles.name == "styles" {
            for style in styles.elements("style") {
                guard let styleName = style[attribute: "style:name"] else { continue }
                if let weight = style.element("text-properties")?[attribute: "fo:font-weight"] {
                    if weight == "bold" || Int(weight).map({ $0 >= 600 }) == true { bold.insert(styleName) } else { continue }
                }
                if let parent = style[attribute: "style:parent-style-name"] { parents[styleName] = parent }
            }
        }
        // A style is bold through its parent chain (bounded: a chain that loops ends).
        for (style, _) in parents where !bold.contains(style) {
            var next = parents[style]
            var steps = 0
            while let parent = next, steps < 16 {
                if bold.contains(parent) { bold.insert(style); break }
                next = parents[parent]
                steps += 1
            }
        }
        return bold
    }
}
