import Foundation
import ThematicCore
import ThematicImport

/// The old binary Word format (.doc): Word 97–2003, and Word 6/95 saved in full.
public struct DOCImporter: Importer {
    public static let descriptor = ImporterDescriptor(
        id: "doc",
        version: "1.0.0",
        summary: "Binary Word (.doc, Word 97–2003 and Word 6/95): the main text's paragraphs with 'Name:' labels.",
        discussion: """
            Reads the OLE compound file (every sector chain checked), then the main document's text: Word 97–2003 \
            through the piece table in its table stream (8-bit and 16-bit pieces), Word 6 and 95 from the \
            WordDocument stream when saved in full (a fast-saved one is refused). Paragraphs go to the same label \
            rules as Word and plain text ('Name:' or 'Name<TAB>' labels; formatting, so bold labels, is not read); \
            field instructions, pictures, footnotes, headers and comments are left out. Encrypted documents and \
            versions before Word 6 are refused with the one-step conversion: soffice --headless --convert-to docx FILE.
            """,
        extensions: ["doc"]
    )

    public init(options: StageOptions) throws {}

    /// An OLE compound file whose directory names a WordDocument stream.
    public static func recognizes(_ file: ImportFile) -> Bool {
        guard file.data.starts(with: CompoundFile.signature) else { return false }
        let name = Data("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        return file.data.prefix(4 << 20).range(of: name) != nil
    }

    public func read(_ file: ImportFile) throws -> ImportedDocument {
        guard file.data.starts(with: CompoundFile.signature) else {
            throw Diagnostic(file: file.displayName, "not a binary Word document: it does not start with the OLE compound file signature (a .doc saved as RTF, HTML or .docx is read under its own extension)")
        }
        let compound = try CompoundFile(file.data, name: file.displayName)
        let (text, version) = try WordBinaryText.mainText(compound, name: file.displayName)
        let paragraphs = WordBinaryText.paragraphs(text)
        var document = LabelledTranscript.read(paragraphs, knownLabels: file.knownLabels, speakerForAll: file.speakerForAll)
        if file.speakerForAll == nil, let questions = QuestionAnswerLayout.document(paragraphs, unless: document) { document = questions }
        document.findings.insert(ImportFinding(location: "the whole file", "read as \(version): the main text only (footnotes, headers, comments and text boxes left out); formatting such as bold labels is not read"), at: 0)
        return document
    }
}
