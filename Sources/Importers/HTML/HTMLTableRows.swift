import Foundation
import ThematicImport
import ThematicXML

extension HTMLBlocks {
    /// A table row that is a turn: an archive's or a service's page lays a transcript out as speaker | words (| time)
    /// rows, as Word tables do. The first cell is the label when it is short and no sentence (`Kari Nilsen`, `00:03:12`
    /// before it or after it is the turn's start), the cells after it the words; a header row (`<th>` cells only) and
    /// a row of one cell are no turn, and neither is a row of a page laid out in a table. Nil for any other row, which stays
/// one paragraph of its cells.
    static func labelledRow(_ row: XMLTreeElement) -> TextParagraph? {
        let cells = row.elements.filter { ["td", "th"].contains($0.name) }
        guard cells.count >= 2, !cells.allSatisfy({ $0.name == "th" }) else { return nil }
        // A page laid out in a table (a menu cell beside a cell holding the whole text) is no turn: a cell of a turn
        // holds one paragraph at most and no table.
        guard cells.allSatisfy({ cell in
            cell.descendants("table").isEmpty && ["p", "div", "li", "h1", "h2", "h3", "blockquote"].map { cell.descendants($0).count }.reduce(0, +) <= 1
        }) else { return nil }
        var texts = cells.map { ImportText.collapsingWhitespace(ImportText.c1AsWindows1252($0.text.replacingOccurrences(of: "\n", with: " "))) }
        var time: String?
        if let index = texts.indices.first(where: { !texts[$0].isEmpty && Timestamp.seconds(texts[$0]) != nil }), texts.count >= 3 || index > 0 {
            time = texts[index]
            texts.remove(at: index)
        }
        guard let label = texts.first, !label.isEmpty, label.count <= 40, let last = label.last, !".?!…".contains(last),
              label.contains(where: \.isLetter) else { return nil }
        let words = texts.dropFirst().filter { !$0.isEmpty }.joined(separator: " ")
        guard !words.isEmpty else { return nil }
        return TextParagraph(text: label + " " + (time.map { "[\($0)] " } ?? "") + words, location: "line \(row.line)", markedLabel: label)
    }
}
