/// Writes RFC 4180 CSV with `\n` line endings, quoting only the fields that need it.
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

    /// Quotes a field when it holds a comma, quote, or line break.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
