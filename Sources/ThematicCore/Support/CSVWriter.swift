/// Writes RFC 4180 CSV with `\n` line endings, quoting only the fields that need it, and neutralising fields a
/// spreadsheet would run as a formula (see `escape`). Every CSV Thematic writes goes through it.
public struct CSVWriter {
    private(set) public var text = ""

    /// Starts a CSV with the given header row.
    public init(header: [String]) {
        append(header)
    }

    /// Starts rows without a header (a piece of a CSV written piece by piece).
    public init() {}

    /// Appends one row.
    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",")
        text += "\n"
    }

    /// The rows written so far, leaving the writer empty (to write a large file piece by piece).
    public mutating func take() -> String {
        defer { text = "" }
        return text
    }

    /// One field as CSV: quoted when it holds a comma, quote or line break; and when a spreadsheet would read it as
    /// a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return: CSV injection), prefixed with a
    /// single quote inside quotes, as OWASP advises, so Excel and LibreOffice show it as text. A field that is a
    /// plain number (`-5`, `-0.25`, `-1e-3`) is a number, not a formula, and is written as it is, so numeric
    /// columns stay numbers. Thematic's CSV readers take the quote off again (`CSVWriter.restoring`).
    public static func escape(_ field: String) -> String {
        if isFormulaLike(field) { return "\"'" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A quoted field as it was before `escape` neutralised it: without the one single quote `escape` put in front.
    /// A field `escape` did not neutralise comes back as it is (writing and reading are inverse for every field:
    /// a field that already starts with single quotes before a formula character gets one more).
    public static func restoring(_ quotedField: String) -> String {
        guard quotedField.unicodeScalars.first == "'" else { return quotedField }
        let rest = String(quotedField.unicodeScalars.dropFirst())
        return isFormulaLike(rest) ? rest : quotedField
    }

    /// Whether `field`, after any single quotes it starts with, opens with a character that makes a spreadsheet
    /// evaluate the cell, and is not a plain negative number.
    static func isFormulaLike(_ field: String) -> Bool {
        let scalars = field.unicodeScalars
        guard let first = scalars.first(where: { $0 != "'" }) else { return false }
        switch first {
        case "=", "+", "@", "\t", "\r": return true
        case "-": return !isPlainNegativeNumber(scalars)
        default: return false
        }
    }

    /// `-` then digits, an optional fraction and an optional exponent (`-5`, `-0.25`, `-1.5e-3`), nothing else.
    private static func isPlainNegativeNumber(_ scalars: String.UnicodeScalarView) -> Bool {
        var index = scalars.startIndex
        func digits() -> Int {
            var count = 0
            while index != scalars.endIndex, ("0"..."9").contains(scalars[index]) { count += 1; index = scalars.index(after: index) }
            return count
        }
        guard index != scalars.endIndex, scalars[index] == "-" else { return false }
        index = scalars.index(after: index)
        guard digits() > 0 else { return false }
        if index != scalars.endIndex, scalars[index] == "." {
            index = scalars.index(after: index)
            guard digits() > 0 else { return false }
        }
        if index != scalars.endIndex, scalars[index] == "e" || scalars[index] == "E" {
            index = scalars.index(after: index)
            if index != scalars.endIndex, scalars[index] == "-" || scalars[index] == "+" { index = scalars.index(after: index) }
            guard digits() > 0 else { return false }
        }
        return index == scalars.endIndex
    }
}
