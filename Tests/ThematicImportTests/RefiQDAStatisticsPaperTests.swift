import Foundation
import RefiQDAImporter
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport

/// A statistics paper numbers its parts: `Model 1:`, `Level 2 (schools):`, `Table 2:` open lines from its methods to
/// its last page, and they alternate and recur like speakers taking turns. A real MAXQDA 24.7 project's paper was read
/// as an interview whose speakers were `Model` and `Level` (and `Model` was then protected as a name); such headings
/// are no speakers, and the paper comes in as a document.
@Suite("REFI-QDA statistics paper")
struct RefiQDAStatisticsPaperTests {
    /// Shaped as the real paper: an abstract, methods with three models of two levels each, results with tables,
    /// 30 lines and more so its headings are the text's own, not a passage it quotes.
    static let paper: String = {
        var lines = ["Digital competence of teachers in innovative schools", "Abstract: We relate teachers' digital competence to school innovation."]
        lines += (1...8).map { "Background paragraph \($0) reviews earlier work on teachers and technology." }
        for model in 1...3 {
            lines += ["Model \(model): \(["Fully unconditional", "Partially conditional", "Fully conditional"][model - 1]) model",
                      "Level 1 (teachers): DigComp = b0 + b1 * PreICT + r", "Level 2 (schools): b0 = g00 + u0",
                      "The estimates of model \(model) are reported below."]
        }
        lines += (1...6).map { "Results paragraph \($0) compares the models." }
        lines += ["Table 1: Descriptive statistics", "Table 2: Fixed effects of the three models", "Model 1: Fully unconditional model",
                  "Model 2: Teacher-level factors", "Model 3: School-level factors", "Discussion follows the results."]
        return lines.joined(separator: "\n")
    }()

    static let interview = """
        Interviewer: How do you use the school's tablets?
        P1: Mostly for reading with the younger pupils.
        Interviewer: And the older ones?
        P1: They write their reports on them.
        """

    static func project() -> ImportFile {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Innovation" origin="MAXQDA 24 (Release 24.7.0)">
            <CodeBook><Codes><Code guid="6A1B6F0C-0000-4000-8000-00000000C001" name="Digital competence" isCodable="true"/></Codes></CodeBook>
            <Sources>
            <TextSource guid="6A1B6F0C-0000-4000-8000-000000050001" name="Teacher interview"><PlainTextContent>\(interview)</PlainTextContent></TextSource>
            <TextSource guid="6A1B6F0C-0000-4000-8000-000000050002" name="Heller 2024"><PlainTextContent>\(paper)</PlainTextContent></TextSource>
            </Sources>
            </Project>
            """
        return ImportFile(displayName: "innovation.qde", data: Data(xml.utf8))
    }

    @Test func numberedHeadingsAreNoSpeakersSoThePaperIsADocument() throws {
        let study = try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self])).importStudy([Self.project()], settings: .init())
        #expect(study.interviews.map { "\($0.id) \($0.isDocument ? "document" : "interview")" } == ["P01 interview", "D01 document"])
        let paper = try #require(study.interviews.first { $0.id == "D01" })
        #expect(paper.turns.allSatisfy { $0.speaker.isEmpty } && paper.participants.isEmpty)
        #expect(paper.turns.contains { $0.text == "Model 2: Partially conditional model" })
        #expect(!study.names.contains { ["Model", "Level", "Table"].contains($0) }, "\(study.names)")
        let rule = study.report.projectFindings.first { $0.location == "Heller 2024" && $0.message.contains(" — ") }?.message ?? ""
        #expect(rule.hasPrefix("document:"), "\(rule)")
    }

    @Test func aNumberedHeadingIsNotALabelButANumberedSpeakerIs() {
        for heading in ["Model 1", "Table 2", "Level 1", "Figure 3a", "Section 2.1", "Chapter IV", "Appendix B", "Tabell 4"] {
            #expect(!SpeakerLabel.isPlausible(heading), "\(heading)")
        }
        for speaker in ["P1", "Speaker 2", "Participant 3", "Interviewer", "Kari 2"] {
            #expect(SpeakerLabel.isPlausible(speaker), "\(speaker)")
        }
    }
}
