import Foundation

/// A codebook's own words as published: its names, descriptions, criteria and examples, its notes and sets, and the
/// code ids built from names, with every mention of a protected identifier replaced by the label the transcripts give
/// it (`THEME - Orchestration (Dillenbourg)` → `THEME - Orchestration ([person 5])`, its id
/// `theme-orchestration-person-5`). An imported project names codes after the people its sources quote or cite; the
/// codebook is published in every artifact that names a code, so it is redacted once, before any is written.
public struct CodebookRedaction: Sendable {
    /// The codebook as published.
    public var codebook: Codebook
    /// Old → new id of each entry whose id changed (codings, notes and sets name codes by id).
    public var renamedIDs: [String: String]
    /// The references (`person-5`) of the identifiers the codebook's own words mention, in order of first mention.
    public var references: [String]
    /// How many entries, notes and sets had a word replaced.
    public var changed: Int

    /// `codebook` redacted by `matcher` (the leak gate's, over what the gate and the anonymization protect).
    public init(_ codebook: Codebook, by matcher: MentionMatcher) {
        var references: [String] = []
        var seen = Set<String>()
        var changed = 0
        func redacted(_ text: String) -> String {
            guard !text.isEmpty else { return text }
            let result = matcher.redacting(text)
            if result != text {
                for reference in matcher.references(in: text) where seen.insert(reference).inserted { references.append(reference) }
            }
            return result
        }
        var renamed: [String: String] = [:]
        var taken = Set(codebook.entries.map(\.id))
        for entry in codebook.entries {
            let id = matcher.redacting(entry.id) { $0.replacingOccurrences(of: " ", with: "-") }
            guard id != entry.id else { continue }
            // Two ids may redact alike ("kari-s-story", "kari-nordmann-s-story"): the later gets a number.
            var unique = id
            var number = 2
            while taken.contains(unique) {
                unique = "\(id)-\(number)"
                number += 1
            }
            taken.insert(unique)
            renamed[entry.id] = unique
            for reference in matcher.references(in: entry.id) where seen.insert(reference).inserted { references.append(reference) }
        }
        let entries = codebook.entries.map { entry -> Codebook.Entry in
            var copy = entry
            copy.id = renamed[entry.id] ?? entry.id
            copy.parent = entry.parent.map { renamed[$0] ?? $0 }
            copy.name = redacted(entry.name)
            copy.description = redacted(entry.description)
            copy.inclusion = redacted(entry.inclusion)
            copy.exclusion = redacted(entry.exclusion)
            copy.example = redacted(entry.example)
            if copy != entry { changed += 1 }
            return copy
        }
        var result = Codebook(entries: entries, unit: codebook.unit, languages: codebook.languages, source: codebook.source)
        result.notes = codebook.notes.map { note in
            var copy = note
            copy.name = redacted(note.name)
            copy.text = redacted(note.text)
            copy.codes = note.codes.map { renamed[$0] ?? $0 }
            if copy.name != note.name || copy.text != note.text { changed += 1 }
            return copy
        }
        result.sets = codebook.sets.map { set in
            var copy = set
            copy.name = redacted(set.name)
            copy.description = redacted(set.description)
            copy.codes = set.codes.map { renamed[$0] ?? $0 }
            if copy.name != set.name || copy.description != set.description { changed += 1 }
            return copy
        }
        self.codebook = result
        self.renamedIDs = renamed
        self.references = references
        self.changed = changed
    }
}
