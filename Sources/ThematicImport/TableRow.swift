import Foundation

/// A table row of a word-processor transcript (speaker | words, speaker | time | words, time | speaker | words) as
/// the paragraph the label rules read: a short first cell is the label, a time cell (bare or in brackets) the turn's start.
public enum TableRow {
    /// The row's paragraph, nil when every cell is empty; `cells` are the cells' texts in order.
    public static func paragraph(_ cells: [String], location: String) -> TextParagraph? {
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return nil }
        guard cells.count >= 2, !cells[0].isEmpty, cells[0].count <= 40 else {
            return TextParagraph(text: filled.joined(separator: " "), location: location)
        }
        var label = cells[0]
        var words = cells.dropFirst().filter { !$0.isEmpty && Timestamp.cellSeconds($0) == nil }.joined(separator: " ")
        if Timestamp.cellSeconds(label) != nil, cells.count >= 3 {
            label = cells[1]
            words = "[\(Timestamp.unbracketed(cells[0]))] " + cells.dropFirst(2).filter { !$0.isEmpty && Timestamp.cellSeconds($0) == nil }.joined(separator: " ")
        } else if let time = cells.dropFirst().first(where: { Timestamp.cellSeconds($0) != nil }) {
            words = "[\(Timestamp.unbracketed(time))] " + words
        }
        return TextParagraph(text: label + " " + words, location: location, markedLabel: label)
    }
}
