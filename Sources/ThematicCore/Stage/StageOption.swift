/// One option of a stage, declared once with its name, type, default and help, and read back with the same
/// declaration (`options[Self.window]`), so the name in the pipeline file and the value in the stage cannot drift
/// apart — as swift-argument-parser's `@Option` does for a command line.
///
/// ```swift
/// static let window = StageOption<Int>("window", default: 8, in: 1...50, help: "Words of context on each side.")
/// static let speakers = StageOption<Speakers>("speakers", default: .participants, help: "Whose turns to search.")
/// ```
public struct StageOption<Value: OptionValueType>: Sendable {
    /// The declaration the runner validates pipeline files against and `thematic stages` prints.
    public let spec: OptionSpec

    /// An option; a `nil` default makes it required.
    public init(_ name: String, default defaultValue: Value?, help: String) {
        spec = OptionSpec(name, Value.optionKind, default: defaultValue?.optionValue, help: help)
    }
}

extension StageOption where Value == String {
    /// A file the stage reads, relative to the pipeline file (or absolute): the runner refuses a missing one before
    /// any work, naming the pipeline's line, reads it once, and the stage takes those bytes with
    /// `context.inputFile(_:)` — so the digest the manifest records is of the bytes the stage used. With `required:
    /// false` the file is used when it exists.
    public init(file name: String, default defaultValue: String?, required: Bool = true, help: String) {
        spec = OptionSpec(name, .inputFile(required: required), default: defaultValue.map(OptionValue.string), help: help)
    }
}

extension StageOption where Value == [String] {
    /// Files the stage reads, each like a `file` option.
    public init(files name: String, default defaultValue: [String]?, help: String) {
        spec = OptionSpec(name, .inputFiles, default: defaultValue.map(OptionValue.list), help: help)
    }
}

extension StageOption where Value == Int {
    /// An integer option limited to `range`.
    public init(_ name: String, default defaultValue: Int?, in range: ClosedRange<Int>, help: String) {
        spec = OptionSpec(name, .integer(range), default: defaultValue.map(OptionValue.integer), help: help)
    }
}

extension StageOption where Value == Double {
    /// A number option limited to `range`.
    public init(_ name: String, default defaultValue: Double?, in range: ClosedRange<Double>, help: String) {
        spec = OptionSpec(name, .number(range), default: defaultValue.map(OptionValue.number), help: help)
    }
}

/// A Swift type an option's value can have: text, integers, numbers, true/false, lists of text, and enums of
/// choices (`OptionChoice`).
public protocol OptionValueType: Sendable {
    /// The kind the runner checks a pipeline's value against.
    static var optionKind: OptionKind { get }
    /// The value as the pipeline file holds it.
    var optionValue: OptionValue { get }
    /// The typed value of a validated option.
    init?(optionValue: OptionValue)
}

extension String: OptionValueType {
    public static var optionKind: OptionKind { .string }
    public var optionValue: OptionValue { .string(self) }
    public init?(optionValue: OptionValue) {
        guard case .string(let value) = optionValue else { return nil }
        self = value
    }
}

extension Int: OptionValueType {
    public static var optionKind: OptionKind { .integer(nil) }
    public var optionValue: OptionValue { .integer(self) }
    public init?(optionValue: OptionValue) {
        guard case .integer(let value) = optionValue else { return nil }
        self = value
    }
}

extension Double: OptionValueType {
    public static var optionKind: OptionKind { .number(nil) }
    public var optionValue: OptionValue { .number(self) }
    public init?(optionValue: OptionValue) {
        guard case .number(let value) = optionValue else { return nil }
        self = value
    }
}

extension Bool: OptionValueType {
    public static var optionKind: OptionKind { .boolean }
    public var optionValue: OptionValue { .boolean(self) }
    public init?(optionValue: OptionValue) {
        guard case .boolean(let value) = optionValue else { return nil }
        self = value
    }
}

extension Array: OptionValueType where Element == String {
    public static var optionKind: OptionKind { .stringList }
    public var optionValue: OptionValue { .list(self) }
    public init?(optionValue: OptionValue) {
        guard case .list(let value) = optionValue else { return nil }
        self = value
    }
}

/// An enum whose cases are an option's choices, written in the pipeline file by their raw values.
///
/// ```swift
/// enum Speakers: String, OptionChoice { case participants, interviewers, all }
/// ```
public protocol OptionChoice: OptionValueType, RawRepresentable, CaseIterable where RawValue == String {}

extension OptionChoice {
    public static var optionKind: OptionKind { .choice(allCases.map(\.rawValue)) }
    public var optionValue: OptionValue { .string(rawValue) }
    public init?(optionValue: OptionValue) {
        guard case .string(let value) = optionValue else { return nil }
        self.init(rawValue: value)
    }
}

extension StageOptions {
    /// The validated value of a declared option.
    public subscript<Value: OptionValueType>(_ option: StageOption<Value>) -> Value {
        guard let raw = values[option.spec.name], let value = Value(optionValue: raw) else {
            preconditionFailure("option '\(option.spec.name)' is not among the options this stage declares")
        }
        return value
    }
}
