import ArgumentParser
import ThematicImport

struct Importers: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the registered transcript importers with their file kinds, options and documentation.")

    @Argument(help: "Show only this importer.")
    var importer: String?

    func run() throws {
        let importers = importerRegistry.importers.filter { importer == nil || $0.descriptor.id == importer }
        if let importer, importers.isEmpty {
            Terminal.error("unknown importer '\(quoting: importer)' (registered importers: \(importerRegistry.importers.map { $0.descriptor.id }.joined(separator: ", ")))")
            throw ExitCode(1)
        }
        for (index, type) in importers.enumerated() {
            let descriptor = type.descriptor
            if index > 0 { Terminal.print("") }
            Terminal.print("\(descriptor.id) \(descriptor.version)  (" + descriptor.extensions.map { "." + $0 }.joined(separator: " ") + ")")
            Terminal.print("  \(descriptor.summary)")
            if !descriptor.discussion.isEmpty { Terminal.print("  " + descriptor.discussion) }
            if descriptor.options.isEmpty { Terminal.print("  options: none") }
            for option in descriptor.options {
                let fallback = option.defaultValue.map { " (default: \($0))" } ?? " (required)"
                Terminal.print("  --option \(option.name)=…: \(option.kind)\(fallback)")
                Terminal.print("      \(option.help)")
            }
        }
    }
}
