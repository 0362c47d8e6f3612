import ArgumentParser
import Foundation
import Synchronization
import ThematicCore
import ThematicImport
import ThematicPipeline

/// The `thematic` command line as a library, so a method researcher's own package can build a `thematic` with the
/// built-in stages and theirs:
///
/// ```swift
/// import ThematicBuiltInStages
/// import ThematicCLI
///
/// ThematicCommand.main(stages: BuiltInStages.all + [WordFrequencies.self], importers: BuiltInImporters.all)
/// ```
public struct ThematicCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "thematic",
        abstract: "Reproducible analysis of qualitative interview studies.",
        version: ThematicVersion.current,
        subcommands: [Analyze.self, Step.self, Anonymize.self, Review.self, ImportCommand.self, Validate.self, Verify.self, Stages.self, Importers.self, AgreementCommand.self, SaturationCommand.self, SampleSizeCommand.self]
    )

    public init() {}

    /// Parses the process's arguments and runs the command with `stages` and `importers` registered; exits when done.
    public static func main(stages: [any Stage.Type], importers: [any Importer.Type] = []) -> Never {
        MemoryTuning.apply()
        do {
            let registry = try StageRegistry(validating: stages)
            registered.withLock { $0 = registry }
        } catch {
            Terminal.error("\(error)")
            Foundation.exit(70)
        }
        registeredImporters.withLock { $0 = ImporterRegistry(importers) }
        main()
        Foundation.exit(0)
    }

    /// The registries `main(stages:importers:)` set (empty before it).
    private static let registered = Mutex(StageRegistry([]))
    private static let registeredImporters = Mutex(ImporterRegistry([]))

    /// The stages this program knows.
    static var stageRegistry: StageRegistry { registered.withLock { $0 } }

    /// The importers this program knows.
    static var importerRegistry: ImporterRegistry { registeredImporters.withLock { $0 } }
}

/// The stages this program knows (what `ThematicCommand.main(stages:importers:)` registered).
var stageRegistry: StageRegistry { ThematicCommand.stageRegistry }

/// The importers this program knows.
var importerRegistry: ImporterRegistry { ThematicCommand.importerRegistry }

/// Runs `body`, printing input problems as `file:line:column: message` lines on stderr and exiting 1.
func reportingDiagnostics<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as Diagnostic {
        Terminal.error(error.description)
        throw ExitCode(1)
    } catch let error as DiagnosticList {
        for diagnostic in error.diagnostics { Terminal.error(diagnostic.description) }
        throw ExitCode(1)
    } catch let error as ExitCode {
        throw error
    } catch {
        // Anything else comes from the system (a file vanished, a disk filled): say it plainly, with the path
        // Foundation names, and still exit 1 with nothing published.
        let nsError = error as NSError
        let path = (nsError.userInfo[NSFilePathErrorKey] as? String) ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
        Terminal.error((path.map { "\($0): " } ?? "") + nsError.localizedDescription + "; nothing was published")
        throw ExitCode(1)
    }
}
