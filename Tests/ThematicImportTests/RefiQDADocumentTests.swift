import Foundation
import RefiQDAImporter
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import ThematicXML

/// Not every source of a project is an interview: a paper's `T:`, `RQ5:` or `Abstract:` lines are not speakers and
/// its abbreviations are not names. Such sources come in as documents (Interview XML `<document>`), codable, their
/// codings kept and exported back; the rule that decided is in the import report, and the user can say otherwise.
@Suite("REFI-QDA documents")
struct RefiQDADocumentTests {
    static let interview = """
        Interviewer: How do you use the research?
        P1: I read the papers when I can.
        Interviewer: Which ones?
        P1: Mostly the ones on night shifts.
        """
    static let paper = """
        T: Night shifts and sensor alarms
        Abstract: We studied alarms in four wards.
        RQ5: Do alarms change rounds?
        Results show fewer rounds at night.
        """
    static let fieldNotes = """
        Arrived at 21:00, the ward was quiet.
        Two nurses on duty, one student.
        """

    static func project(paperName: String = "Smith 2021") -> ImportFile {
        func span(_ text: String, _ part: String) -> String {
            let range = text.range(of: part)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            return "startPosition=\"\(start)\" endPosition=\"\(start + part.unicodeScalars.count)\""
        }
        func selection(_ n: Int, _ text: String, _ part: String) -> String {
            "<PlainTextSelection guid=\"00000000-0000-4000-8000-00000006000\(n)\" \(span(text, part))><Coding guid=\"00000000-0000-4000-8000-0000000d000\(n)\" creatingUser=\"00000000-0000-4000-8000-00000000a001\"><CodeRef targetGUID=\"00000000-0000-4000-8000-00000000c001\"/></Coding></PlainTextSelection>"
        }
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Mixed" origin="MAXQDA 24">
            <Users><User guid="00000000-0000-4000-8000-00000000a001" name="Ann Berg"/></Users>
            <CodeBook><Codes><Code guid="00000000-0000-4000-8000-00000000c001" name="Night work" isCodable="true"/></Codes></CodeBook>
            <Cases><Case guid="00000000-0000-4000-8000-0000000f0001" name="P1"><SourceRef targetGUID="00000000-0000-4000-8000-000000050001"/></Case></Cases>
            <Sources>
            <TextSource guid="00000000-0000-4000-8000-000000050001" name="Interview 1"><PlainTextContent>\(interview)</PlainTextContent>\(selection(1, interview, "night shifts"))</TextSource>
            <TextSource guid="00000000-0000-4000-8000-000000050002" name="\(paperName)"><PlainTextContent>\(paper)</PlainTextContent>\(selection(2, paper, "Do alarms change rounds?\nResults show"))\(selection(3, paper, "Night shifts"))</TextSource>
            <TextSource guid="00000000-0000-4000-8000-000000050003" name="Field notes ward 3"><PlainTextContent>\(fieldNotes)</PlainTextContent>\(selection(4, fieldNotes, "the ward was quiet"))</TextSource>
            </Sources>
            </Project>
            """
        return ImportFile(displayName: "mixed.qde", data: Data(xml.utf8))
    }

    static func importStudy(_ file: ImportFile, options: [String: OptionValue] = [:]) throws -> ImportedStudy {
        try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self])).importStudy([file], settings: .init(options: options))
    }

    @Test func aPaperAndFieldNotesAreDocumentsAndTheInterviewIsNot() throws {
        let study = try Self.importStudy(Self.project())
        #expect(study.interviews.map { "\($0.id) \($0.isDocument ? "document" : "interview")" } == ["P01 interview", "D01 document", "D02 document"])
        let paper = try #require(study.interviews.first { $0.id == "D01" })
        // Its colon lines stay text; no one speaks, no one is a participant, no abbreviation becomes a name.
        #expect(paper.turns.map(\.text) == ["T: Night shifts and sensor alarms", "Abstract: We studied alarms in four wards.", "RQ5: Do alarms change rounds?", "Results show fewer rounds at night."])
        #expect(paper.turns.allSatisfy { $0.speaker.isEmpty } && paper.participants.isEmpty)
        #expect(!study.names.contains { ["T", "RQ5", "Abstract", "rq5"].contains($0) }, "\(study.names)")
        #expect(study.participantIDs == ["P01"])
        // Each source's rule, and the kind in its file entry.
        let rules = Dictionary(uniqueKeysWithValues: study.report.projectFindings.filter { $0.message.contains(" — ") }.map { ($0.location, $0.message) })
        #expect(rules["Interview 1"]?.hasPrefix("interview: speaker labels alternate like a conversation (") == true, "\(rules)")
        #expect(rules["Smith 2021"]?.hasPrefix("document: colon lines that do not take turns like a conversation (") == true, "\(rules)")
        #expect(rules["Field notes ward 3"]?.hasPrefix("document: its name says so ('field'); no speaker labels") == true, "\(rules)")
        #expect(study.report.files.map { $0.kind ?? "interview" } == ["interview", "document", "document"])
        // Their codings are kept, a selection across paragraphs as one segment per paragraph.
        let csv = try #require(study.project?.codings["C1"])
        #expect(csv.contains("D01,2,5,29,night-work,C1") && csv.contains("D01,3,0,12,night-work,C1") && csv.contains("D01,0,3,15,night-work,C1"), "\(csv)")
        #expect(csv.contains("D02,0,18,36,night-work,C1"), "\(csv)")
        #expect(study.report.totals.codings == 4 && study.report.totals.droppedCodings == 0)
        // The transcript is a <document>, valid against the bundled schema.
        let xml = InterviewXMLWriter.xml(paper)
        #expect(xml.contains("<document xmlns=\"urn:thematic:interview:1\" id=\"D01\" language=\"en\">") && xml.contains("<p>RQ5: Do alarms change rounds?</p>"))
        let back = try InterviewXMLReader(schema: .v1).read(Data(xml.utf8), name: "D01.xml")
        #expect(back.isDocument && back.turns.map(\.text) == paper.turns.map(\.text) && back.participants.isEmpty)
    }

    /// The user decides over the evidence: by name, or `*` for all; a name no source has is an error.
    @Test func theUserCanSayWhatASourceIs() throws {
        let asInterview = try Self.importStudy(Self.project(), options: ["interviews": .list(["Field notes ward 3"])])
        let notes = try #require(asInterview.report.projectFindings.first { $0.location == "Field notes ward 3" && $0.message.contains(" — ") })
        #expect(notes.message.hasPrefix("interview: named in the importer option 'interviews'"))
        #expect(asInterview.interviews.filter(\.isDocument).count == 1)
        // The interview named a document has no participant, so its case's attributes describe no one.
        let caseIsDocument = try Self.importStudy(Self.project().withCaseVariable(), options: ["documents": .list(["Interview 1"]), "interviews": .list(["Smith 2021"])])
        #expect(caseIsDocument.project?.attributes == [:], "\(String(describing: caseIsDocument.project?.attributes))")
        #expect(try Self.importStudy(Self.project().withCaseVariable()).project?.attributes == ["P01": ["Ward": "3"]])
        let allInterviews = try Self.importStudy(Self.project(), options: ["interviews": .list(["*"])])
        #expect(allInterviews.interviews.filter(\.isDocument).isEmpty)
        // Documents alone are no interview study: refused at import, not when the folder fails to load.
        do {
            _ = try Self.importStudy(Self.project(), options: ["documents": .list(["*"])])
            Issue.record("a project of documents alone was imported")
        } catch {
            #expect("\(error)".contains("mixed.qde: every source was read as a document"), "\(error)")
        }
        #expect(throws: (any Error).self) { try Self.importStudy(Self.project(), options: ["documents": .list(["Smith 2022"])]) }
        do { _ = try Self.importStudy(Self.project(), options: ["documents": .list(["Smith 2022"])]) } catch {
            #expect("\(error)".contains("mixed.qde: --option documents: no text source of the project is named 'Smith 2022'"), "\(error)")
        }
    }

    /// import → export → import: the documents come back as documents with their codings, as TextSources whose text
    /// is the paragraphs (no speaker prefix) and with no case.
    @Test func documentsComeBackThroughTheExport() throws {
        let first = try RefiQDAFidelityTests.importAndExport(Self.project())
        let second = try RefiQDAFidelityTests.importAndExport(ImportFile(displayName: "project.qdpx", data: first.export))
        #expect(second.study.interviews.map { "\($0.id) \($0.isDocument)" }.sorted() == first.study.interviews.map { "\($0.id) \($0.isDocument)" }.sorted())
        #expect(second.codings.map { "\($0.interview) \($0.turn) \($0.start) \($0.end) \($0.code)" } == first.codings.map { "\($0.interview) \($0.turn) \($0.start) \($0.end) \($0.code)" })
        let exported = try RefiQDAFixedPointTests.digest(ImportFile(displayName: "project.qdpx", data: first.export))
        #expect(exported.cases == ["P01  | P01"])
        #expect(exported.codings.filter { $0.hasPrefix("D01 ") }.count == 2, "a selection across paragraphs is one selection again")
        let qde = try #require(try RefiQDAFidelityTests.storedMember(first.export, "project.qde"))
        #expect(try XMLSchemaValidator.bundled("refi-qda/Project.xsd").violations(of: qde, name: "project.qde").isEmpty)
    }
}

extension ImportFile {
    /// The mixed project with a variable on its case.
    func withCaseVariable() -> ImportFile {
        let xml = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<Cases>", with: "<Variables><Variable guid=\"00000000-0000-4000-8000-0000000e0001\" name=\"Ward\" typeOfVariable=\"Text\"/></Variables><Cases>")
            .replacingOccurrences(of: "name=\"P1\">", with: "name=\"P1\"><VariableValue><VariableRef targetGUID=\"00000000-0000-4000-8000-0000000e0001\"/><TextValue>3</TextValue></VariableValue>")
        return ImportFile(displayName: displayName, data: Data(xml.utf8))
    }
}
