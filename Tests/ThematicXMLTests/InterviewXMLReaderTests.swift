import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ThematicXML

@Suite("Interview XML reader")
struct InterviewXMLReaderTests {
    let reader = InterviewXMLReader()

    func read(_ text: String, name: String = "t.xml") throws -> Interview {
        try reader.read(Data(text.utf8), name: name)
    }

    func failure(_ text: String) -> String {
        do {
            _ = try read(text)
            return "no error"
        } catch {
            return TestSupport.message(of: error)
        }
    }

    /// libxml2's own words for a text file ("Document is empty") sent users looking for a blank file.
    @Test func aFileThatIsNotXMLIsNamedAsSuchWithTheWayIn() {
        let message = failure("\u{FEFF}\n  Interviewer: How did it start?\nKari: My manager asked.\n")
        #expect(message.contains("t.xml:2: this is not XML: it begins with \"Interviewer: How did it start?\""), "\(message)")
        #expect(message.contains("thematic import"))
        #expect(failure("{\"turns\": []}").contains("begins with \"{\"turns\": []}\""))
        #expect(failure("   \n ").contains("t.xml:2: the file holds only white space"))
        #expect(!failure("\n<interview xmlns=\"urn:thematic:interview:1\"/>").contains("not XML"), "XML after blank lines is read")
    }

    /// UTF-16 without a byte-order mark begins with a NUL byte, not '<': libxml2 reads it from its XML declaration,
    /// and the check for text files must leave it to libxml2 (second reader's finding).
    @Test func utf16WithoutAByteOrderMarkIsStillRead() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n" + TestSupport.transcript(id: "P4", turns: [("I1", "Tasks?")])
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        for encoding in [String.Encoding.utf16BigEndian, .utf16LittleEndian] {
            let data = try #require(xml.data(using: encoding))
            #expect(data.first != 0xFE && data.first != 0xFF, "no byte-order mark")
            #expect(try reader.read(data, name: "t.xml").id == "P4", "\(encoding)")
        }
    }

    /// The opening quoted from a file that is not XML is someone's file on the user's terminal: its control
    /// characters (an escape sequence that retitles or clears the terminal) are not sent to it (second reader's finding).
    @Test func theOpeningOfAFileThatIsNotXMLCannotDriveTheTerminal() {
        let message = failure("\u{1B}]0;owned\u{07}\u{1B}[2JInterviewer: hello")
        #expect(message.contains("this is not XML"), "\(message)")
        #expect(!message.unicodeScalars.contains { $0.properties.generalCategory == .control }, "\(message.debugDescription)")
    }

    @Test func readsMetaTurnsAndInlineEvents() throws {
        let interview = try read(TestSupport.transcript(id: "P4", turns: [("I1", "Tasks?"), ("P4", "Mostly training, really. <event>laughs</event> And fixing things.")]))
        #expect(interview.id == "P4")
        #expect(interview.meta.interviewer == "I1")
        #expect(interview.meta.durationMinutes == 45)
        #expect(interview.turns.count == 2)
        #expect(interview.turns[1].text == "Mostly training, really.  And fixing things.")
        #expect(interview.turns[1].content.allText.contains("laughs"))
        #expect(interview.turns[1].line == 6)
    }

    @Test func convertsDurationUnits() throws {
        let text = TestSupport.transcript(id: "P1").replacingOccurrences(of: "<duration unit=\"min\">45", with: "<duration unit=\"h\">1.5")
        #expect(try read(text).meta.durationMinutes == 90)
    }

    @Test func roundTripKeepsInlineMarkup() throws {
        let turn = #"I called <anon type="person" ref="person-3">[person 3]</anon> &amp; <coded code="c1" coder="A">she came <event>laughs</event></coded>."#
        let first = try read(TestSupport.transcript(id: "P1", turns: [("P1", turn)]))
        let written = InterviewXMLWriter.xml(first)
        let second = try read(written)
        #expect(second.turns.map(\.content) == first.turns.map(\.content))
        #expect(second.turns.map(\.speaker) == first.turns.map(\.speaker))
        #expect(InterviewXMLWriter.xml(second) == written)
        #expect(written.contains(#"<anon type="person" ref="person-3">[person 3]</anon>"#))
    }

    /// Interview XML 1.1: turns may carry where they start and end in the recording; 1.0 files read as before.
    @Test func turnTimesReadAndRoundTrip() throws {
        let text = TestSupport.transcript(id: "P1", turns: [("I1", "Ready?"), ("P1", "Yes.")])
            .replacingOccurrences(of: "<turn speaker=\"I1\">", with: "<turn speaker=\"I1\" start=\"3.25\" end=\"5\">")
        let interview = try read(text)
        #expect(interview.turns[0].start == 3.25 && interview.turns[0].end == 5)
        #expect(interview.turns[1].start == nil && interview.turns[1].end == nil)
        let written = InterviewXMLWriter.xml(interview)
        #expect(written.contains("<turn speaker=\"I1\" start=\"3.25\" end=\"5\">Ready?</turn>"), "\(written)")
        #expect(written.contains("<turn speaker=\"P1\">Yes.</turn>"))
        #expect(try read(written).turns.map(\.start) == interview.turns.map(\.start))
        #expect(InterviewXMLWriter.formatSeconds(0.1 + 0.2) == "0.3")
        #expect(InterviewXMLWriter.formatSeconds(3723.0405) == "3723.041" || InterviewXMLWriter.formatSeconds(3723.0405) == "3723.04")
    }

    @Test func turnEndingBeforeItStartsNamesTheLine() {
        let text = TestSupport.transcript(id: "P1", turns: [("P1", "Yes.")])
            .replacingOccurrences(of: "<turn speaker=\"P1\">", with: "<turn speaker=\"P1\" start=\"9\" end=\"4.5\">")
        let message = failure(text)
        #expect(message.contains("t.xml:5: turn ends (end=\"4.5\") before it starts (start=\"9\")"), "\(message)")
        let negative = TestSupport.transcript(id: "P1", turns: [("P1", "Yes.")])
            .replacingOccurrences(of: "<turn speaker=\"P1\">", with: "<turn speaker=\"P1\" start=\"-1\">")
        #expect(failure(negative).contains("t.xml:5"), "\(failure(negative))")
    }

    /// Interview XML 1.3: a `<document>` (a paper of an imported project) has paragraphs and no participant; it reads
    /// back as it was written and is valid against the schema, and what would make it an interview is refused.
    @Test func aDocumentRoundTripsAndIsNoInterview() throws {
        let document = Interview.document(id: "D01", language: "en", paragraphs: [[.text("T: A title")], [.text("RQ5: "), .element(InlineElement(name: "event", children: [.text("table")]))]], source: "t.xml")
        let xml = InterviewXMLWriter.xml(document)
        let back = try InterviewXMLReader(schema: .v1).read(Data(xml.utf8), name: "t.xml")
        #expect(back.isDocument && back.id == "D01" && back.turns.map(\.content) == document.turns.map(\.content))
        #expect(back.participants.isEmpty && back.turns.map(\.speaker) == ["", ""])
        let withParticipant = xml.replacingOccurrences(of: " id=\"D01\"", with: " id=\"D01\" participant=\"P1\"")
        #expect(failure(withParticipant).contains("t.xml:2: Element '{urn:thematic:interview:1}document', attribute 'participant': The attribute 'participant' is not allowed."), "\(failure(withParticipant))")
        #expect(throws: (any Error).self) { try InterviewXMLReader(schema: nil).read(Data(withParticipant.utf8), name: "t.xml") }
        do { _ = try InterviewXMLReader(schema: nil).read(Data(withParticipant.utf8), name: "t.xml") } catch {
            #expect(TestSupport.message(of: error).contains("t.xml:1: a <document> has no participant"), "\(error)")
        }
        let withTurn = xml.replacingOccurrences(of: "<p>T: A title</p>", with: "<turn speaker=\"P1\">T: A title</turn>")
        #expect(failure(withTurn).contains("t.xml:4: <turn> in a <document>, which has paragraphs (<p>)"), "\(failure(withTurn))")
        // An interview is written as it always was.
        let interview = Interview(id: "P1", participant: "P1", language: "en", turns: [Turn(index: 0, speaker: "P1", content: [.text("Yes.")])], source: "t.xml")
        #expect(InterviewXMLWriter.xml(interview).contains("<interview xmlns=\"urn:thematic:interview:1\" id=\"P1\" participant=\"P1\" language=\"en\">"))
    }

    @Test func malformedXMLNamesLineAndColumn() {
        let text = "<?xml version=\"1.0\"?>\n<interview xmlns=\"urn:thematic:interview:1\" id=\"X\" participant=\"P1\" language=\"en\">\n<body><turn speaker=\"P1\">hi</turn>\n</bod>\n"
        let message = failure(text)
        #expect(message.hasPrefix("t.xml:4:"), "\(message)")
        #expect(message.contains("mismatch"))
    }

    @Test func invalidUTF8IsReportedWithLine() {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<interview xmlns=\"urn:thematic:interview:1\" id=\"X\" participant=\"P1\" language=\"en\">\n<body><turn speaker=\"P1\">h".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("i</turn></body></interview>\n".utf8)
        do {
            _ = try reader.read(Data(bytes), name: "bad.xml")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            let message = TestSupport.message(of: error)
            #expect(message.hasPrefix("bad.xml:3:"), "\(message)")
            #expect(message.contains("UTF-8"))
        }
    }

    @Test func schemaViolationsAreListed() {
        let text = TestSupport.transcript(id: "P1").replacingOccurrences(of: "<turn speaker=", with: "<turn who=")
        let message = failure(text)
        #expect(message.contains("'who'"), "\(message)")
        #expect(message.contains("t.xml:5"))
    }

    @Test func rejectsBillionLaughsQuicklyWithoutExpanding() {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...20 { entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">" }
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE interview [\(entities)]>\n<interview xmlns=\"urn:thematic:interview:1\" id=\"X\" participant=\"P1\" language=\"en\"><body><turn speaker=\"P1\">&lol20;</turn></body></interview>\n"
        let clock = ContinuousClock()
        var message = ""
        let elapsed = clock.measure { message = failure(text) }
        #expect(message.hasPrefix("t.xml:2:"), "\(message)")
        #expect(message.contains("document type declarations are not allowed"))
        #expect(elapsed < .seconds(5))
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        let secret = try TestSupport.temporaryDirectory().appendingPathComponent("secret.txt")
        try Data("TOP SECRET".utf8).write(to: secret)
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE interview [<!ENTITY x SYSTEM \"file://\(secret.path)\">]>\n<interview xmlns=\"urn:thematic:interview:1\" id=\"X\" participant=\"P1\" language=\"en\"><body><turn speaker=\"P1\">&x;</turn></body></interview>\n"
        let message = failure(text)
        #expect(!message.contains("TOP SECRET"))
        #expect(message.contains("document type declarations are not allowed"))
    }

    @Test func undeclaredEntityIsAnError() {
        let text = TestSupport.transcript(id: "P1", turns: [("P1", "a &nbsp; b")])
        #expect(failure(text).contains("nbsp"))
    }

    @Test func wrongNamespaceIsRejected() {
        let text = TestSupport.transcript(id: "P1").replacingOccurrences(of: "urn:thematic:interview:1", with: "urn:other")
        #expect(failure(text) != "no error")
    }

    @Test func emptyFileAndMissingFile() {
        #expect(failure("") == "t.xml:1: the file is empty")
        #expect(throws: Diagnostic.self) { try reader.read(file: "/nonexistent/x.xml") }
    }

    @Test func documentTypeScanStopsAtTheRootElement() {
        #expect(InterviewXMLReader.documentTypeLine(in: Data("<?xml?>\n<!-- c -->\n<!DOCTYPE x>\n<x/>".utf8)) == 3)
        #expect(InterviewXMLReader.documentTypeLine(in: Data("<x>&lt;!DOCTYPE</x>".utf8)) == nil)
    }

    @Test func bundledTranscriptsAreValid() throws {
        let folder = TestSupport.bundledStudy.appendingPathComponent("transcripts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(files.count == 8)
        for file in files {
            let interview = try reader.read(file: folder.appendingPathComponent(file).path)
            #expect(interview.turns.count > 10)
            let minutes = try #require(interview.meta.durationMinutes)
            #expect((42...62).contains(minutes))
        }
    }
}
