import Foundation
import PackagePlugin

/// Generates the list of stages (or importers) a module registers, from the stage (or importer) targets it depends on.
///
/// A stage target is any direct dependency whose name ends in `Stage`, an importer target one whose name ends in
/// `Importer`; every `public struct …: Stage` (`…: Importer`) in its sources is registered. Adding a stage or an
/// importer therefore needs no edit to the registering module's sources.
@main
struct RegistryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        var commands: [Command] = []
        for kind in ["Stage", "Importer"] {
            let kindTargets = target.dependencies.compactMap { dependency -> Target? in
                guard case .target(let dependencyTarget) = dependency, dependencyTarget.name.hasSuffix(kind) else { return nil }
                return dependencyTarget
            }.sorted { $0.name < $1.name }
            guard !kindTargets.isEmpty else { continue }
            let modules = kindTargets.map { "\($0.name)=\($0.directoryURL.path)" }
            let sources = kindTargets.flatMap { ($0 as? SourceModuleTarget)?.sourceFiles(withSuffix: "swift").map(\.url) ?? [] }
            let output = context.pluginWorkDirectoryURL.appendingPathComponent("\(kind)Registry+Generated.swift")
            commands.append(.buildCommand(
                displayName: "Generating the \(kind.lowercased()) registry (\(modules.count) \(kind.lowercased())s)",
                executable: try context.tool(named: "registry-generator").url,
                arguments: [output.path, kind] + modules,
                inputFiles: sources,
                outputFiles: [output]
            ))
        }
        return commands
    }
}
