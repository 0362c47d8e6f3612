import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import TranscriptJSONImporter

/// Segment JSON as Whisper, WhisperX and pyannote pipelines write it (examples ours, in their shapes).
@Suite struct TranscriptJSONImporterTests {
    func read(_ json: String, speakerForAll: String? = nil) throws -> ImportedDocument {
        var file = ImportFile(displayName: "t.json", data: Data(json.utf8))
        file.speakerForAll = speakerForAll
        return try TranscriptJSONImporter(options: StageOptions(specs: TranscriptJSONImporter.descriptor.options)).read(file)
    }

    @Test func pyannoteSpeakerIDsGiveTurns() throws {
        let document = try read("""
            {"metadata": {"transcriber": "whisper_openai", "diarizer": "pyannote"},
             "segments": [
              {"text": " So, how did it start?", "start": 0.0, "end": 4.56, "speaker_id": "Speaker 1"},
              {"text": " And then?", "start": 4.56, "end": 6.88, "speaker_id": "Speaker 1"},
              {"text": " With the tablets.", "start": 6.88, "end": 14.52, "speaker_id": "Speaker 2"},
              {"text": " Okay.", "start": 14.52, "end": 15.52, "speaker_id": "Speaker 1"}]}
            """)
        #expect(document.turns.map(\.label) == ["Speaker 1", "Speaker 2", "Speaker 1"])
        #expect(document.turns[0].start == 0 && document.turns[1].start == 6.88)
        #expect(document.turns[0].content == [.text("So, how did it start? And then?")], "\(document.turns[0].content)")
    }

    @Test func whisperXSegmentsWithWordsReadTheSegmentText() throws {
        let document = try read("""
            {"segments": [{"start": 0.5, "end": 2.0, "text": "Hello there.", "speaker": "SPEAKER_00", "words": [{"word": "Hello"}]},
                          {"start": 2.1, "end": 3.0, "text": "Hi.", "speaker": "SPEAKER_01"}], "language": "en"}
            """)
        #expect(document.turns.map(\.label) == ["SPEAKER_00", "SPEAKER_01"])
    }

    /// Deepgram's paragraphs (speakers as numbers, sentences inside) and AssemblyAI's utterances (milliseconds,
    /// speakers as letters): the shapes the two services return (round 5 of real files: Deepgram refused).
    @Test func deepgramParagraphsAndAssemblyAIUtterancesGiveTurns() throws {
        let deepgram = try read("""
            {"metadata": {}, "results": {"channels": [{"alternatives": [{"transcript": "…", "paragraphs": {"paragraphs": [
              {"start": 0.48, "end": 4.0, "speaker": 0, "sentences": [{"text": "Okay.", "start": 0.48, "end": 0.98}, {"text": "Shall we start?", "start": 2.9, "end": 4.0}]},
              {"start": 4.5, "end": 9.0, "speaker": 1, "sentences": [{"text": "Yes, please.", "start": 4.5, "end": 9.0}]}]}}]}]}}
            """)
        #expect(deepgram.turns.map(\.label) == ["Speaker 0", "Speaker 1"])
        #expect(deepgram.turns[0].text == "Okay. Shall we start?" && deepgram.turns[1].start == 4.5)
        let assembly = try read("""
            {"id": "x", "utterances": [{"speaker": "A", "start": 480, "end": 4000, "text": "Shall we start?"},
                                       {"speaker": "B", "start": 4500, "end": 9000, "text": "Yes."}]}
            """)
        #expect(assembly.turns.map(\.label) == ["Speaker A", "Speaker B"])
        #expect(assembly.turns.map(\.start) == [0.48, 4.5])
    }

    /// A meeting corpus's turns as `{"speaker", "content"}` objects with no times, beside lists that are no
    /// transcript (queries, topics): read untimed, in the order written (round 10 of real files: QMSum refused).
    @Test func speakerAndTextWithoutTimesAreUntimedTurns() throws {
        let document = try read("""
            {"topic_list": [{"topic": "Opening", "relevant_text_span": [["0", "2"]]}],
             "query_list": [{"query": "What was decided?", "answer": "To meet again."}],
             "meeting_transcripts": [
              {"speaker": "Chair", "content": "Shall we begin ?"},
              {"speaker": "Designer", "content": "Yes ."},
              {"speaker": "Designer", "content": "I brought the drawings ."},
              {"speaker": "Chair", "content": "Good , let us look ."}]}
            """)
        #expect(document.turns.map(\.label) == ["Chair", "Designer", "Chair"])
        #expect(document.turns.dropFirst().first?.text == "Yes . I brought the drawings .")
        #expect(document.turns.allSatisfy { $0.start == nil && $0.end == nil })
        let bare = try read(#"[{"speaker": "Q", "text": "Where were you born?"}, {"speaker": "A", "text": "In Bergen."}]"#)
        #expect(bare.turns.map(\.label) == ["Q", "A"])
    }

    /// A testimony stored as a list of labelled strings, with the questions and the answers again in lists of their
    /// own: the full list is read, once (round 10 of real files: refused).
    @Test func labelledStringsAreTurnsReadOnce() throws {
        let document = try read("""
            {"id": "T-1", "sequence": ["Q: Could you tell me your name?", "A: Ola Hansen.", "Q: Where were you born?", "A: In Bergen,\\nby the sea."],
             "questions": ["Q: Could you tell me your name?", "Q: Where were you born?"],
             "answers": ["A: Ola Hansen.", "A: In Bergen,\\nby the sea."], "notes": ["PREFACE", "Recorded in 1989."]}
            """)
        #expect(document.turns.map(\.label) == ["Q", "A", "Q", "A"])
        #expect(document.turns.last?.text == "In Bergen, by the sea.")
    }

    @Test func withoutSpeakersItAsksForOneVoice() throws {
        let json = #"[{"start": 0, "end": 1, "text": "Once upon a time."}, {"start": 1, "end": 2, "text": "We lived by the sea."}]"#
        #expect(throws: Diagnostic.self) { try read(json) }
        #expect(try read(json, speakerForAll: "P01").turns.allSatisfy { $0.label == "P01" })
    }

    /// The Hugging Face transformers pipeline (round 6 of real files, our sample of its shape): `chunks` with a
    /// `timestamp` pair, no speakers, the last end null.
    @Test func huggingFaceChunksAreSegments() throws {
        let json = #"{"text": " Once upon a time. We lived by the sea.", "chunks": [{"timestamp": [0.02, 1.5], "text": " Once upon a time."}, {"timestamp": [1.5, null], "text": " We lived by the sea."}]}"#
        #expect(TranscriptJSONImporter.recognizes(ImportFile(displayName: "raw.json", data: Data(json.utf8))))
        #expect(throws: Diagnostic.self) { try read(json) }
        let document = try read(json, speakerForAll: "P01")
        #expect(document.turns.map(\.text).joined(separator: " ") == "Once upon a time. We lived by the sea.")
        #expect(document.turns.first?.start == 0.02)
    }

    @Test func brokenSegmentsAreNamed() throws {
        for (json, message) in [("{\"segments\": [{\"start\": 0, \"end\": 1}]}", "segment 1 has no 'text'"),
                                ("{\"segments\": [{\"text\": \"a\", \"start\": \"soon\", \"end\": 1}]}", "segment 1 needs 'start' and 'end'"),
                                ("{\"segments\": [", "not valid JSON"), ("{\"other\": 1}", "no list of segments with a text and a start time: the top level is an object with keys other")] {
            let error = #expect(throws: Diagnostic.self) { try read(json) }
            #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        }
    }

    /// A pyannote + ASR pipeline keyed by audio chunk (round 7's shape, our words): each entry a pair of a speaker
    /// label and its segments with `content`; empty chunks skipped; chunks in numeric order, segments by time.
    @Test func chunkMapOfLabelledPairsIsRead() throws {
        let document = try read(String(decoding: try TestSupport.importFixture("diarised-chunks.json"), as: UTF8.self))
        #expect(document.turns.map(\.label) == ["speaker_SPEAKER_00", "speaker_SPEAKER_01", "speaker_SPEAKER_00", "speaker_SPEAKER_01"])
        #expect(document.turns.map(\.text) == ["So how did it start?", "With a phone call from my manager.", "And was it easy?", "Not at first. Then the training began."])
        #expect(document.turns.first?.start == 0.256)
        #expect(document.findings.contains { $0.message.contains("segments read from $.*[1][]") })
    }

    /// Rev's `monologues` (speaker a number, words as elements with spaces and punctuation of their own), a speaker
    /// on the object holding a list, and AWS Transcribe's items with speaker spans.
    @Test func otherServicesShapesAreFoundByTheirKeys() throws {
        let rev = try read(#"{"monologues": [{"speaker": 0, "elements": [{"type": "text", "value": "How", "ts": 0.5, "end_ts": 0.8}, {"type": "punct", "value": " "}, {"type": "text", "value": "so", "ts": 0.8, "end_ts": 1.0}, {"type": "punct", "value": "?"}]}, {"speaker": 1, "elements": [{"type": "text", "value": "Because", "ts": 1.5, "end_ts": 2.0}, {"type": "punct", "value": "."}]}]}"#)
        #expect(rev.turns.map(\.label) == ["Speaker 0", "Speaker 1"])
        #expect(rev.turns.map(\.text) == ["How so?", "Because."])
        #expect(rev.turns.map(\.start) == [0.5, 1.5])
        let nested = try read(#"{"speakers": [{"speaker": "Ann", "utterances_list": [{"begin": "0:00:01.5", "text": "Hello?"}]}, {"speaker": "Bo", "utterances_list": [{"begin": "0:00:03", "text": "Hi."}]}]}"#)
        #expect(nested.turns.map(\.label) == ["Ann", "Bo"])
        #expect(nested.turns.map(\.start) == [1.5, 3])
        let aws = try read(#"{"results": {"transcripts": [{"transcript": "Hello? Yes."}], "speaker_labels": {"segments": [{"start_time": "0.0", "end_time": "1.0", "speaker_label": "spk_0"}, {"start_time": "1.0", "end_time": "2.0", "speaker_label": "spk_1"}]}, "items": [{"start_time": "0.1", "end_time": "0.5", "alternatives": [{"content": "Hello"}], "type": "pronunciation"}, {"alternatives": [{"content": "?"}], "type": "punctuation"}, {"start_time": "1.2", "end_time": "1.5", "alternatives": [{"content": "Yes"}], "type": "pronunciation"}, {"alternatives": [{"content": "."}], "type": "punctuation"}]}}"#)
        #expect(aws.turns.map(\.label) == ["spk_0", "spk_1"])
        #expect(aws.turns.map(\.text) == ["Hello?", "Yes."])
    }

    /// A file with no segments is refused naming what it holds; hostile nesting neither crashes nor hangs.
    /// A segment found by its keys but without a start time (a recogniser's unaligned segment, `"start": null`) keeps
    /// its words, placed between its neighbours and reported; before, it was left out without a word.
    @Test func untimedSegmentsFoundByTheirKeysKeepTheirWords() throws {
        let document = try read("""
            {"result": {"utterances": [
              {"text": "How did it start?", "start": 0.0, "end": 2.0, "speaker": "Interviewer"},
              {"text": "With the tablets.", "start": 2.0, "end": 4.0, "speaker": "Kari"},
              {"text": "Then Ola Berg came with his plan.", "start": null, "end": null, "speaker": "Kari"},
              {"text": "And then?", "start": 8.0, "end": 9.0, "speaker": "Interviewer"},
              {"text": "It worked.", "speaker": "Kari"},
              {"text": "Good.", "start": 12.0, "end": 13.0, "speaker": "Interviewer"}]}}
            """)
        let words = document.turns.map { $0.content.map { "\($0)" }.joined() }.joined(separator: " ")
        #expect(words.contains("Ola Berg") && words.contains("It worked."), "\(words)")
        #expect(document.turns.map(\.label) == ["Interviewer", "Kari", "Interviewer", "Kari", "Interviewer"])
        #expect(document.turns[3].start == 10)
        #expect(document.findings.contains { $0.message.contains("2 without a start time placed between their neighbours") }, "\(document.findings.map(\.message))")
    }

    @Test func unrecognisedShapesAreDescribed() throws {
        let error = #expect(throws: Diagnostic.self) { try read(#"{"meta": {"model": "x"}, "results": [{"id": 1, "label": "a"}]}"#) }
        #expect(error?.message.contains("lists of objects: $.results (1 objects with keys id, label)") == true, "\(String(describing: error?.message))")
        let deep = String(repeating: "[", count: 400) + String(repeating: "]", count: 400)
        _ = try? read(deep)
        let wide = "{" + (0..<3000).map { "\"k\($0)\": [\"s\", [{\"text\": \"a\", \"start\": \($0)}]]" }.joined(separator: ",") + "}"
        #expect(try read(wide).turns.count == 1)
    }

    /// A pipeline that sends a Zoom recording's channels to AssemblyAI one by one: `participant` names the channel,
    /// times are `start_ms` / `end_ms` (round 8 of real files: "segment 1 needs 'start' and 'end'").
    @Test func utterancesWithParticipantsAndMillisecondKeysGiveTurns() throws {
        let document = try read("""
            {"meeting_uuid": "abc==", "num_channels": 2, "utterances": [
              {"participant": "UnknownChannel2", "start_ms": 14640, "end_ms": 15980, "text": "Hello, good afternoon.", "confidence": 0.7},
              {"participant": "Kari Nilsen", "start_ms": 16800, "end_ms": 18260, "text": "Hi, how are you?", "confidence": 0.9}]}
            """)
        #expect(document.turns.map(\.label) == ["UnknownChannel2", "Kari Nilsen"])
        #expect(document.turns[0].start == 14.64 && document.turns[1].end == 18.26)
    }

    /// A diariser's speakers as numbers (`"speaker": 0`) in a bare list of turns (round 8: "no cue names its speaker").
    @Test func numericSpeakersAreSpeakerN() throws {
        let document = try read("""
            [{"speaker": 0, "start": 0.0, "end": 25.6, "text": "It is hard to make something new."},
             {"speaker": 1, "start": 25.6, "end": 30.1, "text": "Why is that?"},
             {"speaker": 0, "start": 30.1, "end": 76.60000000000001, "text": "Because the history is long."}]
            """)
        #expect(document.turns.map(\.label) == ["Speaker 0", "Speaker 1", "Speaker 0"])
    }

    /// Google Speech-to-Text's response: each result's transcript, timed only by its words (`"25.600s"`); no
    /// speakers, so the one-flag remedy is named and `--speaker-all` reads it (round 8: "no list of segments").
    @Test func googleSpeechResultsAreReadByTheirWordTimes() throws {
        let json = """
            {"@type": "type.googleapis.com/google.cloud.speech.v1.LongRunningRecognizeResponse", "results": [
              {"alternatives": [{"confidence": 0.9, "transcript": "welcome to the podcast", "words": [
                {"startTime": "0s", "endTime": "1.200s", "word": "welcome"}, {"startTime": "1.200s", "endTime": "2.500s", "word": "podcast"}]}]},
              {"alternatives": [{"confidence": 0.9, "transcript": " thanks for having me", "words": [
                {"startTime": "40.100s", "endTime": "41s", "word": "thanks"}, {"startTime": "41s", "endTime": "42.300s", "word": "me"}]}]}]}
            """
        let error = #expect(throws: Diagnostic.self) { try read(json) }
        #expect(error?.message.contains("--speaker-all") == true)
        let document = try read(json, speakerForAll: "P01")
        #expect(document.turns.count == 2)
        #expect(document.turns[0].start == 0 && document.turns[0].end == 2.5 && document.turns[1].start == 40.1)
        #expect(document.turns[1].text == "thanks for having me")
    }

    /// A pipeline that states each segment's role beside its speaker (`speaker_type`, round 8: a sales call whose
    /// client spoke first and was taken for the interviewer): the role is declared.
    @Test func aStatedSpeakerTypeIsTheDeclaredRole() throws {
        let document = try read("""
            {"metadata": {"diarization": "pyannote-3.1"}, "segments": [
              {"start": 1.9, "end": 3.4, "text": " Hello,  who is it?", "speaker": "SPEAKER_01", "speaker_type": "CLIENT"},
              {"start": 4.2, "end": 30.1, "text": " Hello, I am calling with an offer.", "speaker": "SPEAKER_00", "speaker_type": "OPERATOR"}]}
            """)
        #expect(document.declaredSpeakers.map { "\($0.label) \($0.role.map { "\($0)" } ?? "-")" } == ["SPEAKER_01 participant", "SPEAKER_00 interviewer"])
    }

    /// JSON Lines, as recogniser scripts stream segments (round 9 of real files: Språkbanken's aligned sittings,
    /// hand-written here): one object a line, read as the list of them; no speakers, so `--speaker-all` is named.
    /// Each segment gives its words twice, once per written norm (`text_bm`, `text_nn`): the first by name is read.
    @Test func jsonLinesWithParallelTextsAreOneListOfSegments() throws {
        let json = """
            {"file":"a_1","text_bm":"stortingets møte er lovlig satt","text_nn":"stortingets møte er lovleg sett","start":3.5,"end":6.0}
            {"file":"a_2","text_bm":"presidenten vil foreslå","text_nn":"presidenten vil føreslå","start":7.0,"end":9.25}

            """
        let refusal = #expect(throws: Diagnostic.self) { try read(json) }
        #expect(refusal?.description.contains("--speaker-all") == true)
        let document = try read(json, speakerForAll: "P01")
        #expect(document.turns.map(\.text) == ["stortingets møte er lovlig satt presidenten vil foreslå"])
        #expect(document.turns.first?.start == 3.5)
        let messages = document.findings.map(\.message)
        #expect(messages.contains("read as JSON Lines: 2 objects, one per line"))
        #expect(messages.contains("the words read from 'text_bm'; 'text_nn' is the same speech in another version and left out"))
    }

    /// A JSON Lines file with a broken line is refused at that line, not read in part.
    @Test func aJSONLinesLineThatIsNoObjectIsAnErrorAtItsLine() throws {
        let json = """
            {"speaker":"A","text":"hello","start":0,"end":1}
            {"speaker":"B","text":"hi","start":1,"end":2}
            {"speaker":"A","text":"cut off
            """
        let refusal = #expect(throws: Diagnostic.self) { try read(json) }
        #expect(refusal?.line == 3)
    }
}
