import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import TranscriptJSONImporter

/// The speech services' JSON shapes read by their documented keys (examples ours, each in its service's shape).
@Suite struct ServiceShapesTests {
    func read(_ json: String) throws -> ImportedDocument {
        let file = ImportFile(displayName: "t.json", data: Data(json.utf8))
        #expect(TranscriptJSONImporter.recognizes(file))
        return try TranscriptJSONImporter(options: StageOptions(specs: TranscriptJSONImporter.descriptor.options)).read(file)
    }

    @Test func deepgramUtterancesAreTurns() throws {
        let document = try read("""
            {"metadata": {"request_id": "x"}, "results": {"channels": [{"alternatives": [{"transcript": "how did it start it started with tablets",
              "words": [{"word": "how", "start": 0.5, "end": 0.7, "speaker": 0}]}]}],
             "utterances": [
              {"start": 0.5, "end": 1.9, "transcript": "How did it start?", "speaker": 0, "channel": 0},
              {"start": 2.2, "end": 4.0, "transcript": "It started with tablets.", "speaker": 1, "channel": 0}]}}
            """)
        #expect(document.turns.map(\.label) == ["Speaker 0", "Speaker 1"])
        #expect(document.turns.map(\.text) == ["How did it start?", "It started with tablets."])
        #expect(document.turns.map(\.start) == [0.5, 2.2])
    }

    @Test func deepgramDiarisedWordsWithoutParagraphsAreGrouped() throws {
        let document = try read("""
            {"results": {"channels": [{"alternatives": [{"transcript": "how did it start with tablets", "words": [
              {"word": "how", "start": 0.5, "end": 0.7, "speaker": 0, "punctuated_word": "How"},
              {"word": "did", "start": 0.7, "end": 0.9, "speaker": 0, "punctuated_word": "did"},
              {"word": "it", "start": 0.9, "end": 1.0, "speaker": 0, "punctuated_word": "it?"},
              {"word": "with", "start": 2.0, "end": 2.2, "speaker": 1, "punctuated_word": "With"},
              {"word": "tablets", "start": 2.2, "end": 2.9, "speaker": 1, "punctuated_word": "tablets."}]}]}]}}
            """)
        #expect(document.turns.map(\.label) == ["Speaker 0", "Speaker 1"])
        #expect(document.turns.map(\.text) == ["How did it?", "With tablets."])
        #expect(document.turns.map(\.end) == [1.0, 2.9])
    }

    @Test func speechmaticsWordsAndPunctuation() throws {
        let document = try read("""
            {"format": "2.9", "job": {"id": "j"}, "results": [
              {"type": "word", "start_time": 0.3, "end_time": 0.6, "alternatives": [{"content": "Hello", "confidence": 1, "speaker": "S1"}]},
              {"type": "punctuation", "start_time": 0.6, "end_time": 0.6, "attaches_to": "previous", "is_eos": true, "alternatives": [{"content": ".", "speaker": "S1"}]},
              {"type": "word", "start_time": 1.1, "end_time": 1.4, "alternatives": [{"content": "Hei", "speaker": "S2"}]},
              {"type": "word", "start_time": 1.4, "end_time": 1.9, "alternatives": [{"content": "der", "speaker": "S2"}]},
              {"type": "punctuation", "start_time": 1.9, "end_time": 1.9, "attaches_to": "previous", "alternatives": [{"content": "!", "speaker": "S2"}]}]}
            """)
        #expect(document.turns.map(\.label) == ["S1", "S2"])
        #expect(document.turns.map(\.text) == ["Hello.", "Hei der!"])
        #expect(document.turns.map(\.start) == [0.3, 1.1])
    }

    /// A diariser's letters (AssemblyAI's "A", "B") are numbered speakers; a speaker a user named ("Bo", "Al": services
    /// let one name the voices) keeps the name, so it is protected as a name is, not as "Speaker Bo".
    @Test func aNamedSpeakerKeepsItsNameAndLettersAreSpeakers() throws {
        let document = try read("""
            {"format": "2.9", "job": {"id": "j"}, "results": [
              {"type": "word", "start_time": 0.3, "end_time": 0.6, "alternatives": [{"content": "Hello", "speaker": "Bo"}]},
              {"type": "punctuation", "start_time": 0.6, "end_time": 0.6, "attaches_to": "previous", "alternatives": [{"content": ".", "speaker": "Bo"}]},
              {"type": "word", "start_time": 1.1, "end_time": 1.4, "alternatives": [{"content": "Hei", "speaker": "Al"}]},
              {"type": "word", "start_time": 2.1, "end_time": 2.4, "alternatives": [{"content": "So", "speaker": "A"}]},
              {"type": "word", "start_time": 3.1, "end_time": 3.4, "alternatives": [{"content": "Yes", "speaker": "AB"}]}]}
            """)
        #expect(document.turns.map(\.label) == ["Bo", "Al", "Speaker A", "Speaker AB"])
        #expect(document.turns.first?.text == "Hello.")
    }

    @Test func azureBatchPhrasesInTimeOrder() throws {
        let document = try read("""
            {"source": "x.wav", "duration": "PT6S", "combinedRecognizedPhrases": [{"channel": 0, "display": "all of it"}],
             "recognizedPhrases": [
              {"recognitionStatus": "Success", "channel": 0, "speaker": 2, "offset": "PT3.1S", "duration": "PT2S", "offsetInTicks": 31000000.0, "durationInTicks": 20000000.0,
               "nBest": [{"confidence": 0.9, "lexical": "it went well", "display": "It went well."}]},
              {"recognitionStatus": "Success", "channel": 0, "speaker": 1, "offset": "PT0.5S", "duration": "PT2S", "offsetInTicks": 5000000.0, "durationInTicks": 20000000.0,
               "nBest": [{"confidence": 0.9, "lexical": "how did it go", "display": "How did it go?"}]}]}
            """)
        #expect(document.turns.map(\.label) == ["Speaker 1", "Speaker 2"])
        #expect(document.turns.map(\.text) == ["How did it go?", "It went well."])
        #expect(document.turns.map(\.start) == [0.5, 3.1])
        #expect(document.turns.map(\.end) == [2.5, 5.1])
    }

    @Test func watsonTimestampsWithSpeakerLabels() throws {
        let document = try read("""
            {"result_index": 0, "results": [
              {"final": true, "alternatives": [{"transcript": "how did it go ", "confidence": 0.9,
                "timestamps": [["how", 0.1, 0.3], ["did", 0.3, 0.5], ["it", 0.5, 0.6], ["go", 0.6, 0.9]]}]},
              {"final": true, "alternatives": [{"transcript": "fine ", "timestamps": [["fine", 1.5, 1.9]]}]}],
             "speaker_labels": [{"from": 0.1, "to": 0.3, "speaker": 0, "confidence": 0.5, "final": false},
              {"from": 0.3, "to": 0.5, "speaker": 0}, {"from": 0.5, "to": 0.6, "speaker": 0}, {"from": 0.6, "to": 0.9, "speaker": 0},
              {"from": 1.5, "to": 1.9, "speaker": 1}]}
            """)
        #expect(document.turns.map(\.label) == ["Speaker 0", "Speaker 1"])
        #expect(document.turns.map(\.text) == ["how did it go", "fine"])
    }

    @Test func assemblyAIWordsInMillisecondsWithoutUtterances() throws {
        let document = try read("""
            {"id": "t1", "status": "completed", "audio_duration": 4, "text": "How was it? Good.", "utterances": null, "words": [
              {"text": "How", "start": 240, "end": 400, "confidence": 0.99, "speaker": "A"},
              {"text": "was", "start": 400, "end": 560, "speaker": "A"},
              {"text": "it?", "start": 560, "end": 900, "speaker": "A"},
              {"text": "Good.", "start": 1800, "end": 2300, "speaker": "B"}]}
            """)
        #expect(document.turns.map(\.label) == ["Speaker A", "Speaker B"])
        #expect(document.turns.map(\.text) == ["How was it?", "Good."])
        #expect(document.turns.map(\.start) == [0.24, 1.8])
    }
}
