import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// Walks `<office:text>`: paragraphs in lists and sections, tables row by row, and what is left out.
struct ODTBody {
    typealias Run = FormattedRuns.Run

    let boldStyles: Set<String>
    var paragraphs: [TextParagraph] = []
    var findings: [ImportFinding] = []
    private var count = 0
    private var leftOut: [String: Int] = [:]

    init(boldStyles: Set<String>) {
        self.boldStyles = boldStyles
    }

    mutating func read(_ text: XMLTreeElement) {
        for element in text.elements { block(element) }
        for (kind, number) in leftOut.sorted(by: { $0.key < $1.key }) {
            findings.append(ImportFinding(location: "the whole file", "\(number) \(kind) left out"))
        }
    }

    private mutating func block(_ element: XMLTreeElement) {
        switch element.name {
        case "p":
            paragraph(element)
        case "h":
            if !plainText(element).isEmpty { leftOut["headings (titles, not speech)", default: 0] += 1 }
        case "list", "list-item", "list-header", "section", "numbered-paragraph":
            for child in element.elements { block(child) }
        case "table":
            table(element)
        case "table-of-content", "alphabetical-index", "illustration-index", "bibliography", "user-index":
            leftOut["tables of contents and indexes (\(element.descendants("p").count) paragraphs)", default: 0] += 1
        default:
            break  // tracked-changes (deleted text), sequence declarations, forms, frames outside paragraphs
        }
    }

    private mutating func paragraph(_ element: XMLTreeElement) {
        count += 1
        var runs: [Run] = []
        collect(element, bold: boldStyles.contains(element[attribute: "text:style-name"] ?? ""), into: &runs)
        let number = count
        paragraphs += FormattedRuns.paragraphs(runs) { "paragraph \(number)" + ($0 > 0 ? ", line \($0 + 1)" : "") }
    }

    private mutating func table(_ element: XMLTreeElement) {
        for row in Self.rows(of: element) {
            count += 1
            let cells = row.elements.filter { $0.name == "table-cell" || $0.name == "covered-table-cell" }.map { cell in
                cell.descendants("p").map { plainText($0) }.filter { !$0.isEmpty }.joined(separator: " ")
            }
            if let paragraph = TableRow.paragraph(cells, location: "table row \(count)") { paragraphs.append(paragraph) }
        }
    }

    /// The table's own rows, in header, row groups or not; a table inside a cell is read with the cell's text.
    static func rows(of table: XMLTreeElement) -> [XMLTreeElement] {
        var rows: [XMLTreeElement] = []
        for child in table.elements {
            switch child.name {
            case "table-row": rows.append(child)
            case "table-header-rows", "table-rows", "table-row-group": rows += Self.rows(of: child)
            default: break
            }
        }
        return rows
    }

    /// Fields whose element text is the value the document shows: what a transcriber typed into an input field,
    /// a cross-reference, a variable, a condition's text.
    static let shownFields: Set<String> = [
        "text-input", "drop-down", "conditional-text", "bookmark-ref", "reference-ref", "sequence-ref",
        "variable-get", "variable-set", "variable-input", "user-field-get", "user-field-input", "user-defined", "expression", "meta-field",
    ]

    /// A paragraph's text without formatting, for table cells and headings.
    private func plainText(_ element: XMLTreeElement) -> String {
        var runs: [Run] = []
        collect(element, bold: false, into: &runs)
        return ImportText.collapsingWhitespace(runs.map(\.text).joined().replacingOccurrences(of: "\n", with: " "))
    }

    /// The runs of a paragraph in order: spans and links read through, `text:s` as its count of spaces (bounded),
    /// tabs as spaces, line breaks as `\n`; notes, annotations, frames and tracked-change marks left out.
    private func collect(_ element: XMLTreeElement, bold: Bool, into runs: inout [Run]) {
        for child in element.children {
            switch child {
            case .text(let text):
                runs.append((text, bold))
            case .element(let inner):
                switch inner.name {
                case "span", "a", "ruby", "ruby-base", "meta", "date", "time", "page-number", "sequence", "author-name", "title", "chapter":
                    collect(inner, bold: bold || boldStyles.contains(inner[attribute: "text:style-name"] ?? ""), into: &runs)
                case _ where Self.shownFields.contains(inner.name):
                    collect(inner, bold: bold, into: &runs)
                case "s":
                    let spaces = min(max(Int(inner[attribute: "text:c"] ?? "1") ?? 1, 1), 64)
                    runs.append((String(repeating: " ", count: spaces), bold))
                case "tab":
                    runs.append((" ", bold))
                case "line-break":
                    runs.append(("\n", bold))
                default:
                    break  // note, annotation, hidden text, frame, change-start/-end, bookmarks, soft-page-break
                }
            }
        }
    }
}
