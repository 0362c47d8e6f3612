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

    /// The stage registered as `id`.
    public func stage(_ id: String) -> (any Stage.Type)? {
        stages.first { $0.descriptor.id == id }
    }

    /// The registered ids, sorted.
    public var ids: [String] { stages.map { $0.descriptor.id } }
}
