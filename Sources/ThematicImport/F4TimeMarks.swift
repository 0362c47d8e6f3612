import Foundation

/// The time marks of f4transkript and f5transkript: `#00:01:02-3#` (hours, minutes, seconds, a dash and tenths), which
/// the program writes where the transcriber ends a paragraph, so a mark at a paragraph's end is when the next one
/// starts. A mark that opens a paragraph (some transcribers move them there) is that paragraph's own start. Every mark
/// is taken out of the text: it is the recording's clock, not speech.
public enum F4TimeMarks {
    private static let pattern = try! NSRegularExpression(pattern: #"#(\d{1,3}):([0-5]\d):([0-5]\d)(?:[-.,](\d{1,3}))?#"#)

    /// Whether `line` opens with a mark (`#00:01:02-3# …`), so a reader of Markdown headings leaves its `#` alone.
    public static func opensWithMark<Line: StringProtocol>(_ line: Line) -> Bool {
        guard line.hasPrefix("#"), line.dropFirst().first?.isNumber == true else { return false }
        let text = String(line.prefix(24))
        return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))?.range.location == 0
    }

    /// Each paragraph without its marks, the start each mark gives it (its opening mark, else the closing mark of
    /// the paragraph before), and how many marks were taken out.
    static func takenOut(of paragraphs: [TextParagraph]) -> (paragraphs: [TextParagraph], starts: [Double?], count: Int) {
        var out: [TextParagraph] = []
        var starts: [Double?] = []
        var count = 0
        var closing: Double?
        for paragraph in paragraphs {
            let text = paragraph.text
            // Cheap test first: most files have no `#` at all.
            let matches = text.contains("#") ? pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) : []
            guard let first = matches.first, let last = matches.last else {
                out.append(paragraph)
                starts.append(closing)
                closing = nil
                continue
            }
            count += matches.count
            var marked = paragraph
            marked.text = without(text)
            marked.softLines = paragraph.softLines.map(without)
            if marked.text.isEmpty {
                // A mark on a line of its own: the time the next paragraph starts.
                closing = seconds(last, in: text)
                continue
            }
            let before = text[..<Range(first.range, in: text)!.lowerBound].trimmedSpace
            let after = text[Range(last.range, in: text)!.upperBound...].trimmedSpace
            // Opening: nothing before the mark but a label (`I: #00:00:03-1# …`).
            let opens = before.isEmpty || before.hasSuffix(":") && before.count <= 40 && !before.dropLast().contains(":")
            let closes = after.isEmpty && (matches.count > 1 || !opens)
            out.append(marked)
            starts.append(opens ? seconds(first, in: text) : closing)
            closing = closes ? seconds(last, in: text) : nil
        }
        return (out, starts, count)
    }

    private static func without(_ text: String) -> String {
        ImportText.collapsingWhitespace(pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " "))
    }

    private static func seconds(_ match: NSTextCheckingResult, in text: String) -> Double {
        let part = { (group: Int) -> Double in
            Range(match.range(at: group), in: text).flatMap { Double(text[$0]) } ?? 0
        }
        let tenths = Range(match.range(at: 4), in: text).map { Double("0." + text[$0]) ?? 0 } ?? 0
        return part(1) * 3600 + part(2) * 60 + part(3) + tenths
    }
}
