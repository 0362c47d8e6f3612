import Foundation
import Testing
import ThematicCoding
import ThematicCore
import ThematicImport
import ThematicTestSupport
import ThematicXML
import RefiQDAImporter

/// Imports of the REFI-QDA kit in `../shared/interop` (real exports of Taguette data, the qc CLI, ATLAS.ti 8, an
/// invalid codebook) and a careless hand-written project; CI always has `../shared`, so these fail without it.
@Suite("REFI-QDA importer")
struct RefiQDAImporterTests {
    static var interop: URL {
        get throws { try #require(TestSupport.shared, "../shared is missing").appendingPathComponent("interop") }
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
        for sample in ["samples/qc132_demo.qdpx", "samples/atlasti8mac_refi-standard-project.qde", "taguette/taguette-derived_project.qdpx"] {
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
        // The coder's name never becomes its id: the user is C1, named in the report (and protected).
        #expect(imported == ["early-friction C1: It was slow at first.", "early-friction C1: Then it got better.", "training C1: Training."])
        #expect(study.report.coders.map { "\($0.id)=\($0.name)" } == ["C1=Coder One"])
        #expect(study.names.contains("Coder One"))
        #expect(study.report.droppedCodings == ["on picture sources (only text sources are imported)": 1, "the code is not in the code book": 1])
        #expect(study.report.notImported == ["picture sources (only text sources are imported)": 1])
        #expect(study.report.projectFindings.contains { $0.message.contains("CRLF") })
        let project = try #require(study.project)
        #expect(project.attributes["P01"] == ["Profession": "nurse"])
        #expect(project.memos == ["reflexive-memo.txt": "The rollout interview felt rushed."])
        // Four levels: themes, sub-themes, then codes under codes.
        #expect(project.codebookYAML.contains("  - id: \"early-friction\"\n    name: \"Early friction\"\n    parent: \"slow-start\""))
        #expect(study.names.contains("Kari Nilsen"))
    }

    @Test func anInvalidCodebookIsReadWithFindings() throws {
        let study = try importStudy(try Self.interop.appendingPathComponent("samples/doorstop_exported.qdc"))
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
}
