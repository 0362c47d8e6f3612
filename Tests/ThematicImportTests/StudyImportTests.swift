import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
@testable import ThematicImport
import ThematicPipeline
import ThematicTestSupport
import ThematicXML

@Suite("study import")
struct StudyImportTests {
    static let fixtures = ["diarised.srt", "markdown.md", "oral-history.xml", "plain-text.txt", "teams.vtt", "word-table.docx", "word.docx", "zoom.vtt"]
    let registry = ImporterRegistry(BuiltInImporters.all)

    func files(_ names: [String] = fixtures) throws -> [ImportFile] {
        try names.map { ImportFile(displayName: $0, data: try TestSupport.importFixture($0)) }
    }

    func importStudy(_ names: [String] = fixtures, speakers: [String] = [], interviewers: [String] = []) throws -> ImportedStudy {
        try StudyImport(registry: registry).importStudy(try files(names), settings: .init(speakers: try SpeakerSettings(speakers: speakers, interviewers: interviewers)))
    }

    @Test func theRegistryChoosesByContentThenByExtension() throws {
        let chosen = try files().map { try registry.importer(for: $0).descriptor.id }
        #expect(chosen == ["srt", "plain-text", "tei", "plain-text", "webvtt", "docx", "docx", "webvtt"])
        // Content wins: subtitles saved as .txt are still subtitles.
        #expect(try registry.importer(for: ImportFile(displayName: "zoom.txt", data: try TestSupport.importFixture("zoom.vtt"))).descriptor.id == "webvtt")
        // A CHAT transcript is known by its header whatever its name.
        #expect(try registry.importer(for: ImportFile(displayName: "session.txt", data: try TestSupport.importFixture("child-language.cha"))).descriptor.id == "chat")
        let unknown = #expect(throws: Diagnostic.self) { try registry.importer(for: ImportFile(displayName: "a.pdf", data: Data("%PDF-1.7".utf8))) }
        #expect(unknown?.message.contains("no importer reads this file") == true)
    }

    @Test func everyImporterDocumentsItself() {
        #expect(registry.importers.map { $0.descriptor.id } == ["chat", "csv", "doc", "docx", "elan", "exmaralda", "html", "odt", "plain-text", "refi-qda", "rtf", "sbv", "srt", "tei", "textgrid", "transcriber", "transcript-json", "ttml", "webvtt"])
        for importer in registry.importers {
            #expect(!importer.descriptor.summary.isEmpty && !importer.descriptor.discussion.isEmpty && !importer.descriptor.extensions.isEmpty)
        }
    }

    @Test func theStudyFolderIsValidAndRunsThroughTheLoaders() throws {
        let study = try importStudy()
        let folder = try TestSupport.temporaryDirectory()
        let artifacts = try study.artifacts()
        #expect(artifacts.paths.filter { $0.hasPrefix("transcripts/") }.count == 8)
        for path in artifacts.paths { try TestSupport.write(String(decoding: artifacts[path]!, as: UTF8.self), to: path, in: folder) }
        let loaded = try StudyLoader.load(path: folder.appendingPathComponent("study.yaml").path, displayName: "study.yaml").study
        let interviews = try artifacts.paths.filter { $0.hasPrefix("transcripts/") }.map {
            try InterviewXMLReader().read(artifacts[$0]!, name: $0)
        }
        try CorpusLoader.check(interviews, against: loaded)
        #expect(loaded.participants.map(\.id) == ["P01", "P02", "INF1", "P03", "P04", "P05", "P06", "P07"])
        #expect(loaded.team.interviewers.count == 8)
        #expect(loaded.identifiers["person"] == ["Even Strand", "Ingrid Lunde", "Jonas Aune", "Kari Nilsen", "Lars Moe", "Maria Berg", "Ola Hansen", "Per Lien", "Siri Dahl", "Tone Vik"])
        _ = try PipelineFile.load(TestSupport.write(String(decoding: artifacts["pipeline.yaml"]!, as: UTF8.self), to: "pipeline.yaml", in: folder).path)
    }

    @Test func namesNeverBecomeIds() throws {
        let study = try importStudy()
        let ids = Set(study.interviews.flatMap { [$0.id, $0.participant] + $0.turns.map(\.speaker) })
        for name in study.names {
            for part in name.split(separator: " ") { #expect(!ids.contains { $0.localizedCaseInsensitiveContains(part) }, "\(name) in \(ids)") }
        }
        #expect(study.report.files.flatMap(\.speakers).filter(\.labelIsName).map(\.label).sorted()
                == ["Even Strand", "Jonas Aune", "Kari Nilsen", "Lars Moe", "Maria Berg", "Ola Hansen", "Siri Dahl"])
    }

    /// A recording pipeline names the account that recorded and calls the other channel "UnknownChannel2": between
    /// two people the named one leads, however many questions the unnamed one asks (round 8 of real files).
    @Test func theVoiceAToolCouldNotNameIsNotTheOneWhoLeads() throws {
        let json = """
            {"utterances": [
              {"participant": "UnknownChannel2", "start_ms": 0, "end_ms": 900, "text": "Hello?"},
              {"participant": "Kari Nilsen", "start_ms": 1000, "end_ms": 4000, "text": "Hi, this is Kari from the clinic, calling about your visit."},
              {"participant": "UnknownChannel2", "start_ms": 4100, "end_ms": 5000, "text": "Oh, which one?"},
              {"participant": "Kari Nilsen", "start_ms": 5100, "end_ms": 9000, "text": "The one in March, when the new dispensers were installed."},
              {"participant": "UnknownChannel2", "start_ms": 9100, "end_ms": 9900, "text": "Right, yes?"}]}
            """
        let imported = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "transcript.json", data: Data(json.utf8))], settings: .init())
        #expect(imported.report.files[0].speakers.map { "\($0.label)=\($0.id)" } == ["UnknownChannel2=P01", "Kari Nilsen=I1"])
    }

    /// A talkative participant who ends many long answers with "you know?" is not the interviewer; the file's name
    /// naming a speaker makes them the one interviewed. (A count of question marks alone picked the participant.)
    @Test func rolesWeighQuestionsWithTurnLengthAndTheFileName() throws {
        var lines: [String] = []
        for round in 0..<4 {
            lines.append("Ana Lopez: Tell me more.")
            lines.append("Ben Olsen: Well, we started with the dispensers in round \(round) and nobody had time for training, you know? And then the night shift called me every week because the alarms went off, you know? It was a lot.")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let talkative = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "session.txt", data: Data(text.utf8))], settings: .init())
        #expect(talkative.report.files[0].speakers.map { "\($0.label)=\($0.id) \($0.mappedBy)" } == ["Ana Lopez=I1 most-questions", "Ben Olsen=P01 other-speaker"])
        let swapped = "Ana Lopez: How did you start?\nBen Olsen: With the dispensers.\nAna Lopez: Why?\nBen Olsen: Nobody else would.\n"
        let named = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "Interview with Ana Lopez.txt", data: Data(swapped.utf8))], settings: .init())
        #expect(named.report.files[0].speakers.map { "\($0.label)=\($0.id) \($0.mappedBy)" } == ["Ana Lopez=P01 file-name", "Ben Olsen=I1 file-name"])
    }

    /// Otter's Word export: a bold name run, then a grey time run; the words follow in the paragraph or below it.
    @Test func otterWordLabelsGiveTheTurnItsStart() {
        let paragraphs = [
            TextParagraph(text: "Kari Nilsen  00:13", location: "paragraph 1", markedLabel: "Kari Nilsen"),
            TextParagraph(text: "How did you start?", location: "paragraph 2"),
            TextParagraph(text: "Ola Hansen 01:02:05 My manager asked me.", location: "paragraph 3", markedLabel: "Ola Hansen"),
            TextParagraph(text: "Kari Nilsen  1:03:00", location: "paragraph 4", markedLabel: "Kari Nilsen"),
            TextParagraph(text: "Why you?", location: "paragraph 5"),
            TextParagraph(text: "Ola Hansen  1:03:04", location: "paragraph 6", markedLabel: "Ola Hansen"),
            TextParagraph(text: "No idea.", location: "paragraph 7"),
        ]
        let document = LabelledTranscript.read(paragraphs)
        #expect(document.turns.map(\.text) == ["How did you start?", "My manager asked me.", "Why you?", "No idea."])
        #expect(document.turns.map(\.start) == [13, 3725, 3780, 3784])
    }

    /// A recording with one voice: every cue is one participant's, paragraphs at pauses, times kept; text the same.
    @Test func speakerAllPutsEveryCueInOneParticipantsTurns() throws {
        let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nI was born on a farm.\n\n00:00:04.500 --> 00:00:07.000\nWe had six cows.\n\n00:00:12.000 --> 00:00:15.000\nThen the war came.\n"
        let file = ImportFile(displayName: "testimony.vtt", data: Data(vtt.utf8))
        #expect(throws: Diagnostic.self) { try StudyImport(registry: registry).importStudy([file], settings: .init()) }
        let study = try StudyImport(registry: registry).importStudy([file], settings: .init(speakers: try SpeakerSettings(speakerForAll: "P03")))
        #expect(study.interviews[0].participant == "P03")
        #expect(study.interviews[0].turns.map(\.speaker) == ["P03", "P03"])
        #expect(study.interviews[0].turns.map(\.start) == [1, 12])
        #expect(study.report.files[0].findings.contains { $0.message.contains("--speaker-all") })
        let text = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "t.txt", data: Data("I was born on a farm.\n\nWe had six cows.\n".utf8))],
                                                                 settings: .init(speakers: try SpeakerSettings(speakerForAll: "P03")))
        #expect(text.interviews[0].turns.map(\.text) == ["I was born on a farm.", "We had six cows."])
        #expect(throws: Diagnostic.self) { try SpeakerSettings(speakerForAll: "I1") }
        // A file that names its speakers: the labels are set aside, and the names among them still protected.
        let voices = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Kari Nilsen>How did it go?</v>\n\n00:00:05.000 --> 00:00:07.000\n<v Ola Hansen>Well.</v>\n"
        let labelled = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "v.vtt", data: Data(voices.utf8))],
                                                                     settings: .init(speakers: try SpeakerSettings(speakerForAll: "P03")))
        #expect(labelled.names.contains("Kari Nilsen") && labelled.names.contains("Ola Hansen"), "\(labelled.names)")
        let lines = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "l.txt", data: Data("Interviewer: How?\nKari: Fine.\nInterviewer: Why?\nKari: Time.\n".utf8))],
                                                                  settings: .init(speakers: try SpeakerSettings(speakerForAll: "P03")))
        #expect(lines.names.contains("Kari"), "\(lines.names)")
    }

    /// noScribe numbers its speakers S00, S01: speakers, not questions ("S:" alone is spørsmål); an experimenter and a
    /// podcast host interview.
    @Test func numberedSLabelsAreSpeakersAndExperimentersInterview() {
        #expect(SpeakerLabel.role(of: "S00") == nil)
        #expect(SpeakerLabel.role(of: "S") == .interviewer)
        #expect(SpeakerLabel.role(of: "Experimenter") == .interviewer)
        #expect(SpeakerLabel.role(of: "Guest 2") == .participant)
    }

    /// A ZIP archive of stored members (no compression), with their CRC-32s, which reading a member checks.
    static func storedZIP(_ members: [(String, Data)]) -> Data {
        var body = Data(), directory = Data()
        func le(_ value: Int, _ bytes: Int) -> Data { Data((0..<bytes).map { UInt8((value >> (8 * $0)) & 0xFF) }) }
        func crc32(_ data: Data) -> Int {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in data {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return Int(~crc)
        }
        for (name, content) in members {
            let offset = body.count
            let header = le(20, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(crc32(content), 4) + le(content.count, 4) + le(content.count, 4) + le(name.utf8.count, 2)
            body += Data([0x50, 0x4B, 0x03, 0x04]) + header + le(0, 2) + Data(name.utf8) + content
            directory += Data([0x50, 0x4B, 0x01, 0x02]) + le(20, 2) + header + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) + le(offset, 4) + Data(name.utf8)
        }
        return body + directory + Data([0x50, 0x4B, 0x05, 0x06]) + le(0, 2) + le(0, 2) + le(members.count, 2) + le(members.count, 2)
            + le(directory.count, 4) + le(body.count, 4) + le(0, 2)
    }

    /// NVivo 15 (Mac) stores a project's .docx sources uncompressed, so "word/document.xml" shows in its bytes: the
    /// archive's directory decides — a project.qde at the root is a REFI-QDA project, word/document.xml a Word file.
    @Test func aProjectHoldingWordSourcesIsAProjectNotAWordFile() throws {
        let source = Self.storedZIP([("word/document.xml", Data("<w:document/>".utf8))])
        let project = Self.storedZIP([("Sources/interview.docx", source), ("project.qde", Data("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>".utf8))])
        #expect(try registry.importer(for: ImportFile(displayName: "study.qdpx", data: project)).descriptor.id == "refi-qda")
        #expect(try registry.importer(for: ImportFile(displayName: "study.zip", data: project)).descriptor.id == "refi-qda")
        #expect(try registry.importer(for: ImportFile(displayName: "notes.bin", data: source)).descriptor.id == "docx")
    }

    /// Word for the web's "Transcribe" names its main part `word/document2.xml` in `_rels/.rels` (round 3 of real
    /// files): the package's relationships decide, not a fixed name.
    @Test func aWordFileWhoseMainPartHasAnotherNameIsRead() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }
        let body = ["00:00:00 Speaker 1", "Shall we start?", "00:00:04 Speaker 2", "Yes, we use the cloud.", "00:00:09 Speaker 1", "Which one?",
                    "00:00:12 Speaker 2", "Azure, mostly."].map(paragraph).joined()
        let rels = """
            \u{FEFF}<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml" Id="rId1"/></Relationships>
            """
        let docx = Self.storedZIP([("_rels/.rels", Data(rels.utf8)), ("word/document2.xml", Data("<w:document \(w)><w:body>\(body)</w:body></w:document>".utf8))])
        let file = ImportFile(displayName: "Interview 2.bin", data: docx)
        #expect(try registry.importer(for: file).descriptor.id == "docx")
        let study = try StudyImport(registry: registry).importStudy([file], settings: .init())
        #expect(study.interviews[0].turns.map(\.speaker) == ["I1", "P01", "I1", "P01"])
        #expect(study.interviews[0].turns.map(\.start) == [0, 4, 9, 12])
    }

    /// A Word interview typed with no labels, the interviewee in red (round 2 of real files): colours are speakers when
    /// two of them alternate; emphasis in a third colour stays in its turn; one colour throughout is still refused.
    @Test func speakersToldApartByFontColourAreRead() throws {
        let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        func paragraph(_ text: String, _ colour: String?) -> String {
            "<w:p><w:r>\(colour.map { "<w:rPr><w:color w:val=\"\($0)\"/></w:rPr>" } ?? "")<w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
        }
        let lines: [(String, String?)] = [("How did you start?", nil), ("With the dispensers.", "FF0000"), ("Why you?", nil),
                                          ("Nobody else wanted it.", "FF0000"), ("Important:", "0000FF"), ("And now?", nil), ("Now it works.", "FF0000")]
        func docx(_ lines: [(String, String?)]) -> Data {
            Self.storedZIP([("word/document.xml", Data("<w:document \(w)><w:body>\(lines.map(paragraph).joined())</w:body></w:document>".utf8))])
        }
        let study = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "Interview 1.docx", data: docx(lines))], settings: .init())
        #expect(study.interviews[0].turns.map(\.speaker) == ["I1", "P01", "I1", "P01", "I1", "P01"])
        #expect(study.interviews[0].turns[3].text == "Nobody else wanted it. Important:")
        #expect(study.report.files[0].findings.contains { $0.message.hasPrefix("no speaker labels: speakers told apart by font colour") })
        #expect(throws: Diagnostic.self) {
            try StudyImport(registry: registry).importStudy([ImportFile(displayName: "one.docx", data: docx(lines.map { ($0.0, nil) }))], settings: .init())
        }
    }

    /// In a group, one "Thanks?" from a speaker with one turn does not make them the moderator; nor does a
    /// transcription tool's "Unknown Speaker", who is several people (round 3 of real files: the host was taken for a participant).
    @Test func theModeratorOfAGroupIsOneWhoSpeaksOften() throws {
        var lines: [String] = []
        for round in 0..<5 {
            lines.append("Jonas Rosland: What happened in year \(round)?")
            lines.append("Eric Kesterson: We shipped the game and the publisher went quiet for months, which hurt the whole team.")
            lines.append("Saun Conlin: And the art had to be redone twice because the engine changed under us.")
            lines.append("Unknown Speaker: Right?")
        }
        lines.append("Nick Zaleski: Thanks?")
        let text = lines.joined(separator: "\n") + "\n"
        let study = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "group.txt", data: Data(text.utf8))], settings: .init())
        #expect(study.report.files[0].speakers.filter { $0.role == "interviewer" }.map(\.label) == ["Jonas Rosland"])
    }

    @Test func datesWithMonthNamesAndCompactDurations() {
        #expect(StudyImport.isoDate("12-May-2023") == "2023-05-12")
        #expect(StudyImport.isoDate("May 12, 2023") == "2023-05-12")
        #expect(StudyImport.isoDate("12. mai 2023") == "2023-05-12")
        #expect(StudyImport.isoDate("12.03.2024") == "2024-03-12")
        #expect(StudyImport.isoDate("10:36") == nil)
        #expect(StudyImport.minutes("1h09m31s") == 69.52)
        #expect(StudyImport.minutes("45 min") == 45)
    }

    @Test func theInterviewerIsWhoAsksOrWhoTheUserNames() throws {
        // Kari opens the call with thanks for joining (she also asks the most questions): the opening decides.
        let inferred = try importStudy(["zoom.vtt"])
        #expect(inferred.report.files[0].speakers.map { "\($0.label)=\($0.id) \($0.mappedBy)" } == ["Kari Nilsen=I1 opens-with-welcome", "Ola Hansen=P01 other-speaker"])
        let named = try importStudy(["zoom.vtt"], speakers: ["ola hansen=P07", "Kari Nilsen=I2"])
        #expect(named.interviews[0].turns.map(\.speaker) == ["I2", "P07", "I2", "P07"])
        #expect(named.interviews[0].id == "P07")
        let flipped = try importStudy(["zoom.vtt"], interviewers: ["Ola Hansen"])
        #expect(flipped.interviews[0].participant == "P01")
        #expect(flipped.report.files[0].speakers.first { $0.label == "Kari Nilsen" }?.role == "participant")
    }

    /// A focus group: each speaker who is not the moderator is a participant of their own, the session is FG01, and
    /// a participant who speaks again in a later session keeps their id.
    @Test func aGroupSessionGivesEachSpeakerTheirOwnParticipant() throws {
        let text = "Moderator: What do you think?\nAnna Li: I agree.\nBo Ek: I do not.\nModerator: Why?\nAnna Li: Time.\nBo Ek: Money.\n"
        let later = "Moderator: And now?\nBo Ek: Still money.\nCarl Ny: Staff.\nModerator: Anything else?\nBo Ek: No.\nCarl Ny: No.\n"
        let study = try StudyImport(registry: registry).importStudy([ImportFile(displayName: "group.txt", data: Data(text.utf8)),
                                                                     ImportFile(displayName: "later.txt", data: Data(later.utf8))], settings: .init())
        #expect(study.interviews.map(\.id) == ["FG01", "FG02"])
        #expect(study.interviews[0].participants == ["P01", "P02"])
        #expect(study.interviews[1].participants == ["P02", "P03"])
        #expect(study.interviews[0].turns.map(\.speaker) == ["I1", "P01", "P02", "I1", "P01", "P02"])
        #expect(study.participantIDs == ["P01", "P02", "P03"])
        #expect(study.report.files[0].findings.contains { $0.message.contains("a group session: 2 participants speak") })
        // Written as Interview XML 1.2 and read back the same.
        let xml = InterviewXMLWriter.xml(study.interviews[0])
        #expect(xml.contains(#"participant="P01" participants="P01 P02""#))
        let read = try InterviewXMLReader().read(Data(xml.utf8), name: "FG01.xml")
        #expect(read.participants == ["P01", "P02"])
    }

    @Test func aRepeatInterviewKeepsItsParticipant() throws {
        let first = ImportFile(displayName: "a.txt", data: Data("I: How are you?\nRita Ness: Fine.\nI: Why?\nRita Ness: Sun.\n".utf8))
        let second = ImportFile(displayName: "b.txt", data: Data("I: And now?\nRita Ness: Tired.\nI: Why?\nRita Ness: Nights.\n".utf8))
        let study = try StudyImport(registry: registry).importStudy([second, first], settings: .init())
        #expect(study.interviews.map(\.id) == ["P01", "P01-2"])
        #expect(study.interviews.map(\.participant) == ["P01", "P01"])
        #expect(study.interviews.map(\.source) == ["transcripts/P01.xml", "transcripts/P01-2.xml"])
    }

    @Test func filesWithoutTurnsAreErrorsNamingTheFile() throws {
        for (name, text) in [("empty.txt", ""), ("prose.txt", "This is an essay.\nIt has no speakers at all.\n")] {
            let error = #expect(throws: Diagnostic.self) {
                try StudyImport(registry: registry).importStudy([ImportFile(displayName: name, data: Data(text.utf8))], settings: .init())
            }
            #expect(error?.file == name)
            #expect(error?.message.contains("no turns found") == true)
        }
    }

    @Test func theImportIsDeterministicWhateverTheOrderOfFiles() throws {
        let a = try importStudy().artifacts()
        let b = try StudyImport(registry: registry).importStudy(try files().reversed(), settings: .init()).artifacts()
        #expect(a.paths == b.paths)
        for path in a.paths { #expect(a[path] == b[path], "\(path)") }
    }

    @Test func unknownImporterOptionsAreRefused() throws {
        let error = #expect(throws: Diagnostic.self) {
            try StudyImport(registry: registry).importStudy(try files(["zoom.vtt"]), settings: .init(options: ["max-expanded-mb": .integer(3)]))
        }
        #expect(error?.message.contains("unknown option 'max-expanded-mb' for the importers these files need (webvtt)") == true)
    }

    @Test func headerDatesAndDurations() {
        #expect(StudyImport.isoDate("12.03.2024") == "2024-03-12")
        #expect(StudyImport.isoDate("2024-03-12") == "2024-03-12")
        #expect(StudyImport.isoDate("12/3/2024") == "2024-03-12")
        #expect(StudyImport.isoDate("March 2024") == nil)
        #expect(StudyImport.minutes("48 min") == 48)
        #expect(StudyImport.minutes("1:02:30") == 62.5)
        #expect(StudyImport.minutes("1h 2m") == 62)
        #expect(StudyImport.minutes("1 t 5 min") == 65)
        #expect(StudyImport.minutes("long") == nil)
    }
}

/// Which labels are ids and which are names (red team 2026-12, finding 04).
@Suite("Speaker labels: ids and names")
struct SpeakerLabelIDTests {
    @Test(arguments: ["P5", "P05", "I1", "IV2", "INF1", "SPEAKER_00", "spk_1", "Speaker 2", "Respondent 3", "Deltaker 4", "R2", "Q1", "A3", "Pt4", "PAT2", "PAT_12",
                           // "Speaker" in the languages of diarisation tools' output (round 8 of real files: an Indonesian
                           // clusterer's `Pembicara 99` was protected as a name).
                           "Pembicara 12", "Pembicara 99", "Sprecher 2", "Hablante 1", "Locuteur 3",
                           // A tool's word before the diariser's id (round 10: `Speaker_SPEAKER_05` read as no label).
                           "Speaker_SPEAKER_05", "Speaker_0"])
    func idsAreIds(_ label: String) {
        #expect(SpeakerLabel.isRoleOrID(label))
    }

    @Test(arguments: ["kari85", "olan1", "Torgeir2", "Kari 2", "nordmann7", "Kari Nilsen", "ola_h2", "Mette-Marit 3", "Pat2", "Pat 2", "pat85", "Kari_kari_2"])
    func namesWithNumbersAreNames(_ label: String) {
        #expect(!SpeakerLabel.isRoleOrID(label))
        #expect(!SpeakerLabel.looksLikeID(label))
    }

    @Test func aNameWithANumberIsProtectedWithAndWithoutIt() {
        #expect(SpeakerLabel.protectedForms(of: "kari85") == ["kari85", "kari"])
        #expect(SpeakerLabel.protectedForms(of: "Kari 2") == ["Kari 2", "Kari"])
        #expect(SpeakerLabel.protectedForms(of: "Kari Nilsen") == ["Kari Nilsen"])
        // A GUID or a corpus code keeps its digits: taking them out made strings no text holds.
        #expect(SpeakerLabel.protectedForms(of: "68f0e9b4-d6de-4cad-9c2a-9b587e97837f@72f988bf") == ["68f0e9b4-d6de-4cad-9c2a-9b587e97837f@72f988bf"])
        #expect(SpeakerLabel.protectedForms(of: "nvs1967f") == ["nvs1967f"])
    }

    @Test func aZoomUserNameBecomesAParticipantIdAndItsNamesAreProtected() throws {
        let vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nInterviewer: How did you start?\n\n2\n00:00:05.000 --> 00:00:09.000\nkari85: My manager asked me.\n\n3\n00:00:10.000 --> 00:00:12.000\nInterviewer: Why you?\n\n4\n00:00:13.000 --> 00:00:19.000\nkari85: No idea.\n"
        let study = try StudyImport(registry: ImporterRegistry(BuiltInImporters.all)).importStudy([ImportFile(displayName: "zoom.vtt", data: Data(vtt.utf8))], settings: .init())
        #expect(study.interviews.map(\.id) == ["P01"] && study.interviews[0].source == "transcripts/P01.xml")
        #expect(study.names == ["kari", "kari85"])
    }

    /// `pat` numbers patients, but `Pat2` is a display name: read as an id it named the interview and its file and
    /// was never protected, so "Pat" in the turns was published.
    @Test func aDisplayNameThatStartsLikeAPatientNumberIsProtected() throws {
        let vtt = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nInterviewer: How did it go, Pat?\n\n2\n00:00:05.000 --> 00:00:09.000\nPat2: Fine.\n\n3\n00:00:10.000 --> 00:00:12.000\nInterviewer: Why?\n\n4\n00:00:13.000 --> 00:00:19.000\nPat2: No idea.\n"
        let study = try StudyImport(registry: ImporterRegistry(BuiltInImporters.all)).importStudy([ImportFile(displayName: "zoom.vtt", data: Data(vtt.utf8))], settings: .init())
        #expect(study.interviews.map(\.id) == ["P01"])
        #expect(study.names == ["Pat", "Pat2"])
    }
}

/// Coder ids never carry a name (red team 2026-12, finding 06).
@Suite("Coder ids")
struct CoderIDTests {
    @Test func aCoderWhoInterviewedIsTheInterviewerOthersAreNumbered() {
        let speaker = ImportReport.Speaker(id: "I1", role: "interviewer", label: "Ingvild Aasen", mappedBy: "most-questions", labelIsName: true, turns: 2)
        let file = ImportReport.FileEntry(source: "p.qde#Interview 1", sha256: "", importer: "refi-qda", importerVersion: "1", interview: "P01",
                                          transcript: "transcripts/P01.xml", language: "en", turns: 4, speakers: [speaker], metadata: [], findings: [])
        let ids = ProjectPart.coderIDs(["Ingvild Aasen", "auto", "Bjørn Dahl", "Bjørn Dahl", "ingvild aasen"], files: [file])
        #expect(ids == ["Ingvild Aasen": "I1", "ingvild aasen": "I1", "auto": "C2", "Bjørn Dahl": "C1"])
    }
}

@Suite struct CoderUserNameTests {
    @Test(arguments: ["Coder 1", "Coder One", "coder_2", "Coder B", "Rater two", "Admin", "Administrator", "Default User",
                      "coder2", "Koder 3", "User", "Student 4"])
    func aRoleWithANumberNamesNobody(_ name: String) {
        #expect(CoderUserName.namesNobody(name))
    }

    @Test(arguments: ["Ingvild Aasen", "kari85", "Coder Kari", "Kari Coder", "Bjørn", "Torgeir2", "Per 1", "Max", ""])
    func aNameWithAnyOtherWordNamesAPerson(_ name: String) {
        #expect(!CoderUserName.namesNobody(name))
    }
}
