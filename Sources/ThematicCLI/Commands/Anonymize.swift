import ArgumentParser
import Foundation
import ThematicCore
import ThematicPipeline

struct Anonymize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "De-identify transcripts: write anonymized Interview XML, named by interview id, into a folder.",
        discussion: """
            Runs the registered anonymization stage through the pipeline runner (same recognizers, options, study-wide labels and leak \
            gate) and publishes like `analyze`: <out>/<interview id>.xml and <out>/anonymization.json, all at once. \
            The key goes only where --key says (mode 0600; sealed when the variable named by --passphrase-env is set), \
            never inside --out, and is written together with the output. Nothing is written if any identifier would \
            survive. Stage options: --option age=band, --option allow=Acme,OpenAI (see `thematic stages anonymization`).
            """)

    @Option(name: .long, help: "The study file whose 'identifiers' are always replaced.")
    var study: String?

    @Option(name: .long, help: "Where to write the re-identification key (outside --out).")
    var key: String?

    @Option(name: .long, help: "Environment variable holding the key's passphrase.")
    var passphraseEnv = "THEMATIC_KEY_PASSPHRASE"

    @Option(name: .long, parsing: .singleValue, help: "A stage option as NAME=VALUE (lists comma-separated); repeatable.")
    var option: [String] = []

    @Flag(name: .long, help: "Replace interview ids by T01… and participant ids by P01… (when ids hold names); the mapping goes to the key.")
    var rename = false

    @Option(name: .long, help: "The output folder.")
    var out: String

    @Option(name: .shortAndLong, help: "Worker threads; the output does not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Interview XML transcripts.")
    var transcripts: [String]

    func run() throws {
        try reportingDiagnostics {
            // The registered stage, so a program that replaces `anonymization` with its own runs that one here too.
            guard let stage = stageRegistry.stage(Self.stageID) else {
                throw Diagnostic("this program registers no '\(Self.stageID)' stage (registered: \(stageRegistry.ids.joined(separator: ", ")))")
            }
            let options = try StageOptions(validating: try parsedOptions(for: stage.descriptor), against: stage.descriptor.options,
                                           stage: Self.stageID, file: "--option")
            var runner = PipelineRunner(registry: stageRegistry, jobs: jobs)
            runner.keyFile = key.map(PathUtilities.absolute)
            let request = RunRequest(studyFile: study, transcripts: transcripts.map { (path: $0, displayName: $0) },
                                     plan: [(stage, options)], output: out, baseDirectory: FileManager.default.currentDirectoryPath,
                                     layout: .transcriptFolder)
            let result = try runner.run(request)
            Terminal.print("\(result.corpus.interviews.count) transcripts anonymized into \(out)")
            for line in result.summary { Terminal.print("  " + line) }
        }
    }

    static let stageID = "anonymization"

    /// `--option name=value` pairs as pipeline option values (a comma makes a list where the option takes one).
    private func parsedOptions(for descriptor: StageDescriptor) throws -> [String: OptionValue] {
        var values: [String: OptionValue] = [:]
        if passphraseEnv != "THEMATIC_KEY_PASSPHRASE" { values["passphrase-env"] = .string(passphraseEnv) }
        if rename { values["rename"] = .boolean(true) }
        for pair in option {
            guard let equals = pair.firstIndex(of: "=") else { throw Diagnostic(file: "--option", "'\(quoting: pair)' is not NAME=VALUE") }
            let name = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            let spec = descriptor.options.first { $0.name == name }
            if case .stringList? = spec?.kind {
                values[name] = .list(value.split(separator: ",").map(String.init))
            } else {
                values[name] = .string(value)
            }
        }
        return values
    }
}
