import Foundation
import PackagePlugin

/// Generates the list of stages the `thematic` executable registers, from the stage targets it depends on.
///
/// A stage target is any direct dependency whose name ends in `Stage`; by convention the module `<Name>Stage`
/// defines the stage type `<Name>`. Adding a stage therefore needs no edit to the executable's sources.
@main
struct StageRegistryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let stageModules = target.dependencies.compactMap { dependency -> String? in
            guard case .target(let dependencyTarget) = dependency, dependencyTarget.name.hasSuffix("Stage") else { return nil }
            return dependencyTarget.name
        }.sorted()
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("StageRegistry+Generated.swift")
        return [
            .buildCommand(
                displayName: "Generating the stage registry (\(stageModules.count) stages)",
                executable: try context.tool(named: "stage-registry-generator").url,
                arguments: [output.path] + stageModules,
                outputFiles: [output]
            ),
        ]
    }
}
