import Foundation
import ThematicCore
import ThematicIO
import Yams

/// Reads `codebook.yaml` (format in `Docs/Codebook.md`), reporting every problem with its line.
public enum CodebookLoader {
    private static let topLevelKeys: Set<String> = ["name", "languages", "unit", "themes", "sub-themes", "codes", "notes", "sets"]
    private static let entryKeys: Set<String> = ["id", "name", "parent", "description", "include", "exclude", "example", "rules", "speakers", "color", "codable", "filled-in"]
    private static let speakerFilters = ["participants", "interviewers", "all"]

    /// Loads the codebook at `path`, called `displayName` in messages (and in `Codebook.source`).
    public static func load(path: String, displayName: String) throws -> (codebook: Codebook, data: Data) {
        let data = try InputFile.read(path, displayName: displayName, what: "codebook")
        return (try parse(data, file: displayName), data)
    }

    /// Parses codebook YAML.
    public static func parse(_ data: Data, file: String) throws -> Codebook {
        guard let root = try YAMLDocument.compose(data, file: file), let mapping = root.mapping else {
            throw Diagnostic(file: file, "the codebook must be a mapping with 'themes', 'sub-themes' and 'codes'")
        }
        var problems = YAMLDocument.unknownKeys(in: root, allowed: topLevelKeys, context: "the codebook", file: file)

        var languages = ["english"]
        if let node = mapping["languages"] {
            let names = node.sequence.map { $0.compactMap(\.string) } ?? node.string.map { [$0] } ?? []
            if names.isEmpty { problems.append(located(node, file, "'languages' must list Snowball stemmer names, e.g. [english, norwegian]")) }
            for name in names where !Stemmer.languages.contains(name) {
                problems.append(located(node, file, "unknown stemmer language '\(quoting: name)' (available: \(Stemmer.languages.joined(separator: ", ")))"))
            }
            if !names.isEmpty { languages = names }
        }
        var unit = SegmentUnit.sentence
        if let node = mapping["unit"] {
            if let value = node.string.flatMap(SegmentUnit.init(rawValue:)) { unit = value } else {
                problems.append(located(node, file, "'unit' must be one of \(SegmentUnit.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
        }

        var entries: [Codebook.Entry] = []
        var firstLine: [String: Int] = [:]
        for (key, level) in [("themes", Codebook.Level.theme), ("sub-themes", .subtheme), ("codes", .code)] {
            guard let node = mapping[key] else {
                if level != .code || entries.isEmpty { problems.append(Diagnostic(file: file, "missing '\(key)' list")) }
                continue
            }
            guard let items = node.sequence else { problems.append(located(node, file, "'\(key)' must be a list")); continue }
            for item in items {
                guard let entry = readEntry(item, level: level, file: file, problems: &problems) else { continue }
                if let earlier = firstLine[entry.id] {
                    problems.append(Diagnostic(file: file, line: entry.line, "duplicate id '\(quoting: entry.id)' (first defined on line \(earlier))"))
                    continue
                }
                firstLine[entry.id] = entry.line
                entries.append(entry)
            }
        }
        problems += hierarchyProblems(entries, file: file)
        let (notes, sets) = notesAndSets(mapping, entries: entries, file: file, problems: &problems)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        var codebook = Codebook(entries: entries, unit: unit, languages: languages, source: file)
        codebook.notes = notes
        codebook.sets = sets
        return codebook
    }

    private static func readEntry(_ node: Node, level: Codebook.Level, file: String, problems: inout [Diagnostic]) -> Codebook.Entry? {
        let line = node.mark?.line ?? 0
        guard let mapping = node.mapping else {
            problems.append(Diagnostic(file: file, line: line, "each \(level.rawValue) must be a mapping with at least 'id' and 'name'"))
            return nil
        }
        problems += YAMLDocument.unknownKeys(in: node, allowed: entryKeys, context: "a \(level.rawValue)", file: file)
        func text(_ key: String) -> String {
            guard let value = mapping[key] else { return "" }
            guard let string = value.string else { problems.append(located(value, file, "'\(key)' must be text")); return "" }
            return string.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let id = text("id")
        guard !id.isEmpty else { problems.append(Diagnostic(file: file, line: line, "a \(level.rawValue) needs an 'id'")); return nil }
        if id.contains(where: { $0.isWhitespace || $0 == "," || $0 == "\"" }) {
            problems.append(Diagnostic(file: file, line: line, "id '\(quoting: id)' must not contain spaces, commas or quotes"))
        }
        var name = text("name")
        if name.isEmpty { name = id }
        var entry = Codebook.Entry(id: id, name: name, level: level, parent: mapping["parent"] == nil ? nil : text("parent"),
                                   description: text("description"), inclusion: text("include"), exclusion: text("exclude"),
                                   example: text("example"), line: line)
        if mapping["color"] != nil {
            let color = text("color")
            if color.range(of: "^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$", options: .regularExpression) != nil { entry.color = color.uppercased() } else {
                problems.append(located(mapping["color"]!, file, "'color' must be #RRGGBB or #RGB, got '\(quoting: color)'"))
            }
        }
        for key in ["codable", "filled-in"] {
            guard let node = mapping[key] else { continue }
            let value = node.string?.lowercased()
            guard value == "true" || value == "false" else {
                problems.append(located(node, file, "'\(key)' must be true or false"))
                continue
            }
            if key == "codable" { entry.codable = value == "true" } else { entry.filledIn = value == "true" }
        }
        if let speakers = mapping["speakers"] {
            let value = speakers.string ?? ""
            if speakerFilters.contains(value) { entry.speakers = value } else {
                problems.append(located(speakers, file, "'speakers' must be one of \(speakerFilters.joined(separator: ", "))"))
            }
        }
        if let rules = mapping["rules"] {
            let items = rules.sequence ?? [rules]
            for rule in items {
                guard let source = rule.string else { problems.append(located(rule, file, "each rule must be text")); continue }
                do {
                    _ = try RuleParser.parse(source)
                    entry.rules.append(source)
                } catch {
                    problems.append(Diagnostic(file: file, line: rule.mark?.line, column: rule.mark.map { $0.column + error.column - 1 },
                                               "invalid rule for '\(quoting: id)' (\"\(quoting: source)\", column \(error.column)): \(error.message)"))
                }
            }
        }
        return entry
    }

    /// Parents must exist and sit one level up (codes may also nest under codes), and code nesting must not loop.
    private static func hierarchyProblems(_ entries: [Codebook.Entry], file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for entry in entries {
            switch (entry.level, entry.parent) {
            case (.theme, nil): continue
            case (.theme, let parent?):
                problems.append(Diagnostic(file: file, line: entry.line, "theme '\(quoting: entry.id)' cannot have a parent ('\(quoting: parent)'); themes are the top level"))
            case (_, nil):
                problems.append(Diagnostic(file: file, line: entry.line, "\(entry.level.rawValue) '\(quoting: entry.id)' needs a 'parent'"))
            case (let level, let parent?):
                guard let parentEntry = byID[parent] else {
                    let known = Diagnostic.quoteList(entries.filter { $0.level != .code }.map(\.id).sorted())
                    problems.append(Diagnostic(file: file, line: entry.line, "\(level.rawValue) '\(quoting: entry.id)' has unknown parent '\(quoting: parent)' (themes and sub-themes: \(known))"))
                    continue
                }
                let allowed: [Codebook.Level] = level == .subtheme ? [.theme] : [.subtheme, .theme, .code]
                if !allowed.contains(parentEntry.level) {
                    problems.append(Diagnostic(file: file, line: entry.line, "\(level.rawValue) '\(quoting: entry.id)' cannot sit under \(parentEntry.level.rawValue) '\(quoting: parent)'"))
                }
            }
        }
        var reported: Set<String> = []
        for entry in entries where entry.level == .code {
            var chain = [entry.id]
            var current = entry.parent.flatMap { byID[$0] }
            while let next = current, next.level == .code {
                if let start = chain.firstIndex(of: next.id) {
                    let cycle = chain[start...] + [next.id]
                    if reported.insert(cycle.sorted().joined(separator: ",")).inserted {
                        problems.append(Diagnostic(file: file, line: next.line, "codes nest in a cycle: \(cycle.joined(separator: " -> "))"))
                    }
                    break
                }
                chain.append(next.id)
                current = next.parent.flatMap { byID[$0] }
            }
        }
        return problems
    }

    private static func located(_ node: Node, _ file: String, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: node.mark?.line, column: node.mark?.column, message)
    }
}
