/// One option a stage accepts, with its type, default and documentation.
public struct OptionSpec: Sendable {
    /// The option's name in `pipeline.yaml` (kebab-case).
    public var name: String
    /// The option's type.
    public var kind: OptionKind
    /// The value used when the pipeline leaves the option out; `nil` makes the option required.
    public var defaultValue: OptionValue?
    /// What the option does, for `thematic stages`.
    public var help: String

    /// Creates an option specification.
    public init(_ name: String, _ kind: OptionKind, default defaultValue: OptionValue?, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }
}

/// The type of an option.
public enum OptionKind: Sendable, Equatable, CustomStringConvertible {
    case string
    case integer(ClosedRange<Int>?)
    case number(ClosedRange<Double>?)
    case boolean
    case choice([String])
    case stringList
    /// A file the stage reads, named relative to the pipeline file; `required: false` when used only if it exists.
    /// The runner checks it before any work, reads it once and records its digest (DVC's per-stage deps).
    case inputFile(required: Bool)
    /// Files the stage reads, each checked, read and recorded like an `inputFile`.
    case inputFiles

    public var description: String {
        switch self {
        case .string: "text"
        case .integer(let range): range.map { "integer \($0.lowerBound)…\($0.upperBound)" } ?? "integer"
        case .number(let range): range.map { "number \($0.lowerBound)…\($0.upperBound)" } ?? "number"
        case .boolean: "true/false"
        case .choice(let values): "one of " + values.joined(separator: ", ")
        case .stringList: "list of text"
        case .inputFile(let required): required ? "a file (relative to the pipeline)" : "a file (relative to the pipeline), used when it exists"
        case .inputFiles: "list of files (relative to the pipeline)"
        }
    }
}

/// An option's value as written in the pipeline file.
public enum OptionValue: Hashable, Sendable, Codable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case list([String])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) { self = .boolean(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([String].self) { self = .list(value) }
        else {
            throw DecodingError.typeMismatch(OptionValue.self, .init(codingPath: decoder.codingPath,
                debugDescription: "an option value must be text, a number, true/false or a list of text"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .boolean(let value): try container.encode(value)
        case .list(let value): try container.encode(value)
        }
    }

    public var description: String {
        switch self {
        case .string(let value): value
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .boolean(let value): String(value)
        case .list(let value): "[" + value.joined(separator: ", ") + "]"
        }
    }
}

/// A stage's options after validation: every declared option has a value of its declared type.
public struct StageOptions: Sendable, Equatable {
    /// The resolved values by option name.
    public private(set) var values: [String: OptionValue]

    /// Checks `given` against `specs`, fills in defaults, and reports every problem at once.
    ///
    /// - Parameters:
    ///   - given: the options as written in the pipeline file.
    ///   - specs: what the stage accepts.
    ///   - stage: the stage id, for messages.
    ///   - file: the pipeline file, for messages.
    public init(validating given: [String: OptionValue], against specs: [OptionSpec], stage: String, file: String? = nil) throws {
        var problems: [Diagnostic] = []
        let known = Set(specs.map(\.name))
        let validList = specs.isEmpty ? "it takes no options" : "valid options: " + specs.map(\.name).sorted().joined(separator: ", ")
        for name in given.keys.sorted() where !known.contains(name) {
            let suggestion = Self.nearest(to: name, in: specs.map(\.name)).map { "did you mean '\($0)'? " } ?? ""
            problems.append(Diagnostic(file: file, "stage '\(stage)': unknown option '\(quoting: name)' (\(suggestion)\(validList))"))
        }
        var values: [String: OptionValue] = [:]
        for spec in specs {
            guard let raw = given[spec.name] ?? spec.defaultValue else {
                problems.append(Diagnostic(file: file, "stage '\(stage)': option '\(spec.name)' is required (\(spec.kind))"))
                continue
            }
            if let value = Self.coerce(raw, to: spec.kind) {
                values[spec.name] = value
            } else {
                problems.append(Diagnostic(file: file, "stage '\(stage)': option '\(spec.name)' must be \(spec.kind), got '\(quoting: "\(raw)")'"))
            }
        }
        try problems.throwIfAny()
        self.values = values
    }

    /// Options built directly (tests, and stages run outside a pipeline); defaults are filled in.
    public init(_ given: [String: OptionValue] = [:], specs: [OptionSpec]) throws {
        try self.init(validating: given, against: specs, stage: "stage")
    }

    /// The valid name closest to a misspelt one (edit distance at most a third of its length, and at most 3).
    static func nearest(to name: String, in names: [String]) -> String? {
        let limit = min(3, max(1, name.count / 3))
        return names.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= limit }.min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// Edits (insert, delete, replace, swap two neighbours) from one name to the other: "bsae" is one from "base".
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
            }
        }
        return table[a.count][b.count]
    }

    private static func coerce(_ value: OptionValue, to kind: OptionKind) -> OptionValue? {
        switch (kind, value) {
        case (.string, .string): return value
        case (.integer(let range), .integer(let number)):
            return range.map { $0.contains(number) } ?? true ? value : nil
        case (.number(let range), .number(let number)):
            return range.map { $0.contains(number) } ?? true ? value : nil
        case (.number(let range), .integer(let number)):
            return range.map { $0.contains(Double(number)) } ?? true ? .number(Double(number)) : nil
        case (.boolean, .boolean): return value
        case (.choice(let allowed), .string(let text)): return allowed.contains(text) ? value : nil
        case (.stringList, .list): return value
        case (.stringList, .string(let text)): return .list([text])
        case (.inputFile, .string): return value
        case (.inputFiles, .list): return value
        case (.inputFiles, .string(let text)): return .list([text])
        default: return nil
        }
    }
}
