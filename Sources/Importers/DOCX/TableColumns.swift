import Foundation
import ThematicImport

/// A transcript typed as one table row of two columns, the labels down the left cell and the utterances down the
/// right (a real interview: 64 labels padded with empty paragraphs so each lines up with its utterance): the k-th
/// label speaks the k-th utterance, whatever the paragraphs' positions.
enum TableColumns {
    /// The (label, utterance) pairs of a row whose left cell holds two labels or more and whose right cell holds as
    /// many utterances; nil for any other row (a row per turn is read as it is).
    static func labelledUtterances(_ cells: [[String]]) -> [(label: String, words: String)]? {
        guard cells.count == 2, cells[0].count >= 2, cells[0].count == cells[1].count else { return nil }
        let labels = cells[0].map { label in
            var trimmed = label.trimmedSpace
            while trimmed.hasSuffix(":") { trimmed.removeLast() }
            return trimmed.trimmedSpace
        }
        // Labels, not sentences: each one a plausible speaker label, and the labels few (they recur).
        guard labels.allSatisfy({ SpeakerLabel.isPlausible($0) }), Set(labels.map(SpeakerLabel.normalized)).count * 2 <= labels.count + 1 else { return nil }
        return Array(zip(labels, cells[1]))
    }
}
