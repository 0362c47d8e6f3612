import Foundation

// stage-scaffold PACKAGE_DIR Name — writes Sources/Stages/Name, Tests/Stages/Name and adds "Name" to the
// `stages` list in Package.swift.
// stage-scaffold PACKAGE_DIR --package Name [OUTPUT_DIR] — writes a package of its own (default ../Name) with the
// stage, its tests and a `thematic` executable that registers the built-in stages and the new one, depending on the
// Thematic checkout at PACKAGE_DIR by path (change it to the repository URL to share the package).
// stage-scaffold PACKAGE_DIR --importer Name — writes Sources/Importers/Name, Tests/Importers/Name and adds "Name" to
// the `importers` list in Package.swift (the new-importer command plugin).
// Used by the new-stage and new-importer command plugins; runnable on its own too.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
let importer = arguments.count >= 3 && arguments[1] == "--importer"
if importer {
    arguments.remove(at: 1)
    guard arguments.count == 2 else { fail("usage: stage-scaffold PACKAGE_DIR --importer ImporterName (UpperCamelCase, e.g. TabSeparated)") }
}
let outOfTree = arguments.count >= 3 && arguments[1] == "--package"
if outOfTree { arguments.remove(at: 1) }
guard arguments.count == 2 || (outOfTree && arguments.count == 3) else {
    fail("usage: stage-scaffold PACKAGE_DIR StageName | stage-scaffold PACKAGE_DIR --package StageName [OUTPUT_DIR] (UpperCamelCase, e.g. WordList)")
}
let root = URL(fileURLWithPath: arguments[0]).standardizedFileURL
let name = arguments[1]
let kind = importer ? "Importer" : "Stage"
guard name.range(of: "^[A-Z][A-Za-z0-9]*$", options: .regularExpression) != nil, !name.hasSuffix(kind) else {
    fail("'\(name)' is not a valid \(kind.lowercased()) name: use UpperCamelCase letters and digits, without a '\(kind)' suffix (e.g. \(importer ? "TabSeparated" : "WordList"))")
}
/// `WordList` → `word-list`, the id used in pipeline.yaml.
let id = name.unicodeScalars.enumerated().reduce(into: "") { result, pair in
    let (index, scalar) = pair
    if CharacterSet.uppercaseLetters.contains(scalar), index > 0 { result += "-" }
    result += String(scalar).lowercased()
}


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
            // Under the stage contract, as in a pipeline: an undeclared read, write or artifact fails the test.
            try StageHarness.run(\(name)(options: StageOptions(specs: \(name).descriptor.options)), \(name).descriptor, in: context)
            let csv = String(decoding: try #require(context.artifacts["\(id).csv"]), as: UTF8.self)
            #expect(csv == "interview,speaker,turns\\nP1,I1,1\\nP1,P1,2\\n")
        }
    }

    """
let importerSource = """
    import ThematicCore
    import ThematicImport

    /// TODO: say which tool writes this format, and which of its quirks the importer reads.
    public struct \(name)Importer: Importer {
        public static let descriptor = ImporterDescriptor(
            id: "\(id)",
            version: "0.1.0",
            summary: "One 'speaker<TAB>words' line per turn (scaffold: replace with the format \(name) reads).",
            discussion: "Describe the format as tools deliver it; `thematic importers` prints this.",
            extensions: ["\(id.replacingOccurrences(of: "-", with: ""))"]
        )

        /// Claim files by content too when the format has a signature (a first line, a ZIP member); extensions can lie.
        public static func recognizes(_ file: ImportFile) -> Bool { false }

        public init(options: StageOptions) throws {}

        public func read(_ file: ImportFile) throws -> ImportedDocument {
            // Decoding, notation ((laughs) → <event>), timestamps and label rules are shared: see ThematicImport.
            let text = try ImportText.decode(file)
            var document = ImportedDocument(turns: [])
            for (index, line) in text.split(separator: "\\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                let fields = line.split(separator: "\\t", maxSplits: 1)
                guard fields.count == 2 else {
                    throw Diagnostic(file: file.displayName, line: index + 1, "expected 'speaker<TAB>words'")
                }
                let words = Notation.parse(String(fields[1]))
                document.turns.append(ImportedTurn(label: String(fields[0]), content: words.content, start: words.leadingTime,
                                                   location: "line \\(index + 1)"))
            }
            return document
        }
    }

    """
let importerTestSource = """
    import Foundation
    import Testing
    import ThematicCore
    import ThematicImport
    import \(name)Importer

    @Suite("\(name) importer")
    struct \(name)ImporterTests {
        @Test func readsTurnsAndEvents() throws {
            let file = ImportFile(displayName: "a.\(id.replacingOccurrences(of: "-", with: ""))", data: Data("I\\tHow did it start?\\nP1\\t[00:00:04] By chance (laughs).\\n".utf8))
            let document = try \(name)Importer(options: StageOptions(specs: \(name)Importer.descriptor.options)).read(file)
            #expect(document.turns.map(\\.label) == ["I", "P1"])
            #expect(document.turns.map(\\.text) == ["How did it start?", "By chance ."])
            #expect(document.turns[1].start == 4)
        }

        @Test func aLineWithoutATabIsAnErrorNamingIt() {
            let file = ImportFile(displayName: "a.txt", data: Data("I\\tHello?\\nno tab here\\n".utf8))
            let error = #expect(throws: Diagnostic.self) { try \(name)Importer(options: StageOptions(specs: [])).read(file) }
            #expect(error?.line == 2)
        }
    }

    """

if outOfTree {
    writePackage()
} else {
    addToThisPackage()
}


/// Adds the stage or importer to the Thematic package at `root`: its source and test folders, and its line at the
/// end of the `stages` or `importers` list in Package.swift.
@MainActor func addToThisPackage() {
    let (folder, list, source, test) = importer
        ? ("Importers", "importers", (name + "Importer.swift", importerSource), (name + "ImporterTests.swift", importerTestSource))
        : ("Stages", "stages", (name + ".swift", stageSource), (name + "Tests.swift", testSource))
    let sources = root.appendingPathComponent("Sources/\(folder)/\(name)")
    let tests = root.appendingPathComponent("Tests/\(folder)/\(name)")
    let manifestURL = root.appendingPathComponent("Package.swift")
    guard var manifest = try? String(contentsOf: manifestURL, encoding: .utf8) else { fail("no Package.swift in \(root.path)") }
    if FileManager.default.fileExists(atPath: sources.path) { fail("Sources/\(folder)/\(name) already exists") }
    guard let listStart = manifest.range(of: "let \(list): [String] = [\n"),
          let listEnd = manifest.range(of: "\n]", range: listStart.upperBound..<manifest.endIndex) else {
        fail("Package.swift has no `let \(list): [String] = [ … ]` list")
    }
    if manifest[listStart.upperBound..<listEnd.lowerBound].contains("\"\(name)\"") { fail("\(name) is already in the \(list) list") }
    do {
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        try Data(source.1.utf8).write(to: sources.appendingPathComponent(source.0))
        try Data(test.1.utf8).write(to: tests.appendingPathComponent(test.0))
        manifest.insert(contentsOf: "\n    \"\(name)\",", at: listEnd.lowerBound)
        try Data(manifest.utf8).write(to: manifestURL)
    } catch {
        fail("could not write the scaffold: \(error)")
    }
    let use = importer
        ? "`thematic importers \(id)` shows it; `thematic import --out STUDY FILE…` uses it."
        : "`thematic stages \(id)` shows it; use it in pipeline.yaml as `- \(id)`."
    print("""
        Created \(importer ? "importer" : "stage") '\(id)':
          Sources/\(folder)/\(name)/\(source.0)
          Tests/\(folder)/\(name)/\(test.0)
          Package.swift: "\(name)" added to the \(list) list
        Build with `swift build`; \(use)
        """)
}

/// Writes a package of its own that depends on Thematic and builds a `thematic` with the new stage.
@MainActor func writePackage() {
    let output = arguments.count == 3 ? URL(fileURLWithPath: arguments[2]) : root.deletingLastPathComponent().appendingPathComponent(name)
    if FileManager.default.fileExists(atPath: output.path) { fail("\(output.path) already exists") }
    // A path dependency's identity is its folder's name; products are named against it.
    let thematic = root.lastPathComponent
    let manifest = """
        // swift-tools-version: 6.1
        import PackageDescription

        // A Thematic stage kept outside the Thematic repository. `swift build` makes .build/debug/thematic-\(id), a
        // thematic with the built-in stages and \(name) (target names are unique across a package graph, so it is not
        // called plain `thematic`); to share the package, replace the path below with Thematic's repository URL.
        let package = Package(
            name: "\(name)",
            platforms: [.macOS(.v15)],
            dependencies: [
                .package(path: "\(root.path)"),
            ],
            targets: [
                .target(name: "\(name)Stage", dependencies: [.product(name: "ThematicCore", package: "\(thematic)")]),
                .executableTarget(name: "thematic-\(id)", dependencies: [
                    "\(name)Stage",
                    .product(name: "ThematicCLI", package: "\(thematic)"),
                    .product(name: "ThematicBuiltInStages", package: "\(thematic)"),
                    .product(name: "ThematicBuiltInImporters", package: "\(thematic)"),
                ]),
                .testTarget(name: "\(name)StageTests", dependencies: ["\(name)Stage", .product(name: "ThematicCore", package: "\(thematic)")]),
            ],
            swiftLanguageModes: [.v6]
        )

        """
    let main = """
        import ThematicBuiltInImporters
        import ThematicBuiltInStages
        import ThematicCLI
        import \(name)Stage

        ThematicCommand.main(stages: BuiltInStages.all + [\(name).self], importers: BuiltInImporters.all)

        """
    do {
        let fileManager = FileManager.default
        for folder in ["Sources/\(name)Stage", "Sources/thematic-\(id)", "Tests/\(name)StageTests"] {
            try fileManager.createDirectory(at: output.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data(manifest.utf8).write(to: output.appendingPathComponent("Package.swift"))
        try Data(stageSource.utf8).write(to: output.appendingPathComponent("Sources/\(name)Stage/\(name).swift"))
        try Data(main.utf8).write(to: output.appendingPathComponent("Sources/thematic-\(id)/main.swift"))
        try Data(testSource.utf8).write(to: output.appendingPathComponent("Tests/\(name)StageTests/\(name)Tests.swift"))
        try Data(".build/\nPackage.resolved\n".utf8).write(to: output.appendingPathComponent(".gitignore"))
    } catch {
        fail("could not write the package: \(error)")
    }
    print("""
        Created package '\(name)' with stage '\(id)' in \(output.path):
          Package.swift (depends on Thematic at \(root.path))
          Sources/\(name)Stage/\(name).swift
          Sources/thematic-\(id)/main.swift: ThematicCommand.main(stages: BuiltInStages.all + [\(name).self], importers: BuiltInImporters.all)
          Tests/\(name)StageTests/\(name)Tests.swift
        Build with `swift build` there; `.build/debug/thematic-\(id) stages \(id)` shows it.
        """)
}
