import Foundation
import ThematicImport

/// Finds the segment lists in JSON of any shape speech recognisers and diarisation pipelines write, by their keys
/// rather than by one layout: a list whose items are mostly objects with a text (`text`, `content`, `transcript` …)
/// and a start time (`start`, `start_time`, `startTime`, `ts` …), or whose items hold their words in a word list
/// (Rev's `monologues[].elements`). A speaker comes from the segment, else from the object holding the list
/// (`{"speaker": "A", "segments": […]}`), else from a label beside the list in a pair (`["SPEAKER_04", […]]`, a
/// pyannote + ASR pipeline keyed by audio chunk). Lists of one shape (the same path, indices aside) are read together,
/// in document order; of several shapes, the one holding the most text (a file with utterances and their sentences
/// is read once). A list of objects each with a speaker and a text but no time at all (a meeting corpus's
/// `{"speaker", "content"}` turns) is a transcript too, read untimed in document order.
enum SegmentFinder {
    static let textKeys = ["text", "content", "transcript", "utterance", "sentence", "caption"]
    static let startKeys = ["start", "start_time", "startTime", "begin", "start_ts", "ts", "from", "offset", "start_offset", "startOffset"]
    static let endKeys = ["end", "end_time", "endTime", "stop", "end_ts", "to", "end_offset", "endOffset"]
    static let millisecondKeys = [("start_ms", "end_ms"), ("startMs", "endMs"), ("start_millis", "end_millis")]
    static let speakerKeys = ["speaker", "speaker_id", "speaker_label", "speakerLabel", "spk", "speaker_name", "speakerName", "speaker_tag", "participant"]
    static let wordListKeys = ["elements", "words", "tokens", "items"]
    static let wordTextKeys = ["value", "punctuated_word", "word", "text", "content"]
    /// How deep the search goes and how many values it looks at: real files nest a few levels; a hostile one
    /// cannot make it recurse without end.
    static let maximumDepth = 48
    static let maximumVisits = 2_000_000

    /// The segments found, as `{text, start, end, speaker}` objects, and a description of the shape read; nil and
    /// what was seen when there are none.
    static func find(_ root: Any) -> (segments: [[String: Any]], shape: String)? {
        var found: [(String, [[String: Any]])] = []
        var visits = 0
        walk(root, path: "$", context: nil, depth: 0, visits: &visits, into: &found)
        var groups: [String: [[String: Any]]] = [:]
        var order: [String] = []
        for (signature, segments) in found {
            if groups[signature] == nil { order.append(signature) }
            groups[signature, default: []] += segments
        }
        func textLength(_ segments: [[String: Any]]) -> Int { segments.reduce(0) { $0 + (($1["text"] as? String)?.count ?? 0) } }
        guard let best = order.max(by: { textLength(groups[$0]!) < textLength(groups[$1]!) }), !groups[best]!.isEmpty else { return nil }
        // Lists read together (a map's entries) are put in time order, the order of the recording.
        // Untimed lists keep the order they are written in.
        let timed = groups[best]!.enumerated().sorted { ($0.element["start"] as? Double ?? 0, $0.offset) < ($1.element["start"] as? Double ?? 0, $1.offset) }
        return (timed.map(\.element), best)
    }

    private static func walk(_ value: Any, path: String, context: String?, depth: Int, visits: inout Int, into found: inout [(String, [[String: Any]])]) {
        visits += 1
        guard depth < maximumDepth, visits < maximumVisits else { return }
        if let object = value as? [String: Any] {
            let speaker = speakerValue(object)
            // An object keyed by data (audio chunks, ids) rather than by a schema is a map: its entries share one
            // shape, and their lists are read together.
            let kinds = Set(object.values.map { $0 is [Any] ? "list" : $0 is [String: Any] ? "object" : "value" })
            let isMap = object.count > 4 && kinds.count == 1 && kinds.first != "value"
            // JSON objects keep no order once parsed; a map's keys in numeric order ("chunk-2" before "chunk-10").
            for key in object.keys.sorted(by: { $0.compare($1, options: [.numeric]) == .orderedAscending }) {
                walk(object[key]!, path: path + "." + (isMap ? "*" : key), context: speaker ?? context, depth: depth + 1, visits: &visits, into: &found)
            }
        } else if let array = value as? [Any] {
            if let segments = segments(array, context: context) {
                found.append((path + "[]", segments))
                return
            }
            // A label beside a list, as a pair: ["SPEAKER_04", [segments]].
            let labels = array.compactMap { $0 as? String }
            let pairLabel = labels.count == 1 && array.count == 2 ? labels[0] : nil
            for (index, item) in array.enumerated() {
                walk(item, path: path + "[\(pairLabel == nil ? "" : String(index))]", context: pairLabel ?? context, depth: depth + 1, visits: &visits, into: &found)
            }
        }
    }

    /// The list's segments when most of its items are segments. An item with text but no start time (a recogniser's
    /// segment it could not align, `"start": null`) is kept, placed between its neighbours and marked `untimed`:
    /// left out, its words would be lost without a word said.
    private static func segments(_ array: [Any], context: String?) -> [[String: Any]]? {
        guard !array.isEmpty else { return nil }
        var segments: [[String: Any]] = []
        var readable = 0
        for item in array {
            guard let object = item as? [String: Any], let segment = segment(object, context: context) else { continue }
            if segment["start"] != nil { readable += 1 }
            segments.append(segment)
        }
        guard readable * 2 > array.count else { return untimedTurns(array) }
        let starts = RecordingTime.filled(segments.map { $0["start"] as? Double })
        for index in segments.indices where segments[index]["start"] == nil {
            segments[index]["start"] = starts[index]!
            segments[index]["end"] = starts[index]!
            segments[index]["untimed"] = true
        }
        return segments
    }

    /// The list's items as untimed turns when most of them are objects with their own speaker and a text and none
    /// has a time: a transcript written without a recording's clock. Two at least, so one object with a `speaker`
    /// and a `text` among a file's settings is no transcript.
    private static func untimedTurns(_ array: [Any]) -> [[String: Any]]? {
        guard array.count >= 2 else { return nil }
        var turns: [[String: Any]] = []
        for item in array {
            guard let object = item as? [String: Any], let speaker = speakerValue(object),
                  let text = textKeys.lazy.compactMap({ object[$0] as? String }).first else { continue }
            if startKeys.contains(where: { object[$0] != nil }) { return nil }
            turns.append(["text": text, "speaker": speaker, "untimed": true])
        }
        return turns.count * 2 > array.count ? turns : nil
    }

    private static func segment(_ object: [String: Any], context: String?) -> [String: Any]? {
        var text = textKeys.lazy.compactMap { object[$0] as? String }.first
        var start = startKeys.lazy.compactMap { seconds(object[$0]) }.first
        var end = endKeys.lazy.compactMap { seconds(object[$0]) }.first
        for (startKey, endKey) in millisecondKeys {
            if start == nil, let value = seconds(object[startKey]) { start = value / 1000 }
            if end == nil, let value = seconds(object[endKey]) { end = value / 1000 }
        }
        // Google Speech-to-Text times only its words: a result's `transcript` starts at its first word.
        if text != nil, start == nil, let words = wordListKeys.lazy.compactMap({ object[$0] as? [Any] }).first {
            let items = words.compactMap { $0 as? [String: Any] }
            start = items.lazy.compactMap { item in startKeys.lazy.compactMap { seconds(item[$0]) }.first }.first
            end = end ?? items.reversed().lazy.compactMap { item in endKeys.lazy.compactMap { seconds(item[$0]) }.first }.first
        }
        if text == nil, let words = wordListKeys.lazy.compactMap({ object[$0] as? [Any] }).first {
            let items = words.compactMap { $0 as? [String: Any] }
            let pieces = items.compactMap { item in wordTextKeys.lazy.compactMap { item[$0] as? String }.first }
            guard !pieces.isEmpty else { return nil }
            // Rev writes spaces and punctuation as elements of their own; word lists elsewhere need spaces between.
            let spaced = pieces.contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }
            text = pieces.enumerated().map { index, piece in
                index == 0 || spaced || piece.first.map({ ".,!?;:…)]".contains($0) }) == true ? piece : " " + piece
            }.joined()
            let times = items.compactMap { item in startKeys.lazy.compactMap { seconds(item[$0]) }.first }
            let ends = items.compactMap { item in endKeys.lazy.compactMap { seconds(item[$0]) }.first }
            start = start ?? times.first
            end = end ?? ends.last ?? times.last
        }
        guard let text else { return nil }
        var segment: [String: Any] = ["text": text]
        if let start {
            if let duration = seconds(object["duration"]), end == nil { end = start + duration }
            segment["start"] = start
            segment["end"] = max(end ?? start, start)
        }
        if let speaker = speakerValue(object) ?? context { segment["speaker"] = speaker }
        return segment
    }

    /// A speaker as a label: a name or id as written, a number as `Speaker N`.
    static func speakerValue(_ object: [String: Any]) -> String? {
        for key in speakerKeys {
            if let text = object[key] as? String, !text.trimmingCharacters(in: .whitespaces).isEmpty { return text }
            if let number = object[key] as? NSNumber { return "Speaker \(number.intValue)" }
        }
        return nil
    }

    static func seconds(_ value: Any?) -> Double? {
        if let number = value as? NSNumber {
            return number.doubleValue.isFinite && number.doubleValue >= 0 ? number.doubleValue : nil
        }
        if let text = value as? String {
            // Google's JSON writes a duration as a number of seconds with an `s` ("25.600s").
            let googleDuration = text.hasSuffix("s") ? RecordingTime.seconds(String(text.dropLast())) : nil
            return RecordingTime.seconds(text) ?? Timestamp.seconds(text) ?? googleDuration
        }
        return nil
    }

    /// What a file holds when no segment list is found, for the refusal: the top level's keys or items, and the
    /// first lists of objects with their keys.
    static func describe(_ root: Any) -> String {
        var lists: [String] = []
        func look(_ value: Any, _ path: String, _ depth: Int) {
            guard depth < 8, lists.count < 4 else { return }
            if let object = value as? [String: Any] {
                for key in object.keys.sorted().prefix(50) { look(object[key]!, path + "." + key, depth + 1) }
            } else if let array = value as? [Any] {
                if let first = array.first as? [String: Any] {
                    lists.append("\(path) (\(array.count) objects with keys \(first.keys.sorted().prefix(8).joined(separator: ", ")))")
                } else if let first = array.first {
                    look(first, path + "[0]", depth + 1)
                }
            }
        }
        look(root, "$", 0)
        let top: String
        if let object = root as? [String: Any] {
            top = "an object with keys \(object.keys.sorted().prefix(8).joined(separator: ", "))\(object.count > 8 ? " … (\(object.count))" : "")"
        } else if let array = root as? [Any] {
            top = "a list of \(array.count)"
        } else {
            top = "a single value"
        }
        return "the top level is \(top)" + (lists.isEmpty ? "; no list of objects" : "; lists of objects: " + lists.joined(separator: "; "))
    }
}
