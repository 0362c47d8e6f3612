import ArgumentParser
import ThematicCore

struct Stages: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the registered stages with their options and documentation.")

    @Argument(help: "Show only this stage.")
    var stage: String?

    func run() throws {
        let stages = stageRegistry.stages.filter { stage == nil || $0.descriptor.id == stage }
        if let stage, stages.isEmpty {
            Terminal.error("unknown stage '\(quoting: stage)' (registered stages: \(stageRegistry.ids.joined(separator: ", ")))")
            throw ExitCode(1)
        }
        for (index, type) in stages.enumerated() {
            let descriptor = type.descriptor
            if index > 0 { Terminal.print("") }
            Terminal.print("\(descriptor.id) \(descriptor.version)")
            Terminal.print("  \(descriptor.summary)")
            if !descriptor.discussion.isEmpty { Terminal.print("  " + descriptor.discussion) }
            if !descriptor.reads.isEmpty { Terminal.print("  reads: " + descriptor.reads.map(\.rawValue).joined(separator: ", ")) }
            if !descriptor.readsIfMade.isEmpty { Terminal.print("  reads when made: " + descriptor.readsIfMade.map(\.rawValue).joined(separator: ", ")) }
            if !descriptor.writes.isEmpty { Terminal.print("  makes: " + descriptor.writes.map(\.rawValue).joined(separator: ", ")) }
            if !descriptor.artifacts.isEmpty { Terminal.print("  artifacts: " + descriptor.artifacts.map(\.description).joined(separator: ", ")) }
            if descriptor.options.isEmpty { Terminal.print("  options: none") }
            for option in descriptor.options {
                let fallback = option.defaultValue.map { " (default: \($0))" } ?? " (required)"
                Terminal.print("  --\(option.name): \(option.kind)\(fallback)")
                Terminal.print("      \(option.help)")
            }
        }
    }
}
