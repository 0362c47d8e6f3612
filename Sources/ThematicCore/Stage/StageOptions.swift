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

    public var description: String {
        switch self {
        case .string: "text"
        case .integer(let range): range.map { "integer \($0.lowerBound)…\($0.upperBound)" } ?? "integer"
        case .number(let range): range.map { "number \($0.lowerBound)…\($0.upperBound)" } ?? "number"
        case .boolean: "true/false"
        case .choice(let values): "one of " + values.joined(separator: ", ")
        case .stringList: "list of text"
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
            problems.append(Diagnostic(file: file, "stage '\(stage)': unknown option '\(name)' (\(validList))"))
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
                problems.append(Diagnostic(file: file, "stage '\(stage)': option '\(spec.name)' must be \(spec.kind), got '\(raw)'"))
            }
        }
        try problems.throwIfAny()
        self.values = values
    }

    /// Options built directly (tests, and stages run outside a pipeline); defaults are filled in.
    public init(_ given: [String: OptionValue] = [:], specs: [OptionSpec]) throws {
        try self.init(validating: given, against: specs, stage: "stage")
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
        default: return nil
        }
    }

    /// The text value of a `.string` or `.choice` option.
    public func string(_ name: String) -> String {
        if case .string(let value)? = values[name] { return value }
        preconditionFailure("option '\(name)' is not a declared text option")
    }

    /// The value of an `.integer` option.
    public func integer(_ name: String) -> Int {
        if case .integer(let value)? = values[name] { return value }
        preconditionFailure("option '\(name)' is not a declared integer option")
    }

    /// The value of a `.number` option.
    public func number(_ name: String) -> Double {
        if case .number(let value)? = values[name] { return value }
        preconditionFailure("option '\(name)' is not a declared number option")
    }

    /// The value of a `.boolean` option.
    public func boolean(_ name: String) -> Bool {
        if case .boolean(let value)? = values[name] { return value }
        preconditionFailure("option '\(name)' is not a declared boolean option")
    }

    /// The value of a `.stringList` option.
    public func list(_ name: String) -> [String] {
        if case .list(let value)? = values[name] { return value }
        preconditionFailure("option '\(name)' is not a declared list option")
    }
}
