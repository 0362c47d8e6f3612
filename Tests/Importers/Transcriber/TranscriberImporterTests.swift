import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
@testable import TranscriberImporter

/// Transcriber. `transcriber.trs` is ours, in the shape Transcriber 1.5 saves: ISO-8859-1, the trans-14.dtd
/// DOCTYPE, a speaker without a name, a music turn, an overlap of two speakers and events.
@Suite("Transcriber importer")
struct TranscriberImporterTests {
    func read(_ data: Data, name: String = "t.trs") throws -> ImportedDocument {
        try TranscriberImporter(options: StageOptions(specs: TranscriberImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    @Test func turnsOverlapsAndEventsAreRead() throws {
        let data = try TestSupport.importFixture("transcriber.trs")
        #expect(TranscriberImporter.recognizes(ImportFile(displayName: "t.xml", data: data)))
        let document = try read(data)
        #expect(document.turns.map(\.label) == ["Intervjuer", "Intervjuer", "Søren", "Søren"])
        #expect(document.turns.map(\.text) == ["Hvordan gik det med det nye system?", "altså", "ja det", " det var svært i starten"])
        #expect(document.turns.map(\.start) == [1.1, 4.5, 4.5, 6])
        #expect(document.turns.last?.content.first.map { if case .element = $0 { true } else { false } } == true)
        let findings = document.findings.map(\.message)
        #expect(findings.contains("speaker 'spk3' (spk3) has no turns"))
        #expect(findings.contains("1 turns without a speaker (music, silence, noise) left out"))
        #expect(findings.contains("1 transcriber's comments left out (not speech)"))
    }

    @Test func undeclaredSpeakersAndBadTimesAreRefusedAtTheirLine() throws {
        func trs(_ turn: String) -> Data {
            Data("<Trans>\n<Speakers><Speaker id=\"spk1\" name=\"A\"/></Speakers>\n<Episode><Section>\n\(turn)\n</Section></Episode></Trans>".utf8)
        }
        let undeclared = #expect(throws: Diagnostic.self) { try read(trs("<Turn speaker=\"spk1 spk9\" startTime=\"0\">x</Turn>")) }
        #expect(undeclared?.line == 4)
        #expect(undeclared?.message.contains("'spk9'") == true)
        let badTime = #expect(throws: Diagnostic.self) { try read(trs("<Turn speaker=\"spk1\" startTime=\"-3\">x</Turn>")) }
        #expect(badTime?.line == 4)
        #expect(throws: Diagnostic.self) { try read(Data("<TEI/>".utf8)) }
        #expect(throws: Diagnostic.self) { try read(Data("<!DOCTYPE Trans [<!ENTITY a \"b\">]><Trans/>".utf8)) }
    }

    /// A speaker <Speakers> names who never speaks (a second interviewee, a relative in the room) is still a person
    /// the interview is about: their name is declared, so the study protects it, as a speaking one's label is.
    @Test func aDeclaredSpeakerWhoNeverSpeaksIsStillProtected() throws {
        let document = try read(Data("""
            <Trans><Speakers><Speaker id="spk1" name="Intervjuer"/><Speaker id="spk2" name="Quorra Vemdal"/>
            <Speaker id="spk3" name="Yrsabel Fenwickstad"/><Speaker id="spk4"/></Speakers>
            <Episode><Section><Turn speaker="spk1" startTime="0">hvem var med</Turn><Turn speaker="spk2" startTime="2">yrsabel var med</Turn></Section></Episode></Trans>
            """.utf8))
        #expect(Set(document.declaredSpeakers.compactMap(\.name)) == ["Quorra Vemdal", "Yrsabel Fenwickstad"])
        #expect(document.declaredSpeakers.allSatisfy { $0.role == nil })
    }
}
