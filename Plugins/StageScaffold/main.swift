import Foundation

// stage-scaffold PACKAGE_DIR Name — writes Sources/Stages/Name, Tests/Stages/Name and adds "Name" to the
// `stages` list in Package.swift. Used by the new-stage command plugin; runnable on its own too.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else { fail("usage: stage-scaffold PACKAGE_DIR StageName (UpperCamelCase, e.g. WordList)") }
let root = URL(fileURLWithPath: arguments[0])
let name = arguments[1]
guard name.range(of: "^[A-Z][A-Za-z0-9]*$", options: .regularExpression) != nil, !name.hasSuffix("Stage") else {
    fail("'\(name)' is not a valid stage name: use UpperCamelCase letters and digits, without a 'Stage' suffix (e.g. WordList)")
}
/// `WordList` → `word-list`, the id used in pipeline.yaml.
let id = name.unicodeScalars.enumerated().reduce(into: "") { result, pair in
    let (index, scalar) = pair
    if CharacterSet.uppercaseLetters.contains(scalar), index > 0 { result += "-" }
    result += String(scalar).lowercased()
}

let sources = root.appendingPathComponent("Sources/Stages/\(name)")
let tests = root.appendingPathComponent("Tests/Stages/\(name)")
let manifestURL = root.appendingPathComponent("Package.swift")
guard var manifest = try? String(contentsOf: manifestURL, encoding: .utf8) else { fail("no Package.swift in \(root.path)") }
if FileManager.default.fileExists(atPath: sources.path) { fail("Sources/Stages/\(name) already exists") }
guard let listStart = manifest.range(of: "let stages: [String] = [\n"),
      let listEnd = manifest.range(of: "\n]", range: listStart.upperBound..<manifest.endIndex) else {
    fail("Package.swift has no `let stages: [String] = [ … ]` list")
}
if manifest[listStart.upperBound..<listEnd.lowerBound].contains("\"\(name)\"") { fail("\(name) is already in the stages list") }

let stageSource = """
    import ThematicCore

    /// TODO: say what this stage computes and why an analyst wants it.
    public struct \(name): Stage {
        public static let descriptor = StageDescriptor(
            id: "\(id)",
            version: "0.1.0",
            summary: "Turns per speaker in each interview (scaffold: replace with what \(name) does).",
            discussion: "Describe the method, its reference and its assumptions here; `thematic stages` prints it.",
            options: [includeInterviewersOption.spec],
            reads: [Products.corpus],
            artifacts: ["\(id).csv"]
        )

        /// Each option is declared once, with its name, type, default and help, and read back with the declaration.
        static let includeInterviewersOption = StageOption<Bool>("include-interviewers", default: true, help: "Count the interviewers' turns too.")

        private let includeInterviewers: Bool

        public init(options: StageOptions) throws {
            includeInterviewers = options[Self.includeInterviewersOption]
        }

        public func run(in context: StageContext) throws {
            let corpus = try context.read(Products.corpus)
            let interviewers = corpus.study.interviewerIDs
            var csv = CSVWriter(header: ["interview", "speaker", "turns"])
            for interview in corpus.interviews {
                var counts: [String: Int] = [:]
                for turn in interview.turns where includeInterviewers || !interviewers.contains(turn.speaker) {
                    counts[turn.speaker, default: 0] += 1
                }
                for (speaker, turns) in counts.sorted(by: { $0.key < $1.key }) {
                    csv.append([interview.id, speaker, String(turns)])
                }
            }
            try context.artifacts.addText("\(id).csv", csv.text, by: Self.descriptor.id)
        }
    }

    """
let testSource = """
    import Testing
    import ThematicCore
    @testable import \(name)Stage

    @Suite("\(name)")
    struct \(name)Tests {
        @Test func countsTurnsPerSpeaker() throws {
            let study = Study(id: "s", title: "t", team: ResearchTeam(interviewers: [Researcher(id: "I1")]), participants: [Participant(id: "P1")])
            let interview = Interview(id: "P1", participant: "P1", language: "en", turns: [
                Turn(index: 0, speaker: "I1", content: [.text("Question?")]),
                Turn(index: 1, speaker: "P1", content: [.text("Answer.")]),
                Turn(index: 2, speaker: "P1", content: [.text("More.")]),
            ], source: "P1.xml")
            let context = StageContext(corpus: Corpus(study: study, interviews: [interview]))
            try \(name)(options: StageOptions(specs: \(name).descriptor.options)).run(in: context)
            let csv = String(decoding: try #require(context.artifacts["\(id).csv"]), as: UTF8.self)
            #expect(csv == "interview,speaker,turns\\nP1,I1,1\\nP1,P1,2\\n")
        }
    }

    """
do {
    try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
    try Data(stageSource.utf8).write(to: sources.appendingPathComponent("\(name).swift"))
    try Data(testSource.utf8).write(to: tests.appendingPathComponent("\(name)Tests.swift"))
    manifest.insert(contentsOf: "\n    \"\(name)\",", at: listEnd.lowerBound)
    try Data(manifest.utf8).write(to: manifestURL)
} catch {
    fail("could not write the scaffold: \(error)")
}
print("""
    Created stage '\(id)':
      Sources/Stages/\(name)/\(name).swift
      Tests/Stages/\(name)/\(name)Tests.swift
      Package.swift: "\(name)" added to the stages list
    Build with `swift build`; `thematic stages \(id)` shows it; use it in pipeline.yaml as `- \(id)`.
    """)
