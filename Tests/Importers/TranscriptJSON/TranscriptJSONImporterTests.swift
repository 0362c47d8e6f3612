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
                                ("{\"segments\": [", "not valid JSON"), ("{\"other\": 1}", "no 'segments' list")] {
            let error = #expect(throws: Diagnostic.self) { try read(json) }
            #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        }
    }
}
