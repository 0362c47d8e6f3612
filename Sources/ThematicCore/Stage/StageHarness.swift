/// Runs a stage under its contract, wherever it runs: in a pipeline, in `thematic anonymize`, in the stage's own unit
/// tests and in the scaffold's. The context knows the running stage, so a read or write its descriptor does not
/// declare is an error at once; afterwards every artifact it added must match a declared pattern, and none another
/// stage wrote may have changed or gone.
public enum StageHarness {
    /// Runs `stage` (described by `descriptor`) in `context` under the contract.
    public static func run(_ stage: any Stage, _ descriptor: StageDescriptor, in context: StageContext) throws {
        try run(descriptor, in: context) { try stage.run(in: $0) }
    }

    /// Runs `body` as the stage `descriptor` in `context` (a sharded stage's `finish`, say) under the contract.
    public static func run(_ descriptor: StageDescriptor, in context: StageContext, _ body: (StageContext) throws -> Void) throws {
        let earlier = context.running
        context.running = descriptor
        defer { context.running = earlier }
        let before = context.artifacts
        try body(context)
        try checkArtifacts(of: descriptor, before: before, after: context.artifacts)
    }

    /// What a stage did to the artifacts, against what it declares.
    public static func checkArtifacts(of descriptor: StageDescriptor, before: ArtifactSet, after: ArtifactSet) throws {
        for path in after.paths {
            if before.contains(path) {
                if before.writeCount(of: path) != after.writeCount(of: path) {
                    throw Diagnostic("stage '\(descriptor.id)' changed '\(path)', which stage '\(before.owner(of: path) ?? "?")' wrote; a stage adds only its own files")
                }
            } else if !descriptor.artifacts.contains(where: { $0.matches(path) }) {
                throw Diagnostic("stage '\(descriptor.id)' wrote '\(path)', which its descriptor does not declare (declared: \(descriptor.artifacts.map(\.pattern).joined(separator: ", ")))")
            } else if let owner = after.owner(of: path), owner != descriptor.id {
                throw Diagnostic("stage '\(descriptor.id)' wrote '\(path)' under the name of stage '\(owner)'; a stage writes under its own id")
            }
        }
        for path in before.paths where !after.contains(path) {
            throw Diagnostic("stage '\(descriptor.id)' removed '\(path)', which stage '\(before.owner(of: path) ?? "?")' wrote")
        }
    }
}
