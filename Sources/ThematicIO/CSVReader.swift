import Foundation
import ThematicCore

/// A small RFC 4180 CSV reader that keeps line numbers for messages. It reads what `CSVWriter` writes back to the
/// same fields, including formula-like cells the writer neutralised with a single quote.
public enum CSVReader {
    /// One record and the line it starts on.
    public struct Row: Sendable {
        public var line: Int
        public var fields: [String]
    }

    /// Splits `text` into records; blank lines are skipped. `delimiter` separates fields (`,`; a tab for TSV, `;` as
    /// Excel writes CSV where the comma is the decimal mark).
    public static func rows(_ text: String, file: String, delimiter: Unicode.Scalar = ",") throws -> [Row] {
        // Excel writes UTF-8 CSV with a byte-order mark; it is not part of the first field's name.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        var rows: [Row] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var rowLine = 1
        var fieldWasQuoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        // A quoted field may carry the single quote CSVWriter puts before a formula-like cell; it is taken off again.
        func endField() {
            fields.append(fieldWasQuoted ? CSVWriter.restoring(field) : field)
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) { rows.append(Row(line: rowLine, fields: fields)) }
            fields = []
            field = ""
            fieldWasQuoted = false
        }
        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                fieldWasQuoted = true
            case delimiter:
                endField()
                field = ""
                fieldWasQuoted = false
            case "\r":
                continue
            case "\n":
                endRow()
                line += 1
                rowLine = line
            default:
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw Diagnostic(file: file, line: rowLine, "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRow() }
        return rows
    }
}
