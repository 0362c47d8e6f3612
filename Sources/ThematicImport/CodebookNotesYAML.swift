import ThematicCore
import ThematicIO

extension ProjectPart {
    /// The `notes:` and `sets:` sections of `codebook.yaml` (format in Docs/Codebook.md); nothing when there are none,
    /// so a project without them gives the codebook it gave before they were imported.
    static func notesAndSetsYAML(notes: [Codebook.Note], sets: [Codebook.Grouping]) -> String {
        func list(_ ids: [String]) -> String { "[" + ids.map(YAMLText.quoted).joined(separator: ", ") + "]" }
        var out = ""
        if !notes.isEmpty {
            out += "\n# The project's notes, with the codes, interviews and passages ('P01 3:0-4:25': interview, turn:offset-turn:offset) it attached them to (comment: a passage's own comment); the refi-qda export writes them back.\nnotes:\n"
            for note in notes {
                out += "  - name: \(YAMLText.quoted(note.name))\n    text: \(YAMLText.quoted(note.text))\n"
                if !note.codes.isEmpty { out += "    codes: \(list(note.codes))\n" }
                if !note.interviews.isEmpty { out += "    interviews: \(list(note.interviews))\n" }
                if !note.selections.isEmpty { out += "    selections: \(list(note.selections.map(\.description)))\n" }
                if note.isSelectionComment { out += "    comment: true\n" }
            }
        }
        if !sets.isEmpty {
            out += "\n# The project's sets (groupings of codes and interviews); the refi-qda export writes them back.\nsets:\n"
            for set in sets {
                out += "  - name: \(YAMLText.quoted(set.name))\n"
                if !set.description.isEmpty { out += "    description: \(YAMLText.quoted(set.description))\n" }
                out += "    codes: \(list(set.codes))\n    interviews: \(list(set.interviews))\n"
            }
        }
        return out
    }
}
