import Foundation
import Testing
import ThematicCoding
import ThematicCore
import ThematicImport
import ThematicTestSupport
import ThematicXML
import RefiQDAImporter

/// Imports of the REFI-QDA samples in `Tests/Resources/interop` (Taguette's own codebook and a project of its data,
/// ATLAS.ti 8's export of the REFI example project; a project shaped as the qc CLI writes one and a codebook that
/// breaks the schema as a requirements tool's does, both written here because the real ones are AGPL/LGPL) and a
/// careless hand-written project.
@Suite("REFI-QDA importer")
struct RefiQDAImporterTests {
    static var interop: URL {
        get throws { TestSupport.resource("interop") }
    }

    func importStudy(_ url: URL, name: String? = nil) throws -> ImportedStudy {
        let file = ImportFile(displayName: name ?? url.lastPathComponent, data: try Data(contentsOf: url))
        return try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self])).importStudy([file], settings: .init())
    }

    /// (interview, code, coder, text) of every imported coding, read back through the transcripts.
    func codings(_ study: ImportedStudy) throws -> [(interview: String, code: String, coder: String, text: String)] {
        let files = try #require(study.project).codings
        var result: [(String, String, String, String)] = []
        for (_, csv) in files.sorted(by: { $0.key < $1.key }) {
            for row in csv.split(separator: "\n").dropFirst() {
                let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                let interview = try #require(study.interviews.first { $0.id == fields[0] })
                let text = Array(interview.turns[Int(fields[1])!].text.unicodeScalars)[Int(fields[2])!..<Int(fields[3])!]
                result.append((fields[0], fields[4], fields[5], String(String.UnicodeScalarView(text))))
            }
        }
        return result
    }

    @Test func taguettesProjectImportsEverySegmentWithItsText() throws {
        let study = try importStudy(try Self.interop.appendingPathComponent("taguette/taguette-derived_project.qdpx"))
        struct Expected: Decodable {
            struct Segment: Decodable { var document: String; var codes: [String]; var text: String }
            var segments: [Segment]
        }
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: try Self.interop.appendingPathComponent("taguette/expected.json")))
        let documentOf = Dictionary(uniqueKeysWithValues: study.report.files.map { ($0.interview, String($0.source.split(separator: "#").last!)) })
        let codeNames = try #require(study.project).codebookYAML
        let imported = try codings(study).map { "\(documentOf[$0.interview]!) | \($0.code) | \($0.text)" }.sorted()
        let wanted = expected.segments.flatMap { segment in
            segment.codes.map { "\(segment.document) | \($0.lowercased().replacingOccurrences(of: " ", with: "-")) | \(segment.text)" }
        }.sorted()
        #expect(imported == wanted)
        #expect(study.report.totals.codes == 7 && study.report.totals.droppedCodings == 0)
        #expect(codeNames.contains("name: \"place attachment\""))
    }

    @Test func taguettesCodebookImportsWithItsSchemaFinding() throws {
        let study = try importStudy(try Self.interop.appendingPathComponent("taguette/codebook.qdc"))
        #expect(study.interviews.isEmpty)
        #expect(study.report.totals.codes == 7)
        #expect(study.report.projectFindings.contains { $0.message.contains("Sets") })
        let artifacts = try study.artifacts()
        #expect(artifacts.paths == ["codebook.yaml", "import-report.json"])
    }

    @Test func everyCodingOfTheSamplesIsImportedOrReported() throws {
        for sample in ["own/qc-style_project.qdpx", "samples/atlasti8mac_refi-standard-project.qde", "taguette/taguette-derived_project.qdpx"] {
            let url = try Self.interop.appendingPathComponent(sample)
            let study = try importStudy(url)
            // Count the project's Codings straight from its XML.
            var xml = try Data(contentsOf: url)
            if url.pathExtension == "qdpx" {
                let archive = try ZIPArchive(xml, file: sample)
                xml = try archive.contents(of: try #require(archive.member(caseInsensitive: "project.qde")), limit: 1 << 26)
            }
            let total = try XMLTree.parse(xml, name: sample).descendants("Coding").count
            let reported = study.report.totals.codings + study.report.totals.droppedCodings
            #expect(reported == total, "\(sample): \(study.report.totals.codings) imported + \(study.report.totals.droppedCodings) dropped ≠ \(total)")
            #expect(study.report.droppedCodings.values.reduce(0, +) == study.report.totals.droppedCodings)
        }
    }

    @Test func aCarelessProjectIsReadLiberally() throws {
        let study = try importStudy(TestSupport.packageRoot.appendingPathComponent("Fixtures/import/refi/careless.qde"))
        let imported = try codings(study).map { "\($0.code) \($0.coder): \($0.text)" }
        // Braced upper-case GUIDs resolve, CRLF counts one, a selection across two turns is one segment per turn.
        // The coder's name never becomes its id: the user is C1, named in the report; "Coder One" names nobody
        // (CoderUserName), so it is not protected.
        #expect(imported == ["early-friction C1: It was slow at first.", "early-friction C1: Then it got better.", "training C1: Training."])
        #expect(study.report.coders.map { "\($0.id)=\($0.name)" } == ["C1=Coder One"])
        #expect(!study.names.contains("Coder One"))
        #expect(study.report.droppedCodings == ["on picture sources (only text sources are imported)": 1, "the code is not in the code book": 1])
        #expect(study.report.notImported == ["picture sources (only text sources are imported)": 1])
        #expect(study.report.projectFindings.contains { $0.message.contains("CRLF") })
        let project = try #require(study.project)
        #expect(project.attributes["P01"] == ["Profession": "nurse"])
        #expect(project.codebookYAML.hasSuffix("notes:\n  - name: \"Reflexive memo\"\n    text: \"The rollout interview felt rushed.\"\n"))
        #expect(study.report.totals.notes == 1 && study.report.totals.sets == 0)
        // Four levels: themes, sub-themes, then codes under codes.
        #expect(project.codebookYAML.contains("  - id: \"early-friction\"\n    name: \"Early friction\"\n    parent: \"slow-start\""))
        #expect(study.names.contains("Kari Nilsen"))
    }

    @Test func anInvalidCodebookIsReadWithFindings() throws {
        let study = try importStudy(try Self.interop.appendingPathComponent("own/invalid-codebook.qdc"))
        #expect(study.report.totals.codes > 0)
        #expect(study.report.projectFindings.contains { $0.message.hasPrefix("schema:") && $0.message.contains("description") })
    }

    @Test func anNVivoStyleProjectReadsThePlainTextNotTheDocx() throws {
        let study = try importStudy(TestSupport.packageRoot.appendingPathComponent("Fixtures/import/refi/nvivo-style.qdpx"))
        // `Sources/` with a capital S, a BOM and CRLF in the text, a .docx beside it: offsets still land on the words.
        #expect(try codings(study).map { "\($0.code): \($0.text)" } == ["fewer-rounds: Fewer night rounds.", "residents: Most never noticed."])
        #expect(study.interviews[0].turns.map(\.speaker) == ["I1", "P01", "I1", "P01"])
        #expect(study.report.totals.droppedCodings == 0)
        #expect(try #require(study.project).codebookYAML.contains("name: \"Night work\"\n    parent: \"imported\"\n    color: \"#FF0000\""))
    }

    @Test func taguettesCodebookCSV() throws {
        let study = try importStudy(TestSupport.packageRoot.appendingPathComponent("Fixtures/import/refi/taguette-codebook.csv"))
        let yaml = try #require(study.project).codebookYAML
        #expect(study.report.totals.codes == 3)
        #expect(yaml.contains("  - id: \"place-attachment\"\n    name: \"place attachment\"\n    parent: \"imported-codes\"\n    description: \"Feelings about a place, home\""))
        #expect(RefiQDAImporter.recognizes(ImportFile(displayName: "codebook.csv", data: Data("tag,description\nx,y\n".utf8))))
        #expect(!RefiQDAImporter.recognizes(ImportFile(displayName: "coding.csv", data: Data("interview,turn,start,end,code,coder\n".utf8))))
    }

    @Test func anNVivoTreeSixLevelsDeepKeepsItsShape() throws {
        // Six levels, codable at every level, as NVivo nodes are; one coding on the deepest code.
        var codes = ""
        for level in (1...6).reversed() {
            let guid = "00000000-0000-4000-8000-00000000000\(level)"
            codes = "<Code guid=\"\(guid)\" name=\"Level \(level)\" isCodable=\"true\">\(codes)</Code>"
        }
        let qde = """
            <Project xmlns="urn:QDA-XML:project:1.0" name="Deep"><CodeBook><Codes>\(codes)</Codes></CodeBook>
            <Sources><TextSource guid="10000000-0000-4000-8000-000000000001" name="Deep interview">
            <PlainTextContent>Interviewer: Why?\nParticipant: Because of the rota.</PlainTextContent>
            <PlainTextSelection guid="20000000-0000-4000-8000-000000000001" startPosition="31" endPosition="51">
            <Coding guid="30000000-0000-4000-8000-000000000001"><CodeRef targetGUID="00000000-0000-4000-8000-000000000006"/></Coding>
            </PlainTextSelection></TextSource></Sources></Project>
            """
        let study = try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self]))
            .importStudy([ImportFile(displayName: "deep.qde", data: Data(qde.utf8))], settings: .init())
        let folder = try TestSupport.temporaryDirectory()
        let (book, _) = try CodebookLoader.load(path: try TestSupport.write(try #require(study.project).codebookYAML, to: "codebook.yaml", in: folder).path,
                                                displayName: "codebook.yaml")
        // Level 1 is a theme, level 2 a sub-theme, levels 3–6 codes nested in codes: one chain of six.
        #expect(book.lineage(of: "level-6").map(\.name) == ["Level 6", "Level 5", "Level 4", "Level 3", "Level 2", "Level 1"])
        #expect(book.lineage(of: "level-6").map(\.level) == [.code, .code, .code, .code, .subtheme, .theme])
        #expect(try codings(study).map { "\($0.code): \($0.text)" } == ["level-6: Because of the rota."])
    }

    // MARK: Red-team 2026-12 (findings 01, 19, 05, 02): small projects written here, no ../shared.

    static func importProjects(_ projects: [(name: String, qde: String)], options: [String: OptionValue] = [:]) throws -> ImportedStudy {
        try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self]))
            .importStudy(projects.map { ImportFile(displayName: $0.name, data: Data($0.qde.utf8)) }, settings: .init(options: options))
    }

    /// The codebook an import wrote, loaded as `analyze` loads it.
    static func loadedCodebook(_ study: ImportedStudy) throws -> Codebook {
        let folder = try TestSupport.temporaryDirectory()
        let path = try TestSupport.write(try #require(study.project).codebookYAML, to: "codebook.yaml", in: folder).path
        return try CodebookLoader.load(path: path, displayName: "codebook.yaml").0
    }

    static func project(codes: String = #"<Code guid="BBBBBBBB-0000-4000-8000-000000000001" name="Pace" isCodable="true"/>"#,
                        sources: String, extra: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="P" origin="x">
          <Users><User guid="AAAAAAAA-0000-4000-8000-000000000001" name="Coder One"/></Users>
          <CodeBook><Codes>\(codes)</Codes></CodeBook>\(extra)
          <Sources>\(sources)</Sources>
        </Project>
        """
    }

    /// A text source with one coded selection on `coded` (which must be in `text`) with `code`.
    static func source(_ number: Int, name: String, text: String, coded: String? = nil, code: String = "BBBBBBBB-0000-4000-8000-000000000001") -> String {
        var selection = ""
        if let coded, let range = text.range(of: coded) {
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let end = start + coded.unicodeScalars.count
            selection = """
                <PlainTextSelection guid="FFFFFFFF-0000-4000-8000-00000000000\(number)" startPosition="\(start)" endPosition="\(end)" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">\
                <Coding guid="FFFFFFFF-1000-4000-8000-00000000000\(number)"><CodeRef targetGUID="\(code)"/></Coding></PlainTextSelection>
                """
        }
        return """
            <TextSource guid="EEEEEEEE-0000-4000-8000-00000000000\(number)" name="\(name)"><PlainTextContent>\(text)</PlainTextContent>\(selection)</TextSource>
            """
    }

    /// Red-team 01: two text sources of one name trapped in `Dictionary(uniqueKeysWithValues:)`. Both are imported,
    /// the later as "Interview (2)", each with its own coding and its own case's attributes, the same way every time.
    @Test func sourcesThatShareANameAreBothImported() throws {
        let cases = """

              <Variables><Variable guid="CCCCCCCC-0000-4000-8000-000000000001" name="Profession" typeOfVariable="Text"/></Variables>
              <Cases>
                <Case guid="DDDDDDDD-0000-4000-8000-000000000001" name="P1"><VariableValue><VariableRef targetGUID="CCCCCCCC-0000-4000-8000-000000000001"/><TextValue>nurse</TextValue></VariableValue><SourceRef targetGUID="EEEEEEEE-0000-4000-8000-000000000001"/></Case>
                <Case guid="DDDDDDDD-0000-4000-8000-000000000002" name="P2"><VariableValue><VariableRef targetGUID="CCCCCCCC-0000-4000-8000-000000000001"/><TextValue>porter</TextValue></VariableValue><SourceRef targetGUID="EEEEEEEE-0000-4000-8000-000000000002"/></Case>
              </Cases>
            """
        let qde = Self.project(sources: Self.source(1, name: "Interview", text: "Interviewer: How did it go?\nP1: It was slow at first.\n", coded: "slow at first")
                                   + Self.source(2, name: "Interview", text: "Interviewer: How did it go?\nP2: It was fine.\n", coded: "fine")
                                   + Self.source(3, name: "Interview (2)", text: "Interviewer: And you?\nP3: Busy.\n", coded: "Busy"), extra: cases)
        let study = try Self.importProjects([("dup.qde", qde)])
        // The third keeps its own name, so the second becomes "Interview (3)".
        #expect(study.report.files.map(\.source) == ["dup.qde#Interview", "dup.qde#Interview (3)", "dup.qde#Interview (2)"])
        #expect(study.interviews.map(\.id) == ["P01", "P02", "P03"])
        #expect(try codings(study).map { "\($0.interview) \($0.code): \($0.text)" } == ["P01 pace: slow at first", "P02 pace: fine", "P03 pace: Busy"])
        #expect(try #require(study.project).attributes == ["P01": ["Profession": "nurse"], "P02": ["Profession": "porter"]])
        #expect(study.report.projectFindings.contains { $0.message.contains("also named 'Interview'; this one is imported as 'Interview (3)'") })
        let again = try Self.importProjects([("dup.qde", qde)])
        #expect(try again.artifacts().paths == (try study.artifacts().paths))
        for path in try study.artifacts().paths { #expect(try again.artifacts()[path] == (try study.artifacts()[path]), "\(path)") }
    }

    /// Red-team 19 (a): a parent and its child sharing a GUID, or one GUID written `{…}` in another case, imported
    /// with exit 0 into a codebook.yaml that repeated one id; now the import names both lines.
    @Test func codesThatShareAGUIDAreRefusedWithBothLines() throws {
        let text = Self.source(1, name: "I", text: "Interviewer: How did it go?\nP1: It was slow at first.\n")
        let nested = """

            <Code guid="BBBBBBBB-0000-4000-8000-000000000001" name="Theme A" isCodable="true">
            <Code guid="BBBBBBBB-0000-4000-8000-000000000001" name="Same guid child" isCodable="true"/>
            </Code>
            """
        let error = #expect(throws: Diagnostic.self) { try Self.importProjects([("guid.qde", Self.project(codes: nested, sources: text))]) }
        #expect(error?.file == "guid.qde" && error?.line == 6)
        #expect(error?.message.contains("the code 'Same guid child' has the GUID bbbbbbbb-0000-4000-8000-000000000001 of the code 'Theme A' on line 5") == true)
        let braced = """

            <Code guid="BBBBBBBB-0000-4000-8000-000000000001" name="Theme A" isCodable="true"/>
            <Code guid="{bbbbbbbb-0000-4000-8000-000000000001}" name="Theme B" isCodable="true"/>
            """
        let second = #expect(throws: Diagnostic.self) { try Self.importProjects([("guid.qde", Self.project(codes: braced, sources: text))]) }
        #expect(second?.line == 6 && second?.message.contains("'Theme B'") == true)
    }

    /// Two projects imported together (a .qdpx and its tool's .qdc) share codes by GUID: each code is written once,
    /// and the codebook loads.
    @Test func codesSharedByTwoProjectsAreWrittenOnce() throws {
        let codes = """
            <Code guid="BBBBBBBB-0000-4000-8000-000000000001" name="Theme" isCodable="false"><Code guid="BBBBBBBB-0000-4000-8000-000000000002" name="Sub" isCodable="false">\
            <Code guid="BBBBBBBB-0000-4000-8000-000000000003" name="Pace" isCodable="true"/></Code></Code>
            """
        let more = codes.replacingOccurrences(of: #"name="Pace" isCodable="true"/>"#, with: #"name="Pace" isCodable="true"><Code guid="BBBBBBBB-0000-4000-8000-000000000004" name="Slow" isCodable="true"/></Code>"#)
        let a = Self.project(codes: codes, sources: Self.source(1, name: "A", text: "Interviewer: How?\nP1: Slowly.\n", coded: "Slowly", code: "BBBBBBBB-0000-4000-8000-000000000003"))
        let b = Self.project(codes: more, sources: Self.source(2, name: "B", text: "Interviewer: How?\nP2: Fast.\n", coded: "Fast", code: "BBBBBBBB-0000-4000-8000-000000000004"))
        let study = try Self.importProjects([("a.qde", a), ("b.qde", b)])
        let book = try Self.loadedCodebook(study)
        #expect(book.entries.map(\.id) == ["theme", "sub", "pace", "slow"])
        #expect(book.lineage(of: "slow").map(\.id) == ["slow", "pace", "sub", "theme"])
        #expect(study.report.totals.codes == 4 && study.report.totals.codings == 2)
    }

    /// Red-team 19 (b): a code tree deeper than 65 levels lost every deeper code, and codings on them were counted
    /// as "not in the code book". A tree of 100 levels is imported whole; one nested past what the XML reader takes
    /// is refused with the line.
    @Test func aCodeTreeOneHundredLevelsDeepIsImportedWhole() throws {
        func chain(_ levels: Int) -> String {
            (0..<levels).map { #"<Code guid="BBBBBBBB-0000-4000-8000-\#(String(format: "%012d", $0))" name="c\#($0)" isCodable="true">"# }.joined()
                + String(repeating: "</Code>", count: levels)
        }
        let text = "Interviewer: How did the rollout go?\nP1: It was slow at first.\n"
        let deep = Self.project(codes: chain(100), sources: Self.source(1, name: "S", text: text, coded: "slow at first", code: "BBBBBBBB-0000-4000-8000-000000000099"))
        let study = try Self.importProjects([("deep.qde", deep)])
        #expect(study.report.totals.codes == 100)
        #expect(study.report.totals.droppedCodings == 0)
        #expect(try codings(study).map { "\($0.code): \($0.text)" } == ["c99: slow at first"])
        let book = try Self.loadedCodebook(study)
        #expect(book.entries.count == 100 && book.lineage(of: "c99").count == 100)
        let tooDeep = #expect(throws: Diagnostic.self) { try Self.importProjects([("deeper.qde", Self.project(codes: chain(300), sources: Self.source(1, name: "S", text: text)))]) }
        #expect(tooDeep?.file == "deeper.qde" && tooDeep?.message.contains("nest more than \(XMLTree.maximumDepth) deep") == true, "\(String(describing: tooDeep))")
    }

    /// Red-team 05: case variables "Fornavn", "Etternavn", "Participant name" (and e-mail, phone) and the case's own
    /// name were published as participant attributes. They become the study's identifiers; other variables stay
    /// attributes; participants keep the project's order, numbered without gaps.
    @Test func caseNamesAndIdentifyingVariablesBecomeIdentifiers() throws {
        let variables = ["Fornavn", "Etternavn", "Participant name", "E-post", "Mobil", "Profession"]
        var extra = "\n<Variables>"
        for (index, name) in variables.enumerated() {
            extra += #"<Variable guid="CCCCCCCC-0000-4000-8000-00000000000\#(index + 1)" name="\#(name)" typeOfVariable="Text"/>"#
        }
        extra += "</Variables>\n<Cases>"
        let people = [("Torgeir Brattvoll", ["Torgeir", "Brattvoll", "Torgeir Brattvoll", "torgeir@example.no", "913 48 207", "nurse"], 3),
                      ("Case without sources", ["Ola", "Nordmann", "Ola Nordmann", "ola@example.no", "913 00 000", "porter"], nil),
                      ("Solveig Haugrud", ["Solveig", "Haugrud", "Solveig Haugrud", "solveig@example.no", "48 00 11 22", "doctor"], 1),
                      ("P2", ["", "", "", "", "", "cleaner"], 2)]
        for (index, (name, values, source)) in people.enumerated() {
            extra += #"<Case guid="DDDDDDDD-0000-4000-8000-00000000000\#(index + 1)" name="\#(name)">"#
            for (variable, value) in values.enumerated() where !value.isEmpty {
                extra += #"<VariableValue><VariableRef targetGUID="CCCCCCCC-0000-4000-8000-00000000000\#(variable + 1)"/><TextValue>\#(value)</TextValue></VariableValue>"#
            }
            if let source { extra += #"<SourceRef targetGUID="EEEEEEEE-0000-4000-8000-00000000000\#(source)"/>"# }
            extra += "</Case>"
        }
        extra += "</Cases>"
        // No labels in the text: each source's lines are its case's participant's, as NVivo transcripts often are.
        let sources = Self.source(1, name: "Zeta", text: "How did it go?\n") + Self.source(2, name: "Alpha", text: "Fine.\n")
            + Self.source(3, name: "Mid", text: "Slowly.\n")
        let study = try Self.importProjects([("p.qde", Self.project(sources: sources, extra: extra))])
        #expect(study.interviews.map(\.id) == ["P01", "P02", "P03"], "the project's order, no gaps")
        #expect(study.report.files.map(\.source) == ["p.qde#Zeta", "p.qde#Alpha", "p.qde#Mid"])
        let project = try #require(study.project)
        #expect(project.attributes == ["P01": ["Profession": "doctor"], "P02": ["Profession": "cleaner"], "P03": ["Profession": "nurse"]])
        for name in ["Torgeir", "Brattvoll", "Torgeir Brattvoll", "Solveig Haugrud", "Ola Nordmann", "Case without sources"] {
            #expect(study.names.contains(name), "\(name) is not protected")
        }
        #expect(!study.names.contains("P2"))
        let yaml = String(decoding: try #require(try study.artifacts()["study.yaml"]), as: UTF8.self)
        #expect(yaml.contains("  email:\n    - \"ola@example.no\"\n    - \"solveig@example.no\"\n    - \"torgeir@example.no\"\n"))
        #expect(yaml.contains("  phone:\n    - \"48 00 11 22\""))
        for published in ["fornavn", "etternavn", "participant_name", "e_post", "mobil"] { #expect(!yaml.contains("    \(published):"), "\(published)") }
        #expect(yaml.contains("  - id: \"P01\"\n    profession: \"doctor\"\n"))
    }

    /// Red-team 02 for projects: a 100 KB .qdpx took 5.4 GB. The project's XML has a node budget that goes with
    /// max-expanded-mb; past it the import is refused with the file and the line, before the tree grows further.
    @Test func aProjectOfMoreNodesThanItsBudgetIsRefused() throws {
        let bomb = Self.project(sources: "", extra: "\n<Notes>" + String(repeating: "<Note guid=\"A\" name=\"n\"/>", count: 70_000) + "</Notes>")
        let error = #expect(throws: Diagnostic.self) { try Self.importProjects([("bomb.qde", bomb)], options: ["max-expanded-mb": .integer(1)]) }
        #expect(error?.file == "bomb.qde" && error?.line == 5)
        #expect(error?.message.contains("more than 65536 XML nodes") == true)
    }
}
