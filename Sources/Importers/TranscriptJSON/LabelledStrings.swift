import Foundation
import ThematicImport

/// Transcripts kept in JSON as a list of strings, each a turn that opens with its speaker's label (`"Q: Where were
/// you born?"`, `"A: In Bergen."`), as a testimony's text is stored once split into turns. The list holding the most
/// text is read; lists that repeat part of it (the questions alone, the answers alone) are left out, so no turn is
/// read twice.
enum LabelledStrings {
    /// The paragraphs of the list read and its path, or nil when no list of at least two strings has most of its
    /// items opening with a label.
    static func find(_ root: Any) -> (paragraphs: [TextParagraph], path: String)? {
        var lists: [(path: String, items: [String])] = []
        func walk(_ value: Any, _ path: String, _ depth: Int) {
            guard depth < 8 else { return }
            if let object = value as? [String: Any] {
                for key in object.keys.sorted() { walk(object[key]!, path + "." + key, depth + 1) }
            } else if let array = value as? [Any] {
                let strings = array.compactMap { $0 as? String }
                if strings.count >= 2, strings.count == array.count {
                    let labelled = strings.filter { LabelledTranscript.opensWithLabel($0) }.count
                    if labelled * 2 > strings.count { lists.append((path, strings)) }
                    return
                }
                for (index, item) in array.prefix(1000).enumerated() { walk(item, path + "[\(index)]", depth + 1) }
            }
        }
        walk(root, "$", 0)
        guard let best = lists.max(by: { $0.items.joined().count < $1.items.joined().count }) else { return nil }
        let paragraphs = best.items.enumerated().map { index, item in
            TextParagraph(text: item.replacingOccurrences(of: "\n", with: " "), location: "\(best.path)[\(index)]")
        }
        return (paragraphs, best.path)
    }
}
