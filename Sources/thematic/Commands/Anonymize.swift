import AnonymizationStage
import ArgumentParser
import Foundation
import ThematicCore
import ThematicPipeline
import ThematicXML

struct Anonymize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "De-identify transcripts: write anonymized Interview XML with the same file names into a folder.",
        discussion: """
            The same recognizers, study-wide labels and leak gate as the pipeline's anonymization stage. The key file \
            goes only where --key says (mode 0600; sealed when the variable named by --passphrase-env is set) and \
            never inside --out. Nothing is written if any identifier would survive.
            """)

    @Option(name: .long, help: "The study file whose 'identifiers' are always replaced.")
    var study: String?

    @Option(name: .long, help: "Where to write the re-identification key (outside --out).")
    var key: String?

    @Option(name: .long, help: "Environment variable holding the key's passphrase.")
    var passphraseEnv = "THEMATIC_KEY_PASSPHRASE"

    @Option(name: .long, help: "The output folder.")
    var out: String

    @Option(name: .shortAndLong, help: "Worker threads; the output does not depend on it.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Interview XML transcripts.")
    var transcripts: [String]

    func run() throws {
        try reportingDiagnostics {
            let study = try self.study.map { try StudyLoader.load(path: $0, displayName: $0).study } ?? Study(id: "transcripts", title: "transcripts", participants: [])
            let files = transcripts.map { (path: $0, displayName: $0) }
            let (interviews, _) = try CorpusLoader(jobs: jobs).load(files)
            var firstSource: [String: String] = [:]
            for interview in interviews {
                if let earlier = firstSource[interview.id] {
                    throw Diagnostic(file: interview.source, "duplicate interview id '\(interview.id)' (also in \(earlier))")
                }
                firstSource[interview.id] = interview.source
            }
            let names = firstSource.mapValues { ($0 as NSString).lastPathComponent }
            guard Set(names.values).count == names.count else { throw Diagnostic("two transcripts share a file name; --out would hold only one of them") }
            let result = try Anonymizer(study: study).anonymize(interviews, jobs: jobs)
            var artifacts = ArtifactSet()
            for interview in result.interviews {
                try artifacts.addText(names[interview.id] ?? "\(interview.id).xml", InterviewXMLWriter.xml(interview), by: "anonymize")
            }
            try LeakGate.check(artifacts, protected: (result.protectedStrings + study.identifiers.values.flatMap { $0 }).map { ($0, "anonymize") })
            if let key {
                let passphrase = ProcessInfo.processInfo.environment[passphraseEnv]
                try KeyFile(study: study.id, entities: result.entities, review: result.review).write(to: key, passphrase: passphrase, forbidden: out)
            }
            try OutputPublisher.publish(artifacts, to: out, marker: nil)
            let total = result.counts.values.reduce(0) { $0 + $1.values.reduce(0, +) }
            Terminal.print("\(result.interviews.count) transcripts anonymized into \(out): \(total) replacements of \(result.entities.count) identifiers, \(result.review.count) listed for review" + (key == nil ? "" : "; key in \(key!)"))
        }
    }
}
