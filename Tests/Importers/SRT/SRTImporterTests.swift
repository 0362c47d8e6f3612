import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import SRTImporter

@Suite("SRT importer")
struct SRTImporterTests {
    func read(_ data: Data) throws -> ImportedDocument {
        try SRTImporter(options: StageOptions(specs: SRTImporter.descriptor.options)).read(ImportFile(displayName: "t.srt", data: data))
    }

    @Test func diarisedCuesWithCRLF() throws {
        let document = try read(try TestSupport.importFixture("diarised.srt"))
        #expect(document.turns.map(\.label) == ["SPEAKER_00", "SPEAKER_01", "SPEAKER_00", "SPEAKER_01"])
        #expect(document.turns.map(\.text) == [
            "So you have been the champion for two years now?",
            "Two years in May, yes. At first I thought it would be a small extra task.",
            "And was it?",
            "Not at all.  It grew every time the system changed.",
        ])
        #expect(document.turns.map(\.start) == [0, 3.9, 11.3, 13.5])
        #expect(document.turns.map(\.end) == [3.48, 10.95, 13.02, 17.75])
        #expect(document.turns[3].content.contains(.element(InlineElement(name: "event", children: [.text("crosstalk")]))))
    }

    @Test func unbracketedPrefixesAndNames() throws {
        let document = try read(Data("1\n00:00:01,000 --> 00:00:02,000\nSPEAKER_00: Why?\n\n2\n00:00:02,500 --> 00:00:04,000\nSPEAKER_01: Because.\n".utf8))
        #expect(document.turns.map(\.label) == ["SPEAKER_00", "SPEAKER_01"])
        #expect(document.turns.map(\.text) == ["Why?", "Because."])
    }

    @Test func badTimingNamesTheLine() throws {
        let error = #expect(throws: Diagnostic.self) { try read(Data("1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n2\n00:00:03 --> soon\nA: y\n".utf8)) }
        #expect(error?.line == 6)
    }

    /// Players show a cue whose text has a blank line in it; the text after the blank line is the cue's, not a cue.
    @Test func blankLineInsideACueKeepsItsText() throws {
        let text = "1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_00]: Why?\n\n2\n00:00:02,500 --> 00:00:04,000\n[SPEAKER_01]: Because\n\nit was spring.\n\n3\n00:00:05,000 --> 00:00:06,000\n[SPEAKER_00]: Thanks.\n"
        let document = try read(Data(text.utf8))
        #expect(document.turns.map(\.text) == ["Why?", "Because it was spring.", "Thanks."])
        #expect(document.findings.contains { $0.message.contains("blank line inside cue text") })
        // A broken timing line is named by its own line and the cue's number as the file gives it.
        let error = #expect(throws: Diagnostic.self) { try read(Data("1\n00:00:01,000 --> 00:00:02,000\nA: x\n\n\n7\n00:00:03 -> 00:00:04\nA: y\n".utf8)) }
        #expect(error?.line == 7)
        #expect(error?.message.contains("cue '7'") == true, "\(String(describing: error?.message))")
    }

    @Test func recognisedByContent() throws {
        #expect(SRTImporter.recognizes(ImportFile(displayName: "out.txt", data: try TestSupport.importFixture("diarised.srt"))))
        #expect(!SRTImporter.recognizes(ImportFile(displayName: "x.srt", data: try TestSupport.importFixture("zoom.vtt"))))
    }
}
