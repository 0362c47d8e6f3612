/// The stages a program knows, looked up by id.
///
/// The core knows no stage: the `thematic` executable builds its registry from a list generated from its stage
/// dependencies, and tests build registries of their own.
public struct StageRegistry: Sendable {
    /// The registered stage types, sorted by id.
    public let stages: [any Stage.Type]

    /// Creates a registry; two stages with the same id are a programming error.
    public init(_ stages: [any Stage.Type]) {
        var seen = Set<String>()
        for stage in stages {
            precondition(seen.insert(stage.descriptor.id).inserted, "two stages are registered as '\(stage.descriptor.id)'")
        }
        self.stages = stages.sorted { $0.descriptor.id < $1.descriptor.id }
    }

    /// Creates the registry a program runs with, checking every descriptor once (`problems(in:)`): a descriptor that
    /// breaks the contract is a programming error in its stage, reported when the program starts with the stage
    /// named — not halfway through a run. (Tests build registries with `init(_:)`, some with stages that break the
    /// contract on purpose, to see the runner's checks.)
    public init(validating stages: [any Stage.Type]) throws {
        let problems = Self.problems(in: stages.map { $0.descriptor }) + stages.flatMap(Self.roundProblems)
        guard problems.isEmpty else { throw Diagnostic("stage descriptors break the contract:\n" + problems.joined(separator: "\n")) }
        self.init(stages)
    }

    /// What is wrong with a set of descriptors: ids and option names that are not kebab-case or repeat, versions that
    /// are not numbers (major.minor.patch, or fewer parts), and artifact patterns that two stages (or one stage twice) could both write.
    public static func problems(in descriptors: [StageDescriptor]) -> [String] {
        var problems: [String] = []
        var ids = Set<String>()
        for descriptor in descriptors {
            let stage = "stage '\(descriptor.id)'"
            if !ids.insert(descriptor.id).inserted { problems.append("two stages are registered as '\(descriptor.id)'") }
            if !isKebabCase(descriptor.id) { problems.append("\(stage): the id is not kebab-case (lower-case words joined by hyphens)") }
            let parts = descriptor.version.split(separator: ".", omittingEmptySubsequences: false)
            if !(1...3).contains(parts.count) || !parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
                problems.append("\(stage): version '\(descriptor.version)' is not a version number (major.minor.patch)")
            }
            var options = Set<String>()
            for option in descriptor.options {
                if !options.insert(option.name).inserted { problems.append("\(stage): the option '\(option.name)' is declared twice") }
                if !isKebabCase(option.name) { problems.append("\(stage): the option '\(option.name)' is not kebab-case") }
            }
        }
        let artifacts = descriptors.flatMap { descriptor in descriptor.artifacts.map { (descriptor.id, $0.pattern) } }
        for (first, one) in artifacts.enumerated() {
            for other in artifacts[(first + 1)...] where patternsOverlap(one.1, other.1) {
                problems.append(one.0 == other.0
                    ? "stage '\(one.0)': the artifacts '\(one.1)' and '\(other.1)' could name the same file"
                    : "stages '\(one.0)' and '\(other.0)' could both write a file matching '\(one.1)' and '\(other.1)'")
            }
        }
        return problems
    }

    /// What is wrong with a sharded stage's rounds: none, a round key placed at another position than its index
    /// (its payloads would be read as another round's), or step names that repeat or are not kebab-case.
    static func roundProblems(of stage: any Stage.Type) -> [String] {
        guard let sharded = stage as? any ShardedStage.Type else { return [] }
        let name = "stage '\(stage.descriptor.id)'"
        if sharded.rounds.isEmpty { return ["\(name): a sharded stage needs at least one round"] }
        var problems: [String] = []
        var steps = Set<String>()
        for (position, round) in sharded.rounds.enumerated() {
            if let index = round.index, index != position {
                problems.append("\(name): the round '\(round.work)' is keyed as round \(index) but listed as round \(position)")
            }
            for step in [round.work] + (round.combine.map { [$0] } ?? []) {
                if !steps.insert(step).inserted { problems.append("\(name): the step '\(step)' is named twice") }
                if !isKebabCase(step) { problems.append("\(name): the step '\(step)' is not kebab-case") }
            }
        }
        return problems
    }

    static func isKebabCase(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("-") && !name.hasSuffix("-") && !name.contains("--")
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Whether some path matches both patterns (`*` matches any run of characters within one path segment): a
    /// table over both patterns' positions, filled from the ends.
    public static func patternsOverlap(_ left: String, _ right: String) -> Bool {
        let a = Array(left.unicodeScalars), b = Array(right.unicodeScalars)
        let width = b.count + 1
        var table = [Bool](repeating: false, count: (a.count + 1) * width)
        table[a.count * width + b.count] = true
        for i in stride(from: a.count, through: 0, by: -1) {
            for j in stride(from: b.count, through: 0, by: -1) where !(i == a.count && j == b.count) {
                let starA = i < a.count && a[i] == "*", starB = j < b.count && b[j] == "*"
                var result = false
                if starA {
                    // The star matches nothing, or goes on past one more character of the other side (never a slash).
                    result = table[(i + 1) * width + j] || (j < b.count && b[j] != "/" && table[i * width + j + 1])
                } else if starB {
                    result = table[i * width + j + 1] || (i < a.count && a[i] != "/" && table[(i + 1) * width + j])
                } else if i < a.count, j < b.count {
                    result = a[i] == b[j] && table[(i + 1) * width + j + 1]
                }
                table[i * width + j] = result
            }
        }
        return table[0]
    }

    /// The stage registered as `id`.
    public func stage(_ id: String) -> (any Stage.Type)? {
        stages.first { $0.descriptor.id == id }
    }

    /// The registered ids, sorted.
    public var ids: [String] { stages.map { $0.descriptor.id } }
}
