import ArgumentParser
import Foundation
import ThematicCore
import ThematicPipeline

@main
struct Thematic: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thematic",
        abstract: "Reproducible analysis of qualitative interview studies.",
        version: ThematicVersion.current,
        subcommands: [Analyze.self, Anonymize.self, Validate.self, Verify.self, Stages.self, AgreementCommand.self, SaturationCommand.self, SampleSizeCommand.self]
    )
}

/// The stages this executable knows: every stage target it links (see the generated registry).
let stageRegistry = StageRegistry(generatedStages)

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
    }
}
