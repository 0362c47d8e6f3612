import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
@testable import ODTImporter

/// OpenDocument text. `libreoffice.odt` is ours, written by Fixtures/import/make-opendocument.py in the shape
/// LibreOffice saves.
@Suite("OpenDocument text importer")
struct ODTImporterTests {
    func read(_ data: Data, name: String = "t.odt") throws -> ImportedDocument {
        try ODTImporter(options: StageOptions(specs: ODTImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    static func flat(_ body: String) -> Data {
        Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:body><office:text>\(body)</office:text></office:body></office:document>
        """.utf8)
    }

    /// Paragraphs, a bold label (through a style's parent), spaces, tabs, a line break before a label, a list, a
    /// table row with a time; the heading, footnote, annotation and tracked deletion are no speech.
    @Test func libreOfficeDocumentIsRead() throws {
        let data = try TestSupport.importFixture("libreoffice.odt")
        #expect(ODTImporter.recognizes(ImportFile(displayName: "interview.zip", data: data)))
        let document = try read(data)
        #expect(document.turns.map(\.label) == ["Interviewer", "Åse Dahl", "Interviewer", "Åse Dahl", "Interviewer"])
        #expect(document.turns.map(\.text) == [
            "How did the new system arrive?", "It came in 2019. Nobody asked us. We just got it.", "And then?", "Then we learned it .", "Thank you.",
        ])
        #expect(document.turns.last?.start == 250)
        #expect(document.findings.contains { $0.message == "1 headings (titles, not speech) left out" })
        #expect(!document.turns.contains { $0.text.contains("Removed") || $0.text.contains("Checked") || $0.text.contains("important") })
    }

    /// A flat .fodt is the same document as one XML file; an OpenDocument spreadsheet or a file that is neither is
    /// refused with what it is.
    @Test func flatDocumentsAndRefusals() throws {
        let document = try read(Self.flat("<text:p>I: Hei?</text:p><text:p>P: Hallo<text:s/>der.</text:p><text:p>I: Takk.</text:p>"), name: "t.fodt")
        #expect(document.turns.map(\.text) == ["Hei?", "Hallo der.", "Takk."])
        let spreadsheet = Data(String(decoding: Self.flat(""), as: UTF8.self).replacingOccurrences(of: "office:text>", with: "office:spreadsheet>").utf8)
        #expect((#expect(throws: Diagnostic.self) { try read(spreadsheet, name: "t.fodt") })?.message.contains("office:text") == true)
        #expect((#expect(throws: Diagnostic.self) { try read(Data("I: hei\n".utf8)) })?.message.hasPrefix("not an OpenDocument text file") == true)
    }

    /// Damaged and hostile archives are errors, not crashes: cut short anywhere, a `text:s` asking for a billion spaces.
    @Test func damagedInputIsRefusedNotACrash() throws {
        let data = try TestSupport.importFixture("libreoffice.odt")
        for cut in [10, 60, 200, data.count / 2, data.count - 10] { _ = try? read(data.prefix(cut)) }
        let spaces = try read(Self.flat("<text:p>I: a<text:s text:c=\"999999999\"/>b</text:p><text:p>P: c</text:p><text:p>I: d</text:p>"), name: "t.fodt")
        #expect(spaces.turns.first?.text == "a b")
    }

    /// A table inside a cell is part of that cell: its words are read once, with the cell, not again as rows of
    /// their own continuing the turn.
    @Test func aNestedTableIsReadOnceWithItsCell() throws {
        let document = try read(Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:mimetype="application/vnd.oasis.opendocument.text">
            <office:body><office:text><table:table>
            <table:table-header-rows><table:table-row><table:table-cell><text:p>Interviewer</text:p></table:table-cell><table:table-cell><text:p>What about the box?</text:p>
            <table:table><table:table-row><table:table-cell><text:p>inner words</text:p></table:table-cell></table:table-row></table:table></table:table-cell></table:table-row></table:table-header-rows>
            <table:table-row><table:table-cell><text:p>Respondent</text:p></table:table-cell><table:table-cell><text:p>It was big.</text:p></table:table-cell></table:table-row>
            <table:table-row><table:table-cell><text:p>Interviewer</text:p></table:table-cell><table:table-cell><text:p>Thanks.</text:p></table:table-cell></table:table-row>
            </table:table></office:text></office:body></office:document>
            """.utf8), name: "t.fodt")
        #expect(document.turns.map(\.text) == ["What about the box? inner words", "It was big.", "Thanks."])
    }

    /// Fields show their value as the element's text — an input field a transcriber typed into, a cross-reference,
    /// a condition's text — and that text is read; hidden text stays out.
    @Test func fieldsAreReadAsTheyShowAndHiddenTextIsNot() throws {
        let document = try read(Self.flat("""
            <text:p>I: Who helped?</text:p>
            <text:p>P: My neighbour<text:hidden-text text:condition="ooow:1" text:string-value="Quorra Vemdal" text:is-hidden="true">Quorra Vemdal</text:hidden-text> helped. <text:text-input text:description="answer">We typed this</text:text-input>, <text:conditional-text text:condition="ooow:1" text:string-value-if-true="a" text:string-value-if-false="b">shown words</text:conditional-text> and <text:bookmark-ref text:ref-name="x">the story</text:bookmark-ref>.</text:p>
            <text:p>I: Thanks.</text:p>
            """), name: "t.fodt")
        #expect(document.turns.map(\.text) == ["Who helped?", "My neighbour helped. We typed this, shown words and the story.", "Thanks."])
    }
}
