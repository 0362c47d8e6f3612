import Foundation
import ThematicCore
import ThematicPipeline

/// Helpers shared by the test targets.
public enum TestSupport {
    /// The package root (found from this file's location).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled study's folder.
    public static var bundledStudy: URL { packageRoot.appendingPathComponent("Fixtures/tech-champions") }

    /// The data the tests need that is not ours alone to change: development corpora, oracles, the REFI-QDA samples
    /// (Tests/Resources; each file's source and licence in its SOURCES.md). A clone alone has them: `make test`
    /// never reads ../shared.
    public static func resource(_ path: String) -> URL {
        packageRoot.appendingPathComponent("Tests/Resources").appendingPathComponent(path)
    }

    /// The bytes of a file in `Fixtures/import` (the importers' fixtures).
    public static func importFixture(_ name: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("Fixtures/import/\(name)"))
    }

    /// The SHA-256 of `data` in hex, as manifests record it.
    public static func sha256(_ data: Data) -> String { Digest.sha256(data) }

    /// A new empty temporary folder.
    public static func temporaryDirectory(_ name: String = "thematic-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `directory/name`, creating folders.
    @discardableResult
    public static func write(_ text: String, to name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// A minimal valid transcript.
    public static func transcript(id: String, participant: String? = nil, turns: [(String, String)] = [("I1", "What do you do?"), ("P1", "I help colleagues.")],
                                  date: String = "2023-05-01", minutes: Int = 45) -> String {
        let body = turns.map { "    <turn speaker=\"\($0.0)\">\($0.1)</turn>" }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <interview xmlns="urn:thematic:interview:1" id="\(id)" participant="\(participant ?? id)" language="en">
              <meta><interviewer>I1</interviewer><date>\(date)</date><duration unit="min">\(minutes)</duration></meta>
              <body>
            \(body)
              </body>
            </interview>

            """
    }

    /// A minimal study with participants `ids` and interviewer I1.
    public static func study(participants ids: [String]) -> String {
        var text = """
            id: mini
            title: A small study
            team:
              interviewers:
                - id: I1
            participants:

            """
        for (index, id) in ids.enumerated() {
            text += "  - {id: \(id), profession: \(index.isMultiple(of: 2) ? "nurse" : "physiotherapist")}\n"
        }
        return text
    }

    /// Writes a small study (study.yaml, transcripts/, pipeline.yaml) into a new folder and returns it.
    public static func miniStudy(interviews: [String: String]? = nil, participants: [String] = ["P1", "P2"],
                                 stages: String = "  - descriptives\n") throws -> URL {
        let root = try temporaryDirectory("mini-study")
        try write(study(participants: participants), to: "study.yaml", in: root)
        let files = interviews ?? [
            "P1.xml": transcript(id: "P1"),
            "P2.xml": transcript(id: "P2", turns: [("I1", "How did you start?"), ("P2", "I was asked. <event>laughs</event> Then I said yes.")]),
        ]
        for (name, text) in files { try write(text, to: "transcripts/\(name)", in: root) }
        try write("study: study.yaml\ntranscripts:\n  - transcripts/*.xml\nstages:\n\(stages)output: out\n", to: "pipeline.yaml", in: root)
        return root
    }

    /// The text of an error for assertions: a diagnostic's description or a list's lines.
    public static func message(of error: any Error) -> String {
        if let diagnostic = error as? Diagnostic { return diagnostic.description }
        if let list = error as? DiagnosticList { return list.description }
        return "\(error)"
    }
}

extension TestSupport {
    /// The bundled study's corpus, loaded as `analyze` loads it.
    public static func bundledCorpus() throws -> Corpus {
        let base = bundledStudy.path
        let (study, _) = try StudyLoader.load(path: base + "/study.yaml", displayName: "study.yaml")
        let files = try CorpusLoader.resolve(patterns: ["transcripts/*.xml"], base: base, file: "pipeline.yaml")
        let (interviews, _) = try CorpusLoader(jobs: 2).load(files)
        return Corpus(study: study, interviews: interviews)
    }
}
