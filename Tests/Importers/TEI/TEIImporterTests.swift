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

    /// `<!DOCTYPE TEI SYSTEM "tei_all.dtd">` is normal in TEI projects and declares nothing when no DTD is loaded;
    /// the same document with an internal subset is refused, and an entity the external DTD would define is too.
    @Test func externalDocumentTypeIsReadPastButNotAnInternalSubset() throws {
        let body = ##"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u who="#INT">Hello?</u><u who="#INF">Hi.</u></body></text></TEI>"##
        let external = try read(Data((##"<?xml version="1.0"?>"## + "\n" + ##"<!DOCTYPE TEI SYSTEM "tei_all.dtd">"## + "\n" + body).utf8))
        #expect(external.turns.map(\.text) == ["Hello?", "Hi."])
        let publicID = try read(Data((##"<!DOCTYPE TEI PUBLIC "-//TEI//DTD TEI P5//EN" "http://www.tei-c.org/release/xml/tei/custom/schema/dtd/tei_all.dtd">"## + body).utf8))
        #expect(publicID.turns.count == 2)
        let subset = #expect(throws: Diagnostic.self) { try read(Data((##"<!DOCTYPE TEI SYSTEM "tei_all.dtd" [<!ENTITY x "y">]>"## + body).utf8)) }
        #expect(subset?.message.contains("document type declarations are not allowed") == true)
        let entity = #expect(throws: Diagnostic.self) {
            try read(Data((##"<!DOCTYPE TEI SYSTEM "tei_all.dtd">"## + ##"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u who="#A">&nbsp;</u></body></text></TEI>"##).utf8))
        }
        #expect(entity != nil)
    }

    /// `who` holding a name as the transcriber wrote it, not pointers: the whole name is the label (and protected).
    @Test func aRawNameInWhoIsKeptWhole() throws {
        let text = ##"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u who="ИВАНОВА Е.П.">Как вы начали?</u><u who="ЛИТВИН В.М.">Меня попросили.</u><u who="ИВАНОВА Е.П.">Почему?</u></body></text></TEI>"##
        let document = try read(Data(text.utf8))
        #expect(document.turns.map(\.label) == ["ИВАНОВА Е.П.", "ЛИТВИН В.М.", "ИВАНОВА Е.П."])
        let pointers = try read(Data(##"<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><u who="#INT #OBS">Why?</u></body></text></TEI>"##.utf8))
        #expect(pointers.turns.map(\.label) == ["INT"])
    }

    @Test func recognisedByContent() throws {
        #expect(TEIImporter.recognizes(ImportFile(displayName: "a.xml", data: try TestSupport.importFixture("oral-history.xml"))))
        #expect(!TEIImporter.recognizes(ImportFile(displayName: "a.xml", data: Data(#"<interview xmlns="urn:thematic:interview:1"/>"#.utf8))))
    }
}
