import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
@testable import DOCImporter

/// Binary Word (.doc). The fixtures are ours, written by Fixtures/import/make-word-binary.py in the formats' shapes:
/// an OLE compound file with a Word 97 FIB and a piece table of an 8-bit and a 16-bit piece, and a Word 95 file
/// saved in full.
@Suite("Binary Word importer")
struct DOCImporterTests {
    func read(_ data: Data, name: String = "t.doc") throws -> ImportedDocument {
        try DOCImporter(options: StageOptions(specs: DOCImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    static let expected = ["When did you start on the ward?", "In 1994, I think. It was “new” then.", "And the system was it hard?", "Not at all 3 for us."]

    /// Word 97–2003: both kinds of piece, a soft line break as a space, a field's instruction left out and its
    /// result kept, Windows-1252 quotes in the 8-bit piece; the title before the first label is no turn.
    @Test func word97PieceTableIsRead() throws {
        let document = try read(try TestSupport.importFixture("word97.doc"))
        #expect(document.turns.map(\.label) == ["MSM", "Berg", "MSM", "Berg"])
        #expect(document.turns.map(\.text) == Self.expected)
        #expect(document.findings.first?.message.hasPrefix("read as Word 97–2003 (nFib 193)") == true)
    }

    @Test func word95SavedInFullIsRead() throws {
        let document = try read(try TestSupport.importFixture("word95.doc"))
        #expect(document.turns.map(\.text) == Self.expected)
        #expect(document.findings.first?.message.hasPrefix("read as Word 6/95 (nFib 104)") == true)
        #expect(DOCImporter.recognizes(ImportFile(displayName: "interview", data: try TestSupport.importFixture("word95.doc"))))
    }

    /// Word 6/95 writes its 8-bit text in the code page of the document's language: a Russian document (language
    /// 0x0419) is read as Windows-1251, not as Windows-1252's accented letters, and the finding names the code page.
    @Test func word95TextIsReadInItsLanguagesCodePage() throws {
        var word95 = [UInt8](try TestSupport.importFixture("word95.doc"))
        word95[512 + 0x06 ..< 512 + 0x08] = [0x19, 0x04]
        let at = word95.firstIndex(of: 0x93)! + 1
        word95[at ..< at + 3] = [0xED, 0xEE, 0xE2]  // "нов" in Windows-1251
        let document = try read(Data(word95))
        #expect(document.turns[1].text == "In 1994, I think. It was “нов” then.")
        #expect(document.findings.first?.message.hasPrefix("read as Word 6/95 (nFib 104), its text in WINDOWS-1251") == true)
        #expect(WordBinaryText.codePage(language: 0x0409, characterSet: 0) == nil)
        #expect(WordBinaryText.codePage(language: 0x0415, characterSet: 0) == "WINDOWS-1250")
    }

    /// A .doc holding an embedded Word object (ObjectPool/_1234/WordDocument, listed first in the directory) is read
    /// from its own streams, the root's; the object's text was read instead and the document's lost.
    @Test func embeddedObjectsStreamsAreNotTheDocuments() throws {
        let document = try read(try TestSupport.importFixture("word97-embedded.doc"))
        #expect(document.turns.map(\.label) == ["MSM", "Berg", "MSM", "Berg"])
        #expect(document.turns.map(\.text) == Self.expected)
    }

    /// A field that begins and never ends (a damaged file) no longer hides the rest of the text as its instruction.
    @Test func anUnclosedFieldKeepsTheTextAfterIt() {
        let paragraphs = WordBinaryText.paragraphs("I:\tHello \u{13} HYPERLINK x\rP:\tSaid by Ola Berg \u{13} PAGE \u{14}3\u{15}.\r")
        #expect(paragraphs.map(\.text) == ["I: Hello HYPERLINK x", "P: Said by Ola Berg 3."])
    }

    /// What is not read is refused with the one-step conversion; damaged and hostile files are errors, not crashes
    /// or hangs (a sector chain that loops, sizes past the file).
    @Test func whatIsNotReadIsRefusedWithTheRemedy() throws {
        let word95 = [UInt8](try TestSupport.importFixture("word95.doc"))
        var fastSaved = word95
        fastSaved[512 + 10] |= 0x04
        #expect((#expect(throws: Diagnostic.self) { try read(Data(fastSaved)) })?.message.contains("soffice --headless --convert-to docx t.doc") == true)
        var encrypted = word95
        encrypted[512 + 11] |= 0x01
        #expect((#expect(throws: Diagnostic.self) { try read(Data(encrypted)) })?.message.contains("password-protected") == true)
        var ancient = word95
        ancient[512 + 2] = 50
        #expect((#expect(throws: Diagnostic.self) { try read(Data(ancient)) })?.message.contains("older than Word 6") == true)
        var looping = word95
        let fatSector = Int(looping[76]) | Int(looping[77]) << 8
        looping[512 + fatSector * 512 ..< 512 + fatSector * 512 + 4] = [0, 0, 0, 0]
        #expect(throws: Diagnostic.self) { try read(Data(looping)) }
        for cut in [8, 300, 600, 2000, word95.count - 100] {
            _ = try? read(Data(word95.prefix(cut)))
        }
        var lying = [UInt8](try TestSupport.importFixture("word97.doc"))
        lying[512 + 0x4C ..< 512 + 0x50] = [0xFF, 0xFF, 0xFF, 0x7F]
        _ = try? read(Data(lying))
    }
}
