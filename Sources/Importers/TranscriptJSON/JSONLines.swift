import Foundation
import ThematicCore

/// JSON Lines (`.jsonl`, `.ndjson`): one JSON object per line, as many speech recognisers and corpus tools stream
/// their segments (a Whisper or faster-whisper script writing a segment at a time, Språkbanken's aligned sittings).
/// Read as the list of those objects, so every segment rule applies as to a JSON array.
enum JSONLines {
    /// The objects of `text` read one line at a time; nil when its first line is not a JSON object of its own (then
    /// the file is no JSON Lines and the whole-file error stands). A later line that is not one is an error naming it.
    static func objects(_ text: String, file: String) throws -> [Any]? {
        var objects: [Any] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            let value = trimmed.first == "{" ? try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) : nil
            guard let object = value as? [String: Any] else {
                if objects.isEmpty { return nil }
                throw Diagnostic(file: file, line: index + 1, "not a JSON object: a JSON Lines file holds one object per line (the lines above are objects)")
            }
            objects.append(object)
        }
        return objects.count >= 2 ? objects : nil
    }
}
