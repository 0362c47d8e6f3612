import Foundation
import ThematicCore

/// Writes an `Interview` back as Interview XML v1 (with 1.1's `start`/`end` on turns that have them), byte-for-byte
/// the same for the same interview.
///
/// Inline elements keep their attributes in their original order, so markup added by one stage (anonymized spans,
/// coded spans) survives a read and a write unchanged.
public enum InterviewXMLWriter {
    /// The XML text of `interview`.
    public static func xml(_ interview: Interview) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let root = interview.isDocument ? "document" : "interview"
        out += "<\(root) xmlns=\"\(InterviewXMLReader.namespace)\" id=\"\(escapeAttribute(interview.id))\""
        if !interview.isDocument { out += " participant=\"\(escapeAttribute(interview.participant))\"" }
        if interview.isGroupSession { out += " participants=\"\(escapeAttribute(interview.participants.joined(separator: " ")))\"" }
        out += " language=\"\(escapeAttribute(interview.language))\">\n"
        let meta = interview.meta
        let fields: [(String, String?)] = [
            ("interviewer", meta.interviewer),
            ("date", meta.date),
            ("duration", meta.durationMinutes.map(formatDecimal)),
            ("setting", meta.setting),
            ("field-notes", meta.fieldNotes),
        ]
        if fields.contains(where: { $0.1 != nil }) {
            out += "  <meta>\n"
            for case let (name, value?) in fields {
                let open = name == "duration" ? "<duration unit=\"min\">" : "<\(name)>"
                out += "    \(open)\(escapeText(value))</\(name)>\n"
            }
            out += "  </meta>\n"
        }
        out += "  <body>\n"
        for turn in interview.turns where interview.isDocument {
            out += "    <p>"
            write(turn.content, to: &out)
            out += "</p>\n"
        }
        for turn in interview.turns where !interview.isDocument {
            out += "    <turn speaker=\"\(escapeAttribute(turn.speaker))\""
            if let start = turn.start { out += " start=\"\(formatSeconds(start))\"" }
            if let end = turn.end { out += " end=\"\(formatSeconds(end))\"" }
            out += ">"
            write(turn.content, to: &out)
            out += "</turn>\n"
        }
        out += "  </body>\n</\(root)>\n"
        return out
    }

    private static func write(_ nodes: [InlineNode], to out: inout String) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += escapeText(text)
            case .element(let element):
                out += "<" + element.name
                for attribute in element.attributes {
                    out += " \(attribute.name)=\"\(escapeAttribute(attribute.value))\""
                }
                if element.children.isEmpty {
                    out += "/>"
                } else {
                    out += ">"
                    write(element.children, to: &out)
                    out += "</\(element.name)>"
                }
            }
        }
    }

    /// Escapes character data: `&`, `<` and `>` (the last so that `]]>` can never appear).
    public static func escapeText(_ text: String) -> String {
        // Bytes, not Characters: grapheme breaking over every turn costs more than the rest of the writer.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x0D }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes an attribute value, including whitespace characters that attribute normalisation would change.
    public static func escapeAttribute(_ text: String) -> String {
        // Most values (GUIDs, ids, numbers) have nothing to escape: returned as they are, without a copy.
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        if !text.utf8.contains(where: special) { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Seconds to the millisecond, without trailing zeros ("12.5", "3", "0.125"), so subtitle times round-trip.
    static func formatSeconds(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static func formatDecimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
