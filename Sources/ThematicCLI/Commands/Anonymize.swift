import AnonymizationStage
import ArgumentParser
import Foundation
import ThematicCore
import ThematicPipeline

struct Anonymize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "De-identify transcripts: write anonymized Interview XML, named by interview id, into a folder.",
        discussion: """
            Runs the pipeline's anonymization stage itself (same recognizers, options, study-wide labels and leak \
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
            let stageOptions = try StageOptions(validating: try parsedOptions(), against: Anonymization.descriptor.options,
                                                stage: Anonymization.descriptor.id, file: "--option")
            let key = self.key.map(PathUtilities.absolute)
            let inputs = transcripts + (self.study.map { [$0] } ?? [])
            try OutputPublisher.preflight(to: out, ownership: .record, inputs: inputs, key: key)
            let study = try self.study.map { try StudyLoader.load(path: $0, displayName: $0).study }
                ?? Study(id: "transcripts", title: "transcripts", participants: [])
            let (interviews, _) = try CorpusLoader(jobs: jobs).load(transcripts.map { (path: $0, displayName: $0) })
            var firstSource: [String: String] = [:]
            for interview in interviews {
                if let earlier = firstSource[interview.id] {
                    throw Diagnostic(file: interview.source, "duplicate interview id '\(quoting: interview.id)' (also in \(earlier))")
                }
                firstSource[interview.id] = interview.source
            }
            let context = StageContext(corpus: Corpus(study: study, interviews: interviews), jobs: jobs,
                                       baseDirectory: FileManager.default.currentDirectoryPath)
            context.outputDirectory = PathUtilities.absolute(out)
            context.keyFile = key
            // The same contract as in a pipeline: reads, writes and artifacts checked against the descriptor.
            try StageHarness.run(Anonymization(options: stageOptions), Anonymization.descriptor, in: context)

            // The folder holds the transcripts themselves, not an `anonymized/` subfolder.
            var artifacts = ArtifactSet()
            for path in context.artifacts.paths {
                let name = path.hasPrefix("anonymized/") ? String(path.dropFirst("anonymized/".count)) : path
                try artifacts.add(name, context.artifacts[path]!, by: "anonymize")
            }
            try LeakGate.check(artifacts, extra: [LeakGate.Channel(name: "(the terminal summary)", text: context.summaryLines.joined(separator: "\n"))],
                               protected: context.gateProtection(study: study), jobs: jobs)
            try OutputPublisher.publish(artifacts, to: out, ownership: .record, inputs: inputs, key: context.keptKey)
            Terminal.print("\(interviews.count) transcripts anonymized into \(out)")
            for line in context.summaryLines { Terminal.print("  " + line) }
        }
    }

    /// `--option name=value` pairs as pipeline option values (a comma makes a list where the option takes one).
    private func parsedOptions() throws -> [String: OptionValue] {
        var values: [String: OptionValue] = [:]
        if passphraseEnv != "THEMATIC_KEY_PASSPHRASE" { values["passphrase-env"] = .string(passphraseEnv) }
        if rename { values["rename"] = .boolean(true) }
        for pair in option {
            guard let equals = pair.firstIndex(of: "=") else { throw Diagnostic(file: "--option", "'\(quoting: pair)' is not NAME=VALUE") }
            let name = String(pair[..<equals])
            let value = String(pair[pair.index(after: equals)...])
            let spec = Anonymization.descriptor.options.first { $0.name == name }
            if case .stringList? = spec?.kind {
                values[name] = .list(value.split(separator: ",").map(String.init))
            } else {
                values[name] = .string(value)
            }
        }
        return values
    }
}
