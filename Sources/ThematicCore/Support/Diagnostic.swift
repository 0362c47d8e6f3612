/// A problem with an input, located as precisely as the input allows.
///
/// Every error a user can cause by handing Thematic a bad file is reported as a `Diagnostic`, so that the message
/// always says which file, where in it and what is wrong, in the `file:line:column: message` form editors understand.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file the problem is in, as the user named it (relative paths stay relative).
    public var file: String?
    /// The 1-based line, when known.
    public var line: Int?
    /// The 1-based column, when known.
    public var column: Int?
    /// What is wrong, in one sentence.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = ""
        if let file { location = file }
        if let line { location += ":\(line)" }
        if let column, line != nil { location += ":\(column)" }
        return location.isEmpty ? message : "\(location): \(message)"
    }
}

/// Several problems found in one pass, reported together so the user can fix them all at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Creates a list; callers throw it only when it is not empty.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Throws the collected diagnostics as one error when there are any.
    public func throwIfAny() throws {
        if count == 1 { throw self[0] }
        if !isEmpty { throw DiagnosticList(self) }
    }
}

extension Diagnostic {
    /// The most characters of input a message quotes.
    public static let quoteLimit = 80

    /// A piece of input as a message quotes it: at most `quoteLimit` characters, cut with an ellipsis when longer,
    /// with line breaks and other control characters shown as `�`, so a 60 KB rule or a header of a thousand
    /// columns becomes one short line and nothing quoted can drive the terminal.
    public static func quote<S: StringProtocol>(_ text: S) -> String {
        var kept: [Character] = []
        for character in text {
            if kept.count == quoteLimit {
                kept[quoteLimit - 1] = "…"
                break
            }
            kept.append(character)
        }
        var out = String.UnicodeScalarView()
        for character in kept {
            for scalar in character.unicodeScalars { out.append(scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar) }
        }
        return String(out)
    }
}

extension Diagnostic {
    /// A list of input values as a message gives it: the first ten, each quoted as `quote` does, joined with commas,
    /// and how many more there are.
    public static func quoteList<S: StringProtocol>(_ items: [S], limit: Int = 10) -> String {
        let shown = items.prefix(limit).map { quote($0) }.joined(separator: ", ")
        return items.count > limit ? "\(shown) and \(items.count - limit) more" : shown
    }
}

extension DefaultStringInterpolation {
    /// `\(quotingList: values)` in a message: the values shortened as `Diagnostic.quoteList` does.
    public mutating func appendInterpolation<S: StringProtocol>(quotingList items: [S]) {
        appendLiteral(Diagnostic.quoteList(items))
    }

    /// `\(quoting: input)` in a message: the input shortened as `Diagnostic.quote` does.
    public mutating func appendInterpolation<S: StringProtocol>(quoting text: S) {
        appendLiteral(Diagnostic.quote(text))
    }
}
