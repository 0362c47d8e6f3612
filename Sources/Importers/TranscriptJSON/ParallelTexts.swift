import Foundation
import ThematicImport

/// Segments that give their words in several parallel versions instead of one `text`: a recogniser run once per
/// written norm or language (`text_bm` and `text_nn`, Norwegian Bokmål and Nynorsk, in Språkbanken's files), or a
/// pipeline that keeps `text_raw` beside `text_clean`. Each version is the whole of what was said, so reading them all
/// would say everything twice: the first by name is read, and a finding names the ones left out.
enum ParallelTexts {
    /// Sets `text` from the first `text_…` key in the segments of `root` (a list of segments, or an object's
    /// `segments`) that have no `text`; the finding, or nil when every segment has its `text`.
    static func choose(_ root: inout Any) -> ImportFinding? {
        if var object = root as? [String: Any], var list = object["segments"] as? [Any] {
            let finding = choose(in: &list)
            object["segments"] = list
            root = object
            return finding
        }
        guard var list = root as? [Any] else { return nil }
        let finding = choose(in: &list)
        root = list
        return finding
    }

    private static func choose(in list: inout [Any]) -> ImportFinding? {
        let segments = list.compactMap { $0 as? [String: Any] }
        guard segments.count == list.count, !segments.isEmpty, segments.allSatisfy({ $0["text"] == nil }) else { return nil }
        let versions = Set(segments.flatMap { $0.keys.filter(isVersion) }).sorted()
        guard let chosen = versions.first, versions.count >= 1, segments.allSatisfy({ $0[chosen] is String }) else { return nil }
        list = segments.map { segment in
            var segment = segment
            segment["text"] = segment[chosen]
            return segment
        }
        let others = versions.dropFirst().map { "'\($0)'" }.joined(separator: ", ")
        return ImportFinding(location: "every segment", others.isEmpty
            ? "the words read from '\(chosen)' (the segments have no 'text')"
            : "the words read from '\(chosen)'; \(others) \(versions.count > 2 ? "are" : "is") the same speech in another version and left out")
    }

    /// `text_bm`, `text-nn`, `textRaw`: a text key with a qualifier.
    static func isVersion(_ key: String) -> Bool {
        guard key.count > 4, key.lowercased().hasPrefix("text") else { return false }
        let next = key[key.index(key.startIndex, offsetBy: 4)]
        return next == "_" || next == "-" || next.isUppercase
    }
}
