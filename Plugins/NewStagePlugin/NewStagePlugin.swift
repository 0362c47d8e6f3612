import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-stage <Name>`: scaffolds a stage target, its tests, and
/// its line in Package.swift's `stages` list.
@main
struct NewStagePlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "stage-scaffold")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = [context.package.directoryURL.path] + arguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("new-stage failed (exit \(process.terminationStatus))")
        }
    }
}
