import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
@testable import ThematicImport
import ThematicTestSupport
import ThematicXML

/// Input an importer can read but Interview XML cannot hold (red team 2026-12, finding 14): control characters are
/// dropped and reported with their place in the source; times that are not times are refused naming the source
/// file and line. Either way the import never writes a study that `analyze` then refuses.
@Suite("Input Interview XML cannot hold")
struct UnwritableInputTests {
    let registry = ImporterRegistry(BuiltInImporters.all)

    func importStudy(_ name: String, _ text: String) throws -> ImportedStudy {
        try StudyImport(registry: registry).importStudy([ImportFile(displayName: name, data: Data(text.utf8))], settings: .init())
    }

    /// Every transcript the import would write reads back through the Interview XML reader (the schema included).
    func expectValidTranscripts(_ study: ImportedStudy) throws {
        let artifacts = try study.artifacts()
        for path in artifacts.paths where path.hasPrefix("transcripts/") {
            _ = try InterviewXMLReader().read(artifacts[path]!, name: path)
        }
    }

    @Test(arguments: [
        ("ctrl.txt", "Interviewer: How did you start?\nP1: My manager \u{1B}[31masked\u{07} me.\u{1B}[0m\nInterviewer: Why you?\nP1: Nobody\u{01} else wanted it.\u{FFFE}\u{FFFF}\n"),
        ("ctrl.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nInterviewer: How did you start?\n\n2\n00:00:05.000 --> 00:00:09.000\nP1: My manager \u{1B}]0;title\u{07}\u{1B}[1;31masked\u{07} me.\n\n3\n00:00:10.000 --> 00:00:12.000\nInterviewer: Why you?\n\n4\n00:00:13.000 --> 00:00:19.000\nP1: Nobody\u{01} else wanted it.\u{FFFE}\u{FFFF}\n"),
        ("ctrl.srt", "1\n00:00:01,000 --> 00:00:04,000\nInterviewer: How did you start?\n\n2\n00:00:05,000 --> 00:00:09,000\nP1: My manager \u{1B}[31masked\u{07} me.\n\n3\n00:00:10,000 --> 00:00:12,000\nInterviewer: Why you?\n\n4\n00:00:13,000 --> 00:00:19,000\nP1: Nobody\u{01} else wanted it.\u{FFFE}\u{FFFF}\n"),
    ])
    func controlCharactersAreDroppedAndReported(_ name: String, _ text: String) throws {
        let study = try importStudy(name, text)
        let words = study.interviews[0].turns.map(\.text)
        #expect(words == ["How did you start?", "My manager asked me.", "Why you?", "Nobody else wanted it."])
        try expectValidTranscripts(study)
        let findings = study.report.files[0].findings.filter { $0.message.contains("control character") }
        #expect(findings.count == 2, "\(findings)")
        #expect(findings.map(\.location) == (name.hasSuffix(".txt") ? ["line 2", "line 4"] : name.hasSuffix(".vtt") ? ["line 9", "line 17"] : ["line 7", "line 15"]), "\(findings)")
    }

    @Test func aLabelWithTerminalEscapesIsTheLabel() throws {
        let study = try importStudy("log.txt", "\u{1B}[1mInterviewer:\u{1B}[0m How did you start?\n\u{1B}[1mP1:\u{1B}[0m I was asked.\nInterviewer: Why?\nP1: Nobody else.\n")
        #expect(study.interviews[0].turns.map(\.speaker) == ["I1", "P01", "I1", "P01"])
        try expectValidTranscripts(study)
    }

    @Test func escapesWithoutAnEndLoseOnlyTheirControlCharacter() {
        #expect(XMLCharacters.cleaned("a\u{1B}é").text == "aé")
        #expect(XMLCharacters.cleaned("a\u{1B}(Bb").text == "ab")
        #expect(XMLCharacters.cleaned("a\u{1B}[12").text == "a[12")
        #expect(XMLCharacters.cleaned("a\u{1B}]title\nnext").text == "a]title\nnext")
        #expect(XMLCharacters.cleaned("tab\tand\r\nbreaks").removed == 0)
        // In a project's sources each character that goes is a space, so code-point offsets stay.
        let kept = XMLCharacters.cleaned("My \u{1B}[31mmanager", keepingOffsets: true)
        #expect(kept.text == "My      manager" && kept.text.unicodeScalars.count == "My \u{1B}[31mmanager".unicodeScalars.count)
    }

    static func tei(interval: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
          <teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
            <profileDesc><particDesc><listPerson><person xml:id="INT" role="interviewer"/><person xml:id="INF1" role="interviewee"/></listPerson></particDesc></profileDesc></teiHeader>
          <text><timeline unit="s" origin="#T0"><when xml:id="T0" absolute="10:00:00"/><when xml:id="T1" interval="\(interval)" since="#T0"/><when xml:id="T2" interval="9" since="#T0"/></timeline>
            <body><u who="#INT" start="#T0" end="#T1">How did you start?</u><u who="#INF1" start="#T1" end="#T2">My manager asked me.</u></body></text>
        </TEI>

        """
    }

    @Test(arguments: ["nan", "inf", "-inf", "-5", "1e308", "0x10", "NaN", ""])
    func timesThatAreNotTimesAreRefusedAtTheirLine(_ interval: String) {
        let error = #expect(throws: Diagnostic.self) { try importStudy("tei.xml", Self.tei(interval: interval)) }
        #expect(error?.file == "tei.xml" && error?.line == 5, "\(String(describing: error))")
        #expect(error?.message.contains("T1") == true, "\(String(describing: error))")
    }

    @Test func aTimeInRangeStillImports() throws {
        let study = try importStudy("tei.xml", Self.tei(interval: "4.5"))
        #expect(study.interviews[0].turns.map(\.end) == [4.5, 9])
        try expectValidTranscripts(study)
    }

    @Test func everyImportersTimesAreChecked() {
        let document = ImportedDocument(turns: [ImportedTurn(label: "A", content: [.text("x")], start: 0, end: .infinity, location: "line 7"),
                                                ImportedTurn(label: "B", content: [.text("y")], start: -.nan, location: "cue 3")])
        let error = #expect(throws: Diagnostic.self) { try StudyImport.checkTimes(document, file: "x.srt") }
        #expect(error?.file == "x.srt" && error?.line == 7 && error?.message.contains("end") == true, "\(String(describing: error))")
    }
}
