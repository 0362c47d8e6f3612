import Foundation
import PackagePlugin

/// Generates the list of stages the `thematic` executable registers, from the stage targets it depends on.
///
/// A stage target is any direct dependency whose name ends in `Stage`; every `public struct …: Stage` in its sources is
/// registered. Adding a stage therefore needs no edit to the executable's sources.
@main
struct StageRegistryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let stageTargets = target.dependencies.compactMap { dependency -> Target? in
            guard case .target(let dependencyTarget) = dependency, dependencyTarget.name.hasSuffix("Stage") else { return nil }
            return dependencyTarget
        }.sorted { $0.name < $1.name }
        let stageModules = stageTargets.map { "\($0.name)=\($0.directoryURL.path)" }
        let sources = stageTargets.flatMap { ($0 as? SourceModuleTarget)?.sourceFiles(withSuffix: "swift").map(\.url) ?? [] }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("StageRegistry+Generated.swift")
        return [
            .buildCommand(
                displayName: "Generating the stage registry (\(stageModules.count) stages)",
                executable: try context.tool(named: "stage-registry-generator").url,
                arguments: [output.path] + stageModules,
                inputFiles: sources,
                outputFiles: [output]
            ),
        ]
    }
}
