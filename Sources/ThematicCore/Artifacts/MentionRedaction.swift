import Foundation

extension MentionMatcher {
    /// `text` with every mention the leak gate would find replaced by a bracketed label: for text a researcher wrote
    /// beside the transcripts (an imported project's memos) that is published with them. The same matcher as the gate's,
    /// so what is left is what the gate lets through. The label is the identifier's entity (`person-3` → `[person 3]`,
    /// as in the transcripts), else its type (`[person]`).
    public func redacting(_ text: String) -> String {
        redacting(text) { "[\($0)]" }
    }

    /// `text` with every mention replaced by `label` of its identifier's label (`person 3`): an id takes `person-3`.
    public func redacting(_ text: String, label: (String) -> String) -> String {
        let found = mentions(inText: text).filter { $0.sourceStart >= 0 && $0.sourceEnd > $0.sourceStart }
        guard !found.isEmpty else { return text }
        var bytes = Array(text.utf8)
        // Of overlapping mentions the one that starts first, and of those the longest, is replaced whole: "Ingrid
        // Solbakken" is one label, not "Ingrid" before the surname's.
        var chosen: [Mention] = []
        for mention in found.sorted(by: { ($0.sourceStart, -$0.sourceEnd) < ($1.sourceStart, -$1.sourceEnd) })
        where mention.sourceEnd <= bytes.count && mention.sourceStart >= (chosen.last?.sourceEnd ?? 0) {
            chosen.append(mention)
        }
        for mention in chosen.reversed() {
            // The matcher takes an English possessive with the name ("Kari's"); the label keeps it ("[person 3]'s").
            let said = String(decoding: bytes[mention.sourceStart..<mention.sourceEnd], as: UTF8.self)
            let possessive = ["'s", "’s"].first { said.hasSuffix($0) && !identifiers[mention.identifier].text.hasSuffix($0) } ?? ""
            let replacement = label(Self.label(of: identifiers[mention.identifier].reference)) + possessive
            bytes.replaceSubrange(mention.sourceStart..<mention.sourceEnd, with: Array(replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The references (`person-3`) of the identifiers `text` mentions, in order of first mention.
    public func references(in text: String) -> [String] {
        var seen = Set<String>()
        return mentions(inText: text).sorted { $0.sourceStart < $1.sourceStart }
            .map { identifiers[$0.identifier].reference }.filter { seen.insert($0).inserted }
    }

    /// `person-3` → `person 3`; `study identifiers: place #2` → `place`; anything else → `name`.
    static func label(of reference: String) -> String {
        if let dash = reference.lastIndex(of: "-"), reference[reference.index(after: dash)...].allSatisfy(\.isNumber),
           reference[..<dash].allSatisfy({ $0.isLetter }), !reference[..<dash].isEmpty, dash < reference.index(before: reference.endIndex) {
            return reference[..<dash] + " " + reference[reference.index(after: dash)...]
        }
        if reference.hasPrefix("study identifiers: "), let type = reference.dropFirst("study identifiers: ".count).split(separator: " ").first {
            return String(type)
        }
        return "name"
    }
}
