import ThematicCore
import ThematicIO
import Yams

extension CodebookLoader {
    private static let noteKeys: Set<String> = ["name", "text", "codes", "interviews", "selections", "comment"]
    private static let setKeys: Set<String> = ["name", "description", "codes", "interviews"]

    /// `notes:` and `sets:` of an imported project; every code they name must be in the codebook (interviews are
    /// checked by the stage that has the corpus).
    static func notesAndSets(_ mapping: Node.Mapping, entries: [Codebook.Entry], file: String, problems: inout [Diagnostic]) -> (notes: [Codebook.Note], sets: [Codebook.Grouping]) {
        let known = Set(entries.map(\.id))
        func items(_ key: String, allowed: Set<String>) -> [(line: Int, fields: Node.Mapping)] {
            guard let node = mapping[key] else { return [] }
            guard let list = node.sequence else {
                problems.append(Diagnostic(file: file, line: node.mark?.line, "'\(key)' must be a list"))
                return []
            }
            return list.compactMap { item in
                guard let fields = item.mapping else {
                    problems.append(Diagnostic(file: file, line: item.mark?.line, "each of '\(key)' must be a mapping with at least 'name'"))
                    return nil
                }
                problems += YAMLDocument.unknownKeys(in: item, allowed: allowed, context: "an entry of '\(key)'", file: file)
                return (item.mark?.line ?? 0, fields)
            }
        }
        func text(_ fields: Node.Mapping, _ key: String, line: Int) -> String {
            guard let node = fields[key] else { return "" }
            guard let value = node.string else {
                problems.append(Diagnostic(file: file, line: node.mark?.line ?? line, "'\(key)' must be text"))
                return ""
            }
            return value
        }
        func flag(_ fields: Node.Mapping, _ key: String, line: Int) -> Bool {
            guard let node = fields[key] else { return false }
            guard let value = node.bool else {
                problems.append(Diagnostic(file: file, line: node.mark?.line ?? line, "'\(key)' must be true or false"))
                return false
            }
            return value
        }
        func ids(_ fields: Node.Mapping, _ key: String, line: Int, codes: Bool) -> [String] {
            guard let node = fields[key] else { return [] }
            guard let list = node.sequence?.map({ $0.string }), !list.contains(nil) else {
                problems.append(Diagnostic(file: file, line: node.mark?.line ?? line, "'\(key)' must be a list of ids"))
                return []
            }
            let values = list.compactMap { $0 }
            for id in values where codes && !known.contains(id) {
                problems.append(Diagnostic(file: file, line: node.mark?.line ?? line, "'\(key)' names '\(quoting: id)', which is not a theme, sub-theme or code of this codebook"))
            }
            return values
        }
        let notes = items("notes", allowed: noteKeys).map { line, fields in
            let selections = ids(fields, "selections", line: line, codes: false).compactMap { written -> Codebook.Anchor? in
                guard let anchor = Codebook.Anchor(written) else {
                    problems.append(Diagnostic(file: file, line: fields["selections"]?.mark?.line ?? line,
                                               "'\(quoting: written)' in 'selections' is not a stretch of an interview ('P01 3:0-4:25': interview, turn:offset-turn:offset)"))
                    return nil
                }
                return anchor
            }
            return Codebook.Note(name: text(fields, "name", line: line), text: text(fields, "text", line: line),
                                 codes: ids(fields, "codes", line: line, codes: true), interviews: ids(fields, "interviews", line: line, codes: false),
                                 selections: selections, isSelectionComment: flag(fields, "comment", line: line), line: line)
        }
        let sets = items("sets", allowed: setKeys).map { line, fields in
            Codebook.Grouping(name: text(fields, "name", line: line), description: text(fields, "description", line: line),
                              codes: ids(fields, "codes", line: line, codes: true), interviews: ids(fields, "interviews", line: line, codes: false), line: line)
        }
        return (notes, sets)
    }
}
