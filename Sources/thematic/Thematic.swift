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
