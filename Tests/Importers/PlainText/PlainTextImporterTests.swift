import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import PlainTextImporter

@Suite("plain-text importer")
struct PlainTextImporterTests {
    func read(_ data: Data, name: String = "t.txt", known: Set<String> = []) throws -> ImportedDocument {
        try PlainTextImporter(options: StageOptions(specs: PlainTextImporter.descriptor.options))
            .read(ImportFile(displayName: name, data: data, knownLabels: known))
    }

    func read(_ text: String, name: String = "t.txt") throws -> ImportedDocument { try read(Data(text.utf8), name: name) }

    @Test func fixtureTurnsSpeakersTextAndTimes() throws {
        let document = try read(try TestSupport.importFixture("plain-text.txt"))
        #expect(document.turns.map(\.label) == ["I", "P3", "I", "P3", "I", "P3"])
        #expect(document.turns.map(\.text) == [
            "Thank you for taking the time. Could you start by telling me how you became a tech champion?",
            "Yes. It was my head of department who asked me . I had shown some interest in the new medicine dispensers, so I suppose it was natural. But I did not know what it would mean in practice.",
            "What did it come to mean?",
            "Mostly that colleagues call me when something stops working  and that I train the new staff in the evening shift.",
            "Do you have time set aside for that?",
            "No  not really. It comes on top of everything else.",
        ])
        #expect(document.turns.map(\.start) == [5, 14, nil, 62, nil, nil])
        #expect(document.turns[1].content.contains(.element(InlineElement(name: "event", children: [.text("laughs")]))))
        #expect(document.turns[3].content.contains(.element(InlineElement(name: "event", children: [.text("inaudible")]))))
        #expect(document.metadata.map(\.kind) == [.date, .duration, .interviewer])
        #expect(document.metadata.map(\.value) == ["12.03.2024", "48 min", "Ingrid Lunde"])
        #expect(document.findings.contains { $0.location == "line 1" && $0.message.contains("before the first turn") })
        #expect(document.findings.contains { $0.message.hasPrefix("1 timestamps inside turns") })
    }

    @Test func markdownLabelsAndEmphasis() throws {
        let document = try read(try TestSupport.importFixture("markdown.md"), name: "markdown.md")
        #expect(document.turns.map(\.label) == ["Maria Berg", "Jonas Aune", "Maria Berg", "Jonas Aune"])
        #expect(document.turns[1].text == "Sure. I keep the electronic health record running for the ward, more or less. I also hold short sessions for the assistants when there is an update.")
        #expect(document.turns[3].content == [.text("Every other month, I would say "), .element(InlineElement(name: "event", children: [.text("laughs")])), .text(". The supplier decides.")])
    }

    @Test func encodingsAndLineEndingsReadTheSame() throws {
        let original = try TestSupport.importFixture("plain-text.txt")
        let text = String(decoding: original, as: UTF8.self)
        let expected = try read(original).turns
        let crlf = Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let bom = Data([0xEF, 0xBB, 0xBF]) + original
        var utf16LE = Data([0xFF, 0xFE])
        for unit in text.utf16 { utf16LE.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        var utf16BE = Data([0xFE, 0xFF])
        for unit in text.utf16 { utf16BE.append(contentsOf: [UInt8(unit >> 8), UInt8(unit & 0xFF)]) }
        for variant in [crlf, bom, utf16LE, utf16BE] {
            #expect(try read(variant).turns == expected)
        }
    }

    /// Windows and Latin-1 tools write "på" as one byte 0xE5: read as Windows-1252, with a finding that says so.
    @Test func aWindows1252FileIsReadAndReported() throws {
        let latin1 = Data("I: Hello?\nP1: Ja, jeg er sykepleier p".utf8) + Data([0xE5]) + Data(" sykehjemmet, sa hun ".utf8) + Data([0x93, 0x6A, 0x61, 0x94]) + Data(".\n".utf8)
        let document = try read(latin1)
        #expect(document.turns.last?.content == [.text("Ja, jeg er sykepleier på sykehjemmet, sa hun “ja”.")])
        #expect(document.findings.contains { $0.message.contains("read as Windows-1252") })
    }

    @Test func bytesNoEncodingWeReadGivesAreRefusedWithTheLine() throws {
        let broken = Data("I: Hello?\nP1: Ja".utf8) + Data([0x81, 0xE5]) + Data(" sykehjemmet.\n".utf8)
        let error = #expect(throws: Diagnostic.self) { try read(broken) }
        #expect(error?.line == 2)
        #expect(error?.message.contains("invalid UTF-8") == true)
        #expect(error?.message.contains("iconv") == true)
    }

    @Test func aLabelIsASpeakerWhenItRecursOrIsARole() throws {
        let document = try read("""
            Interviewer: Welcome, shall we start?
            Anna Li: Yes.
            Note: this is still Anna speaking about the schedule.
            Interviewer: Thanks.
            Anna Li: You are welcome.
            """)
        // "Interviewer:" opening the file is a turn (a sentence follows, not a name); "Note:" once is text.
        #expect(document.turns.map(\.label) == ["Interviewer", "Anna Li", "Interviewer", "Anna Li"])
        #expect(document.turns[1].text == "Yes. Note: this is still Anna speaking about the schedule.")
        #expect(document.metadata.isEmpty)
    }

    @Test func otterStyleLabelLines() throws {
        let document = try read("""
            Speaker 1  0:00
            So, how did it start?

            Speaker 2  0:04
            With a phone call from my manager.
            She said I was the obvious choice.

            Speaker 1  1:02
            Were you?
            """)
        #expect(document.turns.map(\.label) == ["Speaker 1", "Speaker 2", "Speaker 1"])
        #expect(document.turns.map(\.start) == [0, 4, 62])
        #expect(document.turns[1].text == "With a phone call from my manager. She said I was the obvious choice.")
    }

    @Test func aNameSeenOnceIsASpeakerWhenTheUserNamedIt() throws {
        let text = "Kari Nilsen: Could you say more?\nP1: Yes, of course.\nP1: More."
        #expect(try read(Data(text.utf8)).turns.map(\.label) == ["P1"])
        #expect(try read(Data(text.utf8), known: ["kari nilsen"]).turns.map(\.label) == ["Kari Nilsen", "P1"])
    }

    /// Zoom's "Save transcript": `[Name] 19:00:25` above the words; times of day become time into the recording.
    @Test func zoomSavedCaptions() throws {
        let text = "[Kari Nilsen] 19:00:25\nHello, how did you start?\n[Ola Hansen] 19:00:31\nMy manager asked me.\nIt was spring.\n[Kari Nilsen] 19:01:02\nWhy you?\n[Ola Hansen (Helse Midt)] 19:01:10\nNobody else wanted it.\n"
        let document = try read(text, name: "meeting_saved_closed_caption.txt")
        #expect(document.turns.map(\.label) == ["Kari Nilsen", "Ola Hansen", "Kari Nilsen", "Ola Hansen"])
        #expect(document.turns.map(\.text) == ["Hello, how did you start?", "My manager asked me. It was spring.", "Why you?", "Nobody else wanted it."])
        #expect(document.turns.map(\.start) == [0, 6, 37, 45])
        #expect(document.affiliations == ["Helse Midt"])
    }

    /// Markdown with speakers as headings above their paragraphs; a heading said once is a title.
    @Test func markdownHeadingsAsSpeakers() throws {
        let text = "# Interview 3\n\n### Interviewer\n\nHow did you start?\n\n### Participant\n\nMy manager asked me.\n\nIt was spring.\n\n### Interviewer\n\nWhy you?\n"
        let document = try read(text, name: "t.md")
        #expect(document.turns.map(\.label) == ["Interviewer", "Participant", "Interviewer"])
        #expect(document.turns.map(\.text) == ["How did you start?", "My manager asked me. It was spring.", "Why you?"])
    }

    /// A podcast's Markdown (round 6 of real files, a hand-written sample of its shape): `**Break:** \[12:08\]` and
    /// `**Outro:**` use the speaker syntax with only a time — section markers, not speakers; escaped brackets are
    /// brackets, so `\[11:38\]` opening a turn is its start, not words.
    @Test func markdownSectionMarkersAreNoSpeakers() throws {
        let text = """
            **Ana Berg:** Welcome back, shall we start?

            **Ola Dahl:** \\[11:38\\] Yes. It is a \\*big\\* topic.

            **Break:** \\[12:08\\]

            **Ana Berg:** So, coming back to it?

            **Ola Dahl:** Gladly.

            **Outro:** \\[01:02:40.22\\]
            """
        let document = try read(text, name: "t.md")
        #expect(document.turns.map(\.label) == ["Ana Berg", "Ola Dahl", "Ana Berg", "Ola Dahl"])
        #expect(document.turns.map(\.text) == ["Welcome back, shall we start?", "Yes. It is a *big* topic.", "So, coming back to it?", "Gladly."])
        #expect(document.turns[1].start == 698)
        #expect(document.findings.filter { $0.message.hasPrefix("a section marker") }.map(\.location) == ["line 5", "line 11"])
    }

    /// A recorder's header line without keys: its date and duration are read, a time of day is not a duration.
    @Test func headerLineDateAndDuration() throws {
        let document = try read("12-May-2023 - 10:36 - 1h09m31s – Ana\nInterviewer: How did you start?\nAna: My manager asked me.\n")
        #expect(document.metadata.map(\.kind) == [.date, .duration])
        #expect(document.metadata.map(\.value) == ["12-May-2023", "1h09m31s"])
    }

    /// A diarisation script's `[start - end] SPEAKER_00 - words` lines (Python's microsecond times).
    @Test func timeRangeLinesFromDiarisationScripts() throws {
        let document = try read("[0:00:06.835000 - 0:00:07.235000] SPEAKER_00 -  Hello, how did you start?\n[0:00:12.520000 - 0:00:13] SPEAKER_01 - It's all right.\n[0:00:14.000000 - 0:00:15] SPEAKER_00 - Why?\n")
        #expect(document.turns.map(\.label) == ["SPEAKER_00", "SPEAKER_01", "SPEAKER_00"])
        #expect(document.turns.map(\.text) == ["Hello, how did you start?", "It's all right.", "Why?"])
        #expect(document.turns.map(\.start) == [6.835, 12.52, 14])
    }

    /// A diarisation script writing Chinese punctuation: the range, a full-width comma, the label and a full-width
    /// colon on a line, the words indented below (round 8 of real files: "no turns found").
    @Test func bareTimeRangeLinesWithFullWidthPunctuationAreLabels() throws {
        let document = try read("00:00:00-00:00:10，speaker0：\n\n    欢迎大家来到今天的讨论。\n    \n00:00:10-00:00:19，speaker1：\n\n    谢谢邀请。\n    \n00:00:19-00:00:29，speaker2：\n\n    我也很高兴。\n")
        #expect(document.turns.map(\.label) == ["speaker0", "speaker1", "speaker2"])
        #expect(document.turns.map(\.start) == [0, 10, 19])
        #expect(document.turns[1].text == "谢谢邀请。")
    }

    /// A room device or shared account as a call shows it: two names joined by a dash are one label
    /// (round 8: a Markdown interview read as one speaker for 110 labelled paragraphs).
    @Test func twoNamesJoinedByADashAreOneDeviceLabel() throws {
        let document = try read("Horizons Architecture Systems: Hola, Ana. Buenos días.\n\nLuis Pardo - Mario Adrián Flores: Buenos días.\n\nHorizons Architecture Systems: ¿Cómo empezó todo?\n\nLuis Pardo - Mario Adrián Flores: Con las tabletas.\n", name: "t.md")
        #expect(document.turns.map(\.label) == ["Horizons Architecture Systems", "Luis Pardo - Mario Adrián Flores", "Horizons Architecture Systems", "Luis Pardo - Mario Adrián Flores"])
    }

    /// A Markdown transcript published with YAML front matter (round 8: its guest line became a fourth speaker and
    /// the description's names a turn): the metadata is left out and said so; a rule above a transcript is not it.
    @Test func yamlFrontMatterIsNotSpeech() throws {
        let text = "---\nguest: Ana Lima + Ola Berg\ntitle: 'Why products fail'\ndescription: \"Ana Lima and Ola Berg talk\\\n  \\ about it.\"\nkeywords:\n- design\n---\n\n# Ana Lima + Ola Berg\n\n## Transcript\n\nKari Nilsen (00:00:00):\nWelcome to the show. How did it start?\n\nAna Lima (00:00:08):\nWith a guest post.\n\nKari Nilsen (00:00:20):\nAnd then?\n\nAna Lima (00:00:25):\nWe wrote more.\n"
        let document = try read(text, name: "t.md")
        #expect(Set(document.turns.map(\.label)) == ["Kari Nilsen", "Ana Lima"])
        #expect(document.turns.first?.text == "Welcome to the show. How did it start?")
        #expect(document.findings.contains { $0.location == "lines 1–8" && $0.message.hasPrefix("YAML front matter left out") })
        let ruled = try read("---\nKari Nilsen: Hello, how are you?\n\nOla Berg: Fine.\n\nKari Nilsen: Good.\n---\n", name: "t.md")
        #expect(ruled.turns.count == 3)
    }

    /// Whisper's plain text, a phrase a line and no labels (round 8 of real files: "i 64" — "in '64" — read as the
    /// interviewer's label and the 340 lines above it left out): the lines are speech no label owns, so the import
    /// says so and names the one-flag remedy; show notes of short lines above a transcript are not.
    @Test func aRecognisersPhrasesBeforeALabelShapedLineAreSpeech() throws {
        let phrases = ["og da vi kom dit", "jeg husker ikke helt", "men du vet", "vi bodde i et lite hus", "ok", "og så flyttet vi"]
        let lines = (0..<180).map { phrases[$0 % phrases.count] } + ["i 64", "kom vi tilbake", "jeg var ganske ung"]
        let document = try read(lines.joined(separator: "\n") + "\n")
        #expect(document.unattributedSpeech?.message.contains("--speaker-all P01") == true)
        let notes = (0..<120).map { "- [Link \($0)](https://example.org/\($0)): you will like it" } + ["Kari Nilsen: Welcome, how are you?", "Ola Berg: Fine.", "Kari Nilsen: Good."]
        #expect(try read(notes.joined(separator: "\n") + "\n", name: "t.md").unattributedSpeech == nil)
    }

    /// f4transkript's time marks (`#00:01:02-3#`) close a paragraph: taken out of the text, each starts the turn
    /// after it; a mark that opens a turn is its own start, and one on a line of its own starts the next.
    @Test func f4TimeMarksStartTheTurnAfterThem() throws {
        let document = try read("""
            I: Wie war der Anfang? #00:00:04-5#
            B: Schwierig, #00:00:06-1# ehrlich gesagt. #00:00:09-0#
            I: Warum? #00:00:10-2#
            B: Keiner wusste Bescheid. #00:01:02-3#
            #00:01:30-0#
            IP: #00:01:31-4# Ich war dabei.
            """)
        #expect(document.turns.map(\.label) == ["I", "B", "I", "B", "IP"])
        #expect(document.turns.map(\.text) == ["Wie war der Anfang?", "Schwierig, ehrlich gesagt.", "Warum?", "Keiner wusste Bescheid.", "Ich war dabei."])
        #expect(document.turns.map(\.start) == [nil, 4.5, 9, 10.2, 91.4])
        #expect(document.findings.contains { $0.message.hasPrefix("7 f4 time marks") })
    }

    /// Markdown a WhisperX pipeline writes: a heading per diarised speaker, its label the tool's word before the
    /// diariser's id, timed segments below (round 10 of real files: all of it read as one voice).
    @Test func diarisedHeadingsWithADoubledPrefixAreSpeakers() throws {
        let document = try read("""
            # episode_12

            **Language:** Unknown

            ## Speaker_SPEAKER_01

            **[00:00:01 - 00:00:04]** Welcome back, everyone.

            **[00:00:04 - 00:00:06]** Today we talk about maps.

            ## Speaker_SPEAKER_00

            **[00:00:07 - 00:00:09]** Thanks for having me.

            ## Speaker_SPEAKER_01

            **[00:00:10 - 00:00:12]** So, where do we start?
            """, name: "t.md")
        #expect(document.turns.map(\.label) == ["Speaker_SPEAKER_01", "Speaker_SPEAKER_00", "Speaker_SPEAKER_01"])
        #expect(document.turns.first?.text.contains("Today we talk about maps.") == true)
    }
}

/// Meetings held in chat, logged as IRC clients write them (round 10 of real files: a Markdown page of one refused).
@Suite("plain-text importer: chat logs")
struct ChatLogTests {
    func read(_ text: String, name: String = "t.txt") throws -> ImportedDocument {
        try PlainTextImporter(options: StageOptions(specs: PlainTextImporter.descriptor.options)).read(ImportFile(displayName: name, data: Data(text.utf8)))
    }

    @Test func nicksInAngleBracketsAreSpeakers() throws {
        let document = try read("""
            [12:01] <chair_> Welcome to the meeting.
            [12:01] <chair_> First item: the release.
            [12:02] <bridge> <ola> hi all
            [12:03] <@kari> The release is ready.
            [12:04] <chair_> Thanks.
            """)
        #expect(document.turns.map(\.label) == ["chair_", "ola", "kari", "chair_"])
        #expect(document.turns.first?.text == "Welcome to the meeting. First item: the release.")
        #expect(document.turns.map(\.start) == [0, 60, 120, 180])
        let markdown = try read("""
            # Logs

            **\\<sgp\\_>** Meeting time  
            **\\<xmrmatterbridge> \\<rehrar>** hiya  
            **\\<sgp\\_>** Next item.  
            """, name: "t.md")
        #expect(markdown.turns.map(\.label) == ["sgp_", "rehrar", "sgp_"])
    }

    /// A note in angle brackets at a line's start is no nick.
    @Test func notesInAngleBracketsAreNoNicks() throws {
        let document = try read("I: How was it?\nP: <laughs> Fine.\nI: And then?\nP: <sighs> Hard.\n")
        #expect(document.turns.map(\.label) == ["I", "P", "I", "P"])
    }
}

/// A recogniser's numbered labels corrected by hand with the real speaker's letter after them (round 10 of real
/// files: the recogniser's numbers were read as speakers of their own).
@Suite("plain-text importer: corrected machine labels")
struct CorrectedMachineLabelTests {
    func read(_ text: String) throws -> ImportedDocument {
        try PlainTextImporter(options: StageOptions(specs: PlainTextImporter.descriptor.options)).read(ImportFile(displayName: "t.md", data: Data(text.utf8)))
    }

    @Test func theLetterAfterARecognisersLabelIsTheSpeaker() throws {
        let document = try read("""
            S: Welcome aboard.

            C: Hello!

            S: And Alex.

            C: Hi again.

            Speaker 0: S So, the game.

            Speaker 0: C I loved it.

            Speaker 1: S A fine choice.

            Speaker 2: C: Sure.
            """)
        #expect(document.turns.map(\.label) == ["S", "C", "S", "C", "S", "C", "S", "C"])
        #expect(document.turns.dropLast().last?.text == "A fine choice.")
    }

    /// Without letters labelling turns of their own, a letter after a label is the text's.
    @Test func aLetterThatLabelsNothingStaysText() throws {
        let document = try read("Speaker 0: I think so.\n\nSpeaker 1: A few of them.\n\nSpeaker 0: I see.\n")
        #expect(document.turns.map(\.label) == ["Speaker 0", "Speaker 1", "Speaker 0"])
        #expect(document.turns.dropFirst().first?.text == "A few of them.")
    }
}
