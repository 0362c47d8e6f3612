import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import TEIImporter

@Suite("TEI importer")
struct TEIImporterTests {
    func read(_ data: Data) throws -> ImportedDocument {
        try TEIImporter(options: StageOptions(specs: TEIImporter.descriptor.options)).read(ImportFile(displayName: "t.xml", data: data))
    }

    func event(_ text: String) -> InlineNode { .element(InlineElement(name: "event", children: [.text(text)])) }

    @Test func utterancesSpeakersEventsAndTimes() throws {
        let document = try read(try TestSupport.importFixture("oral-history.xml"))
        #expect(document.language == "nb")
        #expect(document.declaredSpeakers == [DeclaredSpeaker(label: "INT", role: .interviewer, name: "Tone Vik"),
                                              DeclaredSpeaker(label: "INF1", role: .participant, name: "Per Lien")])
        #expect(document.turns.map(\.label) == ["INT", "INF1", "INT", "INF1"])
        #expect(document.turns[1].content == [
            .text("Det var tilfeldig, egentlig. "), event("pause"), .text(" Lederen spurte meg. "), event("ler"),
            .text(" Jeg sa ja fordi "), event("inaudible"), .text(" ingen andre ville."),
        ])
        #expect(document.turns[2].text == "Og hvordan gikk det?")
        #expect(document.turns[3].content == [.text("Bra, stort sett. "), event("telefonen ringer"), .text(" Unnskyld.")])
        #expect(document.turns.map(\.start) == [0, 3.5, nil, nil])
        #expect(document.turns.map(\.end) == [3.5, 21.25, nil, nil])
        #expect(document.metadata.map(\.kind) == [.date, .duration])
        #expect(document.metadata.map(\.value) == ["2023-11-07", "41.5 min"])
        #expect(document.findings.map(\.message) == ["1 editorial <note>s left out"])
    }

    @Test func hostileAndForeignDocumentsAreRefused() throws {
        let doctype = #expect(throws: Diagnostic.self) {
            try read(Data(#"<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]><TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u who="a">&x;</u></body></text></TEI>"#.utf8))
        }
        #expect(doctype?.message.contains("document type declarations are not allowed") == true)
        let corpus = #expect(throws: Diagnostic.self) { try read(Data(#"<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><TEI/><TEI/></teiCorpus>"#.utf8)) }
        #expect(corpus?.message.contains("holds 2 documents") == true)
        #expect(throws: Diagnostic.self) { try read(Data("<interview/>".utf8)) }
    }

    @Test func recognisedByContent() throws {
        #expect(TEIImporter.recognizes(ImportFile(displayName: "a.xml", data: try TestSupport.importFixture("oral-history.xml"))))
        #expect(!TEIImporter.recognizes(ImportFile(displayName: "a.xml", data: Data(#"<interview xmlns="urn:thematic:interview:1"/>"#.utf8))))
    }
}
