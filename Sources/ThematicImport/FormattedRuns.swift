import Foundation

/// A word processor's paragraph as runs of text that are bold or not (RTF, OpenDocument), read as Word's are: a bold
/// opening is the label the transcriber marked, and a line break before a label starts a turn of its own.
public enum FormattedRuns {
    public typealias Run = (text: String, bold: Bool)

    /// The paragraphs of one word-processor paragraph: cut where a line break (`\n` in a run) is followed by a
    /// label, bold or `Name:`; lines without one stay in the part before them. `location(part)` names each part.
    public static func paragraphs(_ runs: [Run], location: (Int) -> String) -> [TextParagraph] {
        var lines: [[Run]] = [[]]
        for run in runs {
            for (index, piece) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty { lines[lines.count - 1].append((String(piece), run.bold)) }
            }
        }
        var parts: [[Run]] = []
        for line in lines {
            let text = line.map(\.text).joined().trimmedSpace
            if parts.isEmpty || !text.isEmpty && (label(of: line) != nil || LabelledTranscript.opensWithLabel(text)) {
                parts.append(line)
            } else {
                parts[parts.count - 1] += [("\n", false)] + line
            }
        }
        var paragraphs: [TextParagraph] = []
        for (index, part) in parts.enumerated() {
            let joined = part.map(\.text).joined()
            let softLines = joined.split(separator: "\n").map(\.trimmedSpace).filter { !$0.isEmpty }
            let text = ImportText.collapsingWhitespace(joined.replacingOccurrences(of: "\n", with: " "))
            guard !text.isEmpty else { continue }
            paragraphs.append(TextParagraph(text: text, location: location(index), markedLabel: label(of: part),
                                            softLines: softLines.count > 1 ? softLines : [], afterSoftBreak: index > 0))
        }
        return paragraphs
    }

    /// The bold runs that open a paragraph, when words follow them.
    public static func label(of runs: [Run]) -> String? {
        var marked = ""
        for run in runs {
            if run.bold { marked += run.text } else if run.text.trimmedSpace.isEmpty, !marked.isEmpty { marked += run.text } else { break }
        }
        let label = ImportText.collapsingWhitespace(marked.replacingOccurrences(of: "\n", with: " "))
        guard !label.isEmpty, label.count < ImportText.collapsingWhitespace(runs.map(\.text).joined()).count else { return nil }
        return label
    }
}
