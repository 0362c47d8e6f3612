import Foundation

/// Amazon Transcribe's JSON with speaker identification: the words in `results.items` (pronunciations with
/// `start_time`/`end_time` as strings, punctuation without times), the speakers in `results.speaker_labels.segments`
/// (`speaker_label`, a time span). Each word is its speaker's (its own `speaker_label` where it has one, else the span
/// it starts in); punctuation joins the word before it; consecutive words of one speaker make one segment.
enum AWSTranscribe {
    static func segments(_ object: [String: Any]) -> [Any]? {
        guard let results = object["results"] as? [String: Any], let items = results["items"] as? [Any] else { return nil }
        let spans: [(start: Double, end: Double, speaker: String)] = ((results["speaker_labels"] as? [String: Any])?["segments"] as? [Any] ?? []).compactMap {
            guard let span = $0 as? [String: Any], let speaker = span["speaker_label"] as? String,
                  let start = SegmentFinder.seconds(span["start_time"]), let end = SegmentFinder.seconds(span["end_time"]) else { return nil }
            return (start, end, speaker)
        }
        var segments: [[String: Any]] = []
        for case let item as [String: Any] in items {
            guard let word = ((item["alternatives"] as? [Any])?.first as? [String: Any])?["content"] as? String else { continue }
            guard let start = SegmentFinder.seconds(item["start_time"]) else {
                // Punctuation: no time, no space before it.
                if !segments.isEmpty { segments[segments.count - 1]["text"] = (segments[segments.count - 1]["text"] as! String) + word }
                continue
            }
            let end = SegmentFinder.seconds(item["end_time"]) ?? start
            let speaker = item["speaker_label"] as? String ?? spans.first { $0.start <= start && start < $0.end }?.speaker
            if let last = segments.last, last["speaker"] as? String == speaker {
                segments[segments.count - 1]["text"] = (last["text"] as! String) + " " + word
                segments[segments.count - 1]["end"] = end
            } else {
                var segment: [String: Any] = ["text": word, "start": start, "end": end]
                if let speaker { segment["speaker"] = speaker }
                segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments
    }
}
