import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import WebVTTImporter

@Suite("WebVTT importer")
struct WebVTTImporterTests {
    func read(_ data: Data, name: String = "t.vtt") throws -> ImportedDocument {
        try WebVTTImporter(options: StageOptions(specs: WebVTTImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    func read(_ text: String) throws -> ImportedDocument { try read(Data(text.utf8)) }

    @Test func zoomCuesMergeBySpeaker() throws {
        let document = try read(try TestSupport.importFixture("zoom.vtt"))
        #expect(document.turns.map(\.label) == ["Kari Nilsen", "Ola Hansen", "Kari Nilsen", "Ola Hansen"])
        #expect(document.turns.map(\.text) == [
            "Good morning, and thanks for joining me on Zoom. Could you say what a normal week looks like?",
            "A normal week? Well, on Mondays I check the sensor alarms and then I answer questions from the day shift .",
            "Is that part of your job description?",
            "Not formally, no. It just landed on me, Kari.",
        ])
        #expect(document.turns.map(\.start) == [1.2, 8.3, 16.4, 18.5])
        #expect(document.turns.map(\.end) == [7.9, 16.0, 18.0, 21.25])
    }

    /// Zoom writes the display name before every cue, and a display name can be a lower-case handle (round 3 of real
    /// files: the whole interview became one turn of the interviewer).
    @Test func aLowerCaseHandleThatPrefixesCuesIsASpeaker() throws {
        var text = "WEBVTT\r\n\r\n"
        let lines = ["Zhongzheng Xu: Okay, shall we start?", "afaan: So, first of all, it depends.", "afaan: There are many agents.",
                     "Zhongzheng Xu: Why is that?", "afaan: Because of the manager agent.", "Zhongzheng Xu: I see."]
        for (index, line) in lines.enumerated() {
            text += "\(index + 1)\r\n00:00:\(String(format: "%02d", index * 5)).000 --> 00:00:\(String(format: "%02d", index * 5 + 4)).000\r\n\(line)\r\n\r\n"
        }
        let document = try read(text)
        #expect(document.turns.map(\.label) == ["Zhongzheng Xu", "afaan", "Zhongzheng Xu", "afaan", "Zhongzheng Xu"])
        #expect(document.turns[1].text == "So, first of all, it depends. There are many agents.")
        // A word and a colon in a few cues of a file whose cues carry no names stays text.
        let plain = try read("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nKari: so: we start\n\n2\n00:00:03.000 --> 00:00:04.000\nOla: note: later\n\n3\n00:00:05.000 --> 00:00:06.000\nKari: note: now\n\n4\n00:00:07.000 --> 00:00:08.000\nOla: note: again\n")
        #expect(plain.turns.map(\.label) == ["Kari", "Ola", "Kari", "Ola"])
    }

    /// Teams' captions of 2020 wrote unpadded times whose fraction counts milliseconds (round 4 of real files: refused
    /// at the first timing line).
    @Test func unpaddedTeamsTimesAreMilliseconds() throws {
        let text = "WEBVTT\n\n0:0:0.0 --> 0:0:4.80\n<v Kari Nilsen>Shall we start?</v>\n\n0:4:6.80 --> 0:4:6.530\n<v Ola Hansen>Yes.</v>\n"
        let document = try read(text)
        #expect(document.turns.map(\.start) == [0, 246.08])
        #expect(document.turns.map(\.end) == [4.08, 246.53])
        #expect(Subtitles.unpaddedSeconds("00:00:42.80") == nil, "a padded time keeps its decimal fraction")
    }

    @Test func teamsVoiceSpansGuidsSettingsAndNotes() throws {
        let document = try read(try TestSupport.importFixture("teams.vtt"))
        #expect(document.turns.map(\.label) == ["Siri Dahl", "Even Strand", "Siri Dahl", "Even Strand"])
        #expect(document.turns[1].text == "Better than I feared. The night shift uses the tablets now. Though the login still takes too long & people give up.")
        #expect(document.turns[1].start == 5.9 && document.turns[1].end == 12.01)
        #expect(document.findings.contains { $0.message == "1 NOTE block left out (not speech)" })
    }

    @Test func cuesOutOfOrderAreKeptInFileOrderAndReported() throws {
        // A podcast's SRT retimed by hand: cue 2 starts a quarter second before cue 1.
        let document = try read("WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nA: One?\n\n00:00:01.000 --> 00:00:02.000\nB: Two.\n\n00:00:07.000 --> 00:00:08.000\nA: Three?\n\n00:00:09.000 --> 00:00:10.000\nB: Four.\n")
        #expect(document.turns.map(\.text) == ["One?", "Two.", "Three?", "Four."])
        #expect(document.findings.contains { $0.location == "cue 2 (line 6)" && $0.message.contains("cue 2 (line 6) starts at 00:00:01.000, before cue 1 (line 3)") })
    }

    @Test func overlappingCuesAreKeptAndReported() throws {
        let document = try read("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\nA: One?\n\n00:00:04.000 --> 00:00:06.000\nB: Two.\n\n00:00:07.000 --> 00:00:08.000\nA: Three?\n\n00:00:09.000 --> 00:00:10.000\nB: Four.\n")
        #expect(document.turns.count == 4)
        #expect(document.findings.contains { $0.location == "cues 2" && $0.message.contains("overlapping") })
    }

    @Test func aFileWithoutTheSignatureOrWithoutSpeakersIsRefused() throws {
        #expect(throws: Diagnostic.self) { try read("00:00:01.000 --> 00:00:02.000\nHello\n") }
        let error = #expect(throws: Diagnostic.self) { try read("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there\n") }
        #expect(error?.message.contains("no cue names its speaker") == true)
        let timing = #expect(throws: Diagnostic.self) { try read("WEBVTT\n\n1\n00:00:01 -> 00:00:02\nA: Hello\n") }
        #expect(timing?.line == 4)
    }

    @Test func recognisedByContentWhateverTheExtension() throws {
        #expect(WebVTTImporter.recognizes(ImportFile(displayName: "captions.txt", data: try TestSupport.importFixture("zoom.vtt"))))
        #expect(!WebVTTImporter.recognizes(ImportFile(displayName: "x.vtt", data: Data("I: hello".utf8))))
    }
}
