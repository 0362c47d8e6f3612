import Foundation
import ThematicCore
import ThematicIO
import Yams

/// The memos of an imported project as the anonymizer reads them: the names and texts of `notes:` and the names and
/// descriptions of `sets:` in a codebook.yaml (Docs/Codebook.md). Only the text is wanted here; the coding stage
/// checks the codebook itself.
enum MemoTexts {
    static func read(_ data: Data, file: String) throws -> [String] {
        guard let mapping = try YAMLDocument.compose(data, file: file)?.mapping else { return [] }
        var texts: [String] = []
        for (section, keys) in [("notes", ["name", "text"]), ("sets", ["name", "description"])] {
            for item in mapping[section]?.sequence ?? [] {
                for key in keys { if let value = item.mapping?[key]?.string, !value.isEmpty { texts.append(value) } }
            }
        }
        return texts
    }
}
