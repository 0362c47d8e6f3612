import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
import ThematicImport
import ThematicTestSupport

/// The development part of `Fixtures/import-real` (files real tools wrote; sources and licences in its SOURCES.md):
/// each imports with its speakers told apart and its times kept, or is refused naming the one flag that imports it.
/// The score-only files are not read here.
@Suite("real transcripts")
struct RealTranscriptTests {
    let registry = ImporterRegistry(BuiltInImporters.all)

    enum Expected {
        /// Imports: the speakers' labels (interviewer first), whether turns carry times.
        case imports(interviewer: String, participant: String, timed: Bool)
        /// A group session: the moderator's label and the participants' labels.
        case group(interviewer: String, participants: [String])
        /// Refused without speakers; imports with `--speaker-all`.
        case oneVoice(timed: Bool)
    }

    static let development: [(String, Expected)] = [
        ("ddhi-encoder/lovely.tei.xml", .imports(interviewer: "BURACK", participant: "LOVELY", timed: false)),
        ("ddhi-encoder/parker_m.tei.xml", .imports(interviewer: "markowitz", participant: "parker", timed: false)),
        ("ddhi-encoder/transcript1.docx", .imports(interviewer: "SOLOMON", participant: "TAVELA", timed: false)),
        ("pythonbytes/310-calling-all-tools-for-readmes.vtt", .oneVoice(timed: true)),
        ("pythonbytes/310-calling-all-tools-for-readmes.txt", .oneVoice(timed: false)),
        ("rse-deepgram-cli/sample.srt", .oneVoice(timed: true)),
        ("rse-deepgram-cli/sample.vtt", .oneVoice(timed: true)),
        // Three voices (an experimenter and two participants): a group session.
        ("troubleshoot175-phase-coder/meeting_saved_closed_caption.txt", .group(interviewer: "Experimenter", participants: ["G3P1", "G3P2"])),
        // A group interview of four: the host asks most questions and speaks most often; one "Thanks." from "Unknown
        // Speaker" at the end does not make them the moderator (round 3: the host was a participant).
        ("hitsave-interview-transcripts/Super Marxist Twins - Interview.md",
         .group(interviewer: "Jonas Rosland", participants: ["Nick Zaleski", "Eric Kesterson", "Saun Conlin", "Jim Bochanski", "Unknown Speaker"])),
    ]

    func file(_ path: String) throws -> ImportFile {
        let url = TestSupport.packageRoot.appendingPathComponent("Fixtures/import-real/files/" + path)
        return ImportFile(displayName: url.lastPathComponent, data: try Data(contentsOf: url))
    }

    @Test(arguments: development.map(\.0))
    func developmentFile(_ path: String) throws {
        let expected = Self.development.first { $0.0 == path }!.1
        let input = try file(path)
        switch expected {
        case .imports(let interviewer, let participant, let timed):
            let study = try StudyImport(registry: registry).importStudy([input], settings: .init())
            let speakers = study.report.files[0].speakers
            #expect(speakers.first { $0.role == "interviewer" }?.label == interviewer)
            #expect(speakers.first { $0.role == "participant" }?.label == participant)
            let turns = study.interviews[0].turns
            #expect(turns.count > 50)
            #expect(turns.contains { $0.start != nil } == timed)
            // No timestamp is left in the words.
            #expect(!turns.contains { $0.text.range(of: #"^\[?\d{1,2}:\d{2}(:\d{2})?"#, options: .regularExpression) != nil })
        case .group(let interviewer, let participants):
            let study = try StudyImport(registry: registry).importStudy([input], settings: .init())
            let speakers = study.report.files[0].speakers
            #expect(speakers.filter { $0.role == "interviewer" }.map(\.label) == [interviewer])
            #expect(speakers.filter { $0.role == "participant" }.map(\.label) == participants)
            #expect(study.interviews[0].id == "FG01" && study.interviews[0].participants.count == participants.count)
            #expect(study.interviews[0].turns.allSatisfy { $0.start != nil })
        case .oneVoice(let timed):
            let error = #expect(throws: Diagnostic.self) { try StudyImport(registry: registry).importStudy([input], settings: .init()) }
            #expect(error?.message.contains("--speaker-all") == true, "\(String(describing: error?.message))")
            let study = try StudyImport(registry: registry).importStudy([input], settings: .init(speakers: try SpeakerSettings(speakerForAll: "P01")))
            let turns = study.interviews[0].turns
            #expect(!turns.isEmpty && turns.allSatisfy { $0.speaker == "P01" })
            #expect(turns.contains { $0.start != nil } == timed)
        }
    }
}
