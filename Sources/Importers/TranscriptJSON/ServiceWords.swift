import Foundation
import ThematicImport

/// Speech services that time and diarise words or phrases rather than writing segments, each read by the keys its
/// documentation gives, into the `{start, end, text, speaker}` segments the importer reads.
enum ServiceWords {
    /// A recognised word: its text, times in seconds, speaker label, and whether it is punctuation joined to the word
    /// before it without a space.
    struct Word {
        var text: String
        var start: Double
        var end: Double
        var speaker: String?
        var attaches = false
    }

    /// Consecutive words of one speaker as one segment (words without a speaker stay with the speaker before them).
    static func segments(_ words: [Word]) -> [Any]? {
        var segments: [[String: Any]] = []
        var speaker: String?
        for word in words {
            let who = word.speaker ?? speaker
            if let last = segments.last, word.attaches || last["speaker"] as? String == who {
                let joined = (last["text"] as! String) + (word.attaches ? "" : " ") + word.text
                segments[segments.count - 1]["text"] = joined
                segments[segments.count - 1]["end"] = max(last["end"] as! Double, word.end)
                continue
            }
            var segment: [String: Any] = ["text": word.text, "start": word.start, "end": max(word.end, word.start)]
            if let who { segment["speaker"] = who }
            segments.append(segment)
            speaker = who
        }
        return segments.isEmpty ? nil : segments
    }

    static func isPunctuation(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { CharacterSet.punctuationCharacters.contains($0) }
    }

    /// A diariser's speaker as a label: ids as written ("S1"), a capital letter or two as `Speaker A`, numbers as
    /// `Speaker N`; Speechmatics' "UU" (speaker unknown) is none. A short name a user gave a voice ("Bo", "Al") stays
    /// a name, so it is protected as one.
    static func label(_ value: Any?) -> String? {
        if let number = value as? NSNumber { return "Speaker \(number.intValue)" }
        guard let text = (value as? String)?.trimmedSpace, !text.isEmpty, text != "UU" else { return nil }
        return text.count <= 2 && text.allSatisfy({ $0.isLetter && $0.isUppercase }) ? "Speaker " + text : text
    }

    /// Speechmatics (`results[]` of `{type: word|punctuation, start_time, end_time, alternatives: [{content,
    /// speaker: "S1"}]}`, punctuation `attaches_to: previous`).
    static func speechmatics(_ object: [String: Any]) -> [Any]? {
        guard let results = object["results"] as? [Any], results.first is [String: Any],
              (results.first as? [String: Any])?["type"] is String, (results.first as? [String: Any])?["alternatives"] != nil else { return nil }
        var words: [Word] = []
        for case let item as [String: Any] in results {
            guard let alternative = (item["alternatives"] as? [Any])?.first as? [String: Any], let content = alternative["content"] as? String,
                  let start = SegmentFinder.seconds(item["start_time"]) else { continue }
            let punctuation = item["type"] as? String == "punctuation"
            words.append(Word(text: content, start: start, end: SegmentFinder.seconds(item["end_time"]) ?? start,
                              speaker: label(alternative["speaker"] ?? item["speaker"]),
                              attaches: punctuation && (item["attaches_to"] as? String ?? "previous") == "previous"))
        }
        return segments(words)
    }

    /// Azure Speech batch transcription (`recognizedPhrases[]` with `speaker`, `offsetInTicks`, `durationInTicks` in
    /// 100-ns ticks, and `nBest[0].display`), in time order (the phrases of two channels interleave).
    static func azure(_ object: [String: Any]) -> [Any]? {
        guard let phrases = object["recognizedPhrases"] as? [Any] else { return nil }
        var segments: [[String: Any]] = []
        for case let phrase as [String: Any] in phrases {
            guard let best = (phrase["nBest"] as? [Any])?.first as? [String: Any],
                  let text = (best["display"] ?? best["itn"] ?? best["lexical"]) as? String,
                  let ticks = SegmentFinder.seconds(phrase["offsetInTicks"]) else { continue }
            let start = ticks / 10_000_000
            var segment: [String: Any] = ["text": text, "start": start, "end": start + (SegmentFinder.seconds(phrase["durationInTicks"]) ?? 0) / 10_000_000]
            if let speaker = label(phrase["speaker"]) { segment["speaker"] = speaker }
            segments.append(segment)
        }
        let ordered = segments.enumerated().sorted { ($0.element["start"] as! Double, $0.offset) < ($1.element["start"] as! Double, $1.offset) }.map(\.element)
        return ordered.isEmpty ? nil : ordered
    }

    /// IBM Watson Speech to Text (`results[].alternatives[0].timestamps` as `[word, start, end]`, the speakers in
    /// `speaker_labels[]` as `{from, to, speaker}`): each word is the speaker whose label starts with it.
    static func watson(_ object: [String: Any]) -> [Any]? {
        guard let results = object["results"] as? [Any], let labels = object["speaker_labels"] as? [Any] else { return nil }
        var speakers: [Double: String] = [:]
        for case let span as [String: Any] in labels {
            if let from = SegmentFinder.seconds(span["from"]), let speaker = label(span["speaker"]) { speakers[from] = speakers[from] ?? speaker }
        }
        var words: [Word] = []
        for case let result as [String: Any] in results {
            let alternative = (result["alternatives"] as? [Any])?.first as? [String: Any]
            for case let stamp as [Any] in alternative?["timestamps"] as? [Any] ?? [] {
                guard stamp.count >= 3, let text = stamp[0] as? String, let start = SegmentFinder.seconds(stamp[1]) else { continue }
                words.append(Word(text: text, start: start, end: SegmentFinder.seconds(stamp[2]) ?? start, speaker: speakers[start]))
            }
        }
        return segments(words)
    }

    /// Deepgram's words when it wrote neither utterances nor paragraphs (`results.channels[0].alternatives[0].words[]`
    /// with `speaker` numbers and `punctuated_word`).
    static func deepgramWords(_ alternative: [String: Any]?) -> [Any]? {
        guard let list = alternative?["words"] as? [Any], (list.first as? [String: Any])?["speaker"] != nil else { return nil }
        let words = list.compactMap { value -> Word? in
            guard let item = value as? [String: Any], let text = (item["punctuated_word"] ?? item["word"]) as? String,
                  let start = SegmentFinder.seconds(item["start"]) else { return nil }
            return Word(text: text, start: start, end: SegmentFinder.seconds(item["end"]) ?? start, speaker: label(item["speaker"]))
        }
        return segments(words)
    }

    /// AssemblyAI's transcript when it has words but no utterances (`words[]` with `text`, `start`/`end` in
    /// milliseconds, `speaker` letters), recognised by the transcript's own keys (`audio_duration`, `status`).
    static func assemblyAIWords(_ object: [String: Any]) -> [Any]? {
        guard object["audio_duration"] != nil || object["status"] != nil && object["acoustic_model"] != nil,
              let list = object["words"] as? [Any], (list.first as? [String: Any])?["speaker"] != nil else { return nil }
        let words = list.compactMap { value -> Word? in
            guard let item = value as? [String: Any], let text = item["text"] as? String, let start = SegmentFinder.seconds(item["start"]) else { return nil }
            return Word(text: text, start: start / 1000, end: (SegmentFinder.seconds(item["end"]) ?? start) / 1000, speaker: label(item["speaker"]))
        }
        return segments(words)
    }
}
