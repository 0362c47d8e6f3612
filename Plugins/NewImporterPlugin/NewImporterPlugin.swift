import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-importer <Name>`: scaffolds a transcript importer target,
/// its tests, and its line in Package.swift's `importers` list.
@main
struct NewImporterPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "stage-scaffold")
        let process = Process()
        process.executableURL = tool.url
        process.arguments = [context.package.directoryURL.path, "--importer"] + arguments
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            Diagnostics.error("new-importer failed (exit \(process.terminationStatus))")
        }
    }
}
