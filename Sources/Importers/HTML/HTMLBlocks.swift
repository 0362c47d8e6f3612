import Foundation
import ThematicImport
import ThematicXML

/// Walks an HTML tree into the paragraphs a reader sees: one per block element, its inline content joined with
/// HTML's white-space rules, `<br>` as a soft line break and a bold opening as its marked label.
struct HTMLBlocks {
    var paragraphs: [TextParagraph] = []
    var findings: [ImportFinding] = []

    /// What a page holds that is not its text: metadata, code, navigation, embedded objects and form controls.
    static let leftOut: Set<String> = ["head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
                                       "embed", "select", "button", "nav", "canvas", "audio", "video", "map"]
    /// Elements that start and end a paragraph.
    static let blocks: Set<String> = ["p", "div", "li", "dt", "dd", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                      "table", "tbody", "thead", "tfoot", "ul", "ol", "dl", "section", "article", "main",
                                      "aside", "header", "footer", "figure", "figcaption", "address", "center", "form",
                                      "fieldset", "hr", "body", "html", "caption"]

    private var text = ""
    private var marked = ""
    private var markedDone = false
    private var line = 0
    private var heading: Int?
    private var leftOutCount = 0

    mutating func read(_ root: XMLTreeElement) {
        walk(root, bold: false)
        flush()
        if leftOutCount > 0 {
            findings.append(ImportFinding(location: "the whole file", "\(leftOutCount) parts of the page that are not its text left out (head, scripts, styles, navigation, embedded objects)"))
        }
    }

    private mutating func walk(_ element: XMLTreeElement, bold: Bool) {
        if Self.leftOut.contains(element.name) { leftOutCount += 1; return }
        if element.name == "pre" {
            flush()
            for (offset, piece) in ImportText.lines(ImportText.normalizingLineEndings(element.text)).enumerated() where !ImportText.isBlank(piece) {
                paragraphs.append(TextParagraph(text: ImportText.collapsingWhitespace(String(piece)), location: "line \(element.line + offset)"))
            }
            return
        }
        if element.name == "tr", let row = Self.labelledRow(element) {
            flush()
            paragraphs.append(row)
            return
        }
        let isBlock = Self.blocks.contains(element.name)
        if isBlock {
            flush()
            line = element.line
            if element.name.count == 2, element.name.first == "h", let level = Int(element.name.dropFirst()) { heading = level }
        }
        if element.name == "br" {
            append("\n", bold: bold)
            return
        }
        let isBold = bold || ["b", "strong"].contains(element.name) || Self.styleIsBold(element[attribute: "style"])
        for child in element.children {
            switch child {
            case .element(let inner):
                // Table cells are separated like words; a row is one paragraph.
                if ["td", "th"].contains(inner.name) { append(" ", bold: false) }
                walk(inner, bold: isBold)
            case .text(let run):
                // A line break in the source is white space; only <br> breaks a line.
                // `&#150;` and its kind name C1 controls; HTML reads them as Windows-1252's characters.
                let spaced = String(String.UnicodeScalarView(run.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
                append(ImportText.c1AsWindows1252(spaced), bold: isBold)
            }
        }
        if isBlock { flush() }
    }

    /// `font-weight: bold` or 600 and above in an inline style (Google Docs and Word's filtered HTML).
    static func styleIsBold(_ style: String?) -> Bool {
        guard let style = style?.lowercased().replacingOccurrences(of: " ", with: ""), let range = style.range(of: "font-weight:") else { return false }
        let value = style[range.upperBound...].prefix { $0 != ";" }
        return value.hasPrefix("bold") || Int(value).map { $0 >= 600 } ?? false
    }

    private mutating func append(_ run: String, bold: Bool) {
        if bold, !markedDone {
            marked += run
        } else if !ImportText.isBlank(run) {
            markedDone = true
        } else if !marked.isEmpty {
            marked += run
        }
        text += run
    }

    private mutating func flush() {
        defer {
            text = ""
            marked = ""
            markedDone = false
            heading = nil
        }
        // Source line breaks are white space in HTML; only <br> (kept as \n before this point) breaks a line.
        let lines = text.split(separator: "\n").map { ImportText.collapsingWhitespace(String($0)) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { return }
        let joined = lines.joined(separator: " ")
        let label = ImportText.collapsingWhitespace(marked.replacingOccurrences(of: "\n", with: " "))
        var markedLabel = !label.isEmpty && label.count < joined.count ? label : nil
        if heading != nil, markedLabel == nil { markedLabel = joined }
        paragraphs.append(TextParagraph(text: joined, location: "line \(line)", markedLabel: markedLabel, headingLevel: heading,
                                        softLines: lines.count > 1 ? lines : []))
    }
}
