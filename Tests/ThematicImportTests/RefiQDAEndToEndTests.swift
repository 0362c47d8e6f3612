import Foundation
import RefiQDAImporter
import Testing
import ThematicBuiltInStages
import ThematicCore
import ThematicImport
import ThematicPipeline
import ThematicTestSupport
import ThematicXML

/// A project as each tool writes it, taken through what a researcher does: `thematic import`, then `thematic analyze`
/// on the pipeline the import wrote, as it is. Every code and coding is accounted for, the run publishes, and its
/// project.qdpx gives the tool back its tree, codable flags and codings (issue 30, "done when").
@Suite("REFI-QDA end to end, per tool")
struct RefiQDAEndToEndTests {
    static let shapes: [(tool: String, file: @Sendable () throws -> ImportFile)] = [
        ("MAXQDA 24", { try RefiQDAFixedPointTests.resource("interop/own/maxqda-style_project.qdpx") }),
        ("QualCoder (qc CLI)", { try RefiQDAFixedPointTests.resource("interop/own/qc-style_project.qdpx") }),
        ("QualCoder 3.6, notes and sets", { ImportFile(displayName: "notes.qde", data: Data(RefiQDAFixedPointTests.withNotesAndSets().utf8)) }),
        ("Taguette 1.5.2", { try RefiQDAFixedPointTests.resource("interop/taguette/taguette-derived_project.qdpx") }),
        ("NVivo 12", { ImportFile(displayName: "nvivo-style.qdpx", data: try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Fixtures/import/refi/nvivo-style.qdpx"))) }),
    ]

    /// The study folder `thematic import` writes for `file`, and the import itself.
    static func importStudy(_ file: ImportFile, into root: URL) throws -> ImportedStudy {
        let study = try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self])).importStudy([file], settings: .init())
        let artifacts = try study.artifacts()
        for path in artifacts.paths {
            let url = root.appendingPathComponent("study/\(path)")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try #require(artifacts[path]).write(to: url)
        }
        return study
    }

    /// `thematic analyze study/pipeline.yaml` with every built-in stage; the published project.qdpx.
    static func analyze(_ root: URL) throws -> Data {
        var runner = PipelineRunner(registry: StageRegistry(BuiltInStages.all))
        runner.keyFile = root.appendingPathComponent("results.key").path
        let result = try runner.run(pipelinePath: root.appendingPathComponent("study/pipeline.yaml").path,
                                    outputOverride: root.appendingPathComponent("results").path)
        return try Data(contentsOf: URL(fileURLWithPath: result.outputDirectory).appendingPathComponent("project.qdpx"))
    }

    @Test(arguments: shapes.indices)
    func aToolsProjectRunsEndToEndAndGoesBackAsItCame(_ index: Int) throws {
        let (tool, load) = Self.shapes[index]
        let file = try load()
        let root = try TestSupport.temporaryDirectory("refi-end-to-end")
        defer { try? FileManager.default.removeItem(at: root) }
        let original = try RefiQDAFidelityTests.census(file.data)
        let study = try Self.importStudy(file, into: root)
        // Every code and coding of the project is imported or counted with its reason.
        #expect(study.report.totals.codes == original.tree.count, "\(tool): codes")
        #expect(study.report.totals.codings + study.report.totals.droppedCodings == original.codings, "\(tool): codings accounted for")
        let exported = try RefiQDAFidelityTests.census(try Self.analyze(root))
        #expect(exported.tree == original.tree, "\(tool): the same code tree with the same codable flags")
        #expect(exported.codings == original.codings - study.report.totals.droppedCodings, "\(tool): codings")
        #expect(exported.codingsPerCode == original.codingsPerCode || study.report.totals.droppedCodings > 0, "\(tool): codings per code")
        #expect(exported.codingsAcrossLines == original.codingsAcrossLines, "\(tool): selections across lines")
        #expect(exported.codingUsers == original.codingUsers, "\(tool): coding users")
        #expect(exported.notes == original.notes && exported.sets == original.sets, "\(tool): notes and sets")
    }

    /// MAXQDA's shape as its real export has it (a project of papers beside the interviews; every code, the parent
    /// categories too, codable): the paper is a document, its quoted handover exchange gives no speakers and no names
    /// to protect, the participants are numbered without gaps, and the categories keep their codings.
    @Test func aMAXQDAProjectsPaperIsADocumentAndItsQuotedExchangeNoSpeakers() throws {
        let file = try RefiQDAFixedPointTests.resource("interop/own/maxqda-style_project.qdpx")
        let study = try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self])).importStudy([file], settings: .init())
        let paper = try #require(study.report.projectFindings.first { $0.location == "Ward routines 2024" })
        #expect(paper.message.hasPrefix("document: colon lines that do not take turns like a conversation"), "\(paper.message)")
        #expect(paper.message.contains("a passage of"), "\(paper.message)")
        #expect(study.interviews.filter(\.isDocument).count == 1 && study.interviews.filter { !$0.isDocument }.count == 2)
        // Each interview's unlabelled title line and its `B:` are one participant; no id is used up on the merge.
        #expect(study.participantIDs == ["P01", "P02"])
        let studyYAML = String(decoding: try #require(try study.artifacts()["study.yaml"]), as: UTF8.self)
        #expect(!studyYAML.contains("Nurse"), "a label quoted in a paper is no one's name")
        let census = try RefiQDAFidelityTests.census(file.data)
        #expect(census.tree.allSatisfy { $0.hasSuffix(" codable") } && census.tree.count == 9)
        #expect(census.codingsPerCode.contains("Workload 2"))
        #expect(census.codings == 13 && census.codingsAcrossLines == 1 && census.notes == 2 && census.sets == 2)
    }

    /// The exported project.qde, parsed.
    static func projectXML(_ export: Data) throws -> XMLTreeElement {
        try XMLTree.parse(try #require(try RefiQDAFidelityTests.storedMember(export, "project.qde")), name: "project.qde")
    }

    /// The names of the codes each selection that refers to `note` codes with.
    static func codesOfSelections(noting note: String, in project: XMLTreeElement) -> [[String]] {
        let noteGUID = project.element("Notes")?.elements("Note").first { $0[attribute: "name"] == note }?[attribute: "guid"]
        let names = Dictionary(project.descendants("Code").map { ($0[attribute: "guid"] ?? "", $0[attribute: "name"] ?? "") }) { first, _ in first }
        return project.descendants("PlainTextSelection").filter { $0.elements("NoteRef").contains { $0[attribute: "targetGUID"] == noteGUID } }.map { selection in
            selection.elements("Coding").compactMap { names[$0.element("CodeRef")?[attribute: "targetGUID"] ?? ""] }
        }
    }

    /// A note on a selection comes back on that selection, with its codings, not only on its source (the project
    /// had it on both); imported again, it is on the same stretch.
    @Test func aNoteOnASelectionComesBackOnItsSelection() throws {
        let root = try TestSupport.temporaryDirectory("refi-note-selection")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = ImportFile(displayName: "notes.qde", data: Data(RefiQDAFixedPointTests.withNotesAndSets().utf8))
        #expect(Self.codesOfSelections(noting: "Interview 1 memo", in: try XMLTree.parse(file.data, name: "notes.qde")) == [["Loose ends"]])
        let study = try Self.importStudy(file, into: root)
        #expect(try #require(study.project).codebookYAML.contains("selections: [\"P01 "))
        let export = try Self.analyze(root)
        #expect(Self.codesOfSelections(noting: "Interview 1 memo", in: try Self.projectXML(export)) == [["Loose ends"]])
        let again = try RefiQDAFixedPointTests.digest(ImportFile(displayName: "project.qdpx", data: export))
        #expect(again.notes.contains("Interview 1 memo: The bus matters. |  | P01"), "\(again.notes)")
        let source = try Self.projectXML(export).descendants("TextSource").first { $0[attribute: "name"] == "P01" }
        #expect(source?.elements("NoteRef").count == 1, "the source keeps its own note")
    }

    /// A note on a selection is carried through the anonymization's replacements as the selection's codings are: a
    /// name replaced earlier in the turn moved the coding but left the note at the stretch the tool had, a selection
    /// of its own over other words (second reader's finding).
    @Test func aNoteOnASelectionFollowsItThroughTheAnonymization() throws {
        let root = try TestSupport.temporaryDirectory("refi-note-anonymized")
        defer { try? FileManager.default.removeItem(at: root) }
        // ", Ingrid Solbakken" said after "By bus" in interview 1: every position after it moves on by its length.
        let inserted = ", Ingrid Solbakken"
        var project = RefiQDAFixedPointTests.withNotesAndSets().replacingOccurrences(of: "P1: By bus, mostly.", with: "P1: By bus\(inserted), mostly.")
        let at = "Interviewer: How do you get to work?\nP1: By bus".unicodeScalars.count
        for selection in 1...3 {
            let guid = "guid=\"00000000-0000-4000-8000-00000006000\(selection)\" "
            let start = try #require(project.range(of: guid)).upperBound
            let end = try #require(project[start...].range(of: ">")).lowerBound
            let moved = project[start..<end].split(separator: " ").map { attribute -> String in
                let parts = attribute.split(separator: "=")
                let value = Int(parts[1].dropFirst().dropLast())!
                return "\(parts[0])=\"\(value >= at ? value + inserted.unicodeScalars.count : value)\""
            }.joined(separator: " ")
            project.replaceSubrange(start..<end, with: moved)
        }
        let file = ImportFile(displayName: "notes.qde", data: Data(project.utf8))
        #expect(Self.codesOfSelections(noting: "Interview 1 memo", in: try XMLTree.parse(file.data, name: "notes.qde")) == [["Loose ends"]])
        _ = try Self.importStudy(file, into: root)
        let export = try Self.analyze(root)
        #expect(!String(decoding: export, as: UTF8.self).contains("Solbakken"))
        #expect(Self.codesOfSelections(noting: "Interview 1 memo", in: try Self.projectXML(export)) == [["Loose ends"]])
    }

    /// `rename: true` gives the transcripts neutral ids; the imported codings, notes and sets, written with the ids
    /// the import gave, still find their interviews (they were refused: 'unknown interview P01').
    @Test func renamedInterviewsKeepTheirCodingsNotesAndSets() throws {
        let root = try TestSupport.temporaryDirectory("refi-rename")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = ImportFile(displayName: "notes.qde", data: Data(RefiQDAFixedPointTests.withNotesAndSets().utf8))
        _ = try Self.importStudy(file, into: root)
        let pipeline = root.appendingPathComponent("study/pipeline.yaml")
        let written = try String(contentsOf: pipeline, encoding: .utf8)
        let renaming = written.replacingOccurrences(of: "  - stage: anonymization\n    options:\n", with: "  - stage: anonymization\n    options:\n      rename: true\n")
        #expect(renaming != written)
        try renaming.write(to: pipeline, atomically: true, encoding: .utf8)
        let original = try RefiQDAFidelityTests.census(file.data)
        let export = try Self.analyze(root)
        let exported = try RefiQDAFidelityTests.census(export)
        #expect(exported.codings == original.codings && exported.codingsPerCode == original.codingsPerCode)
        let project = try Self.projectXML(export)
        #expect(project.descendants("TextSource").compactMap { $0[attribute: "name"] }.sorted() == ["T01", "T02"])
        #expect(Self.codesOfSelections(noting: "Interview 1 memo", in: project) == [["Loose ends"]])
        let digest = try RefiQDAFixedPointTests.digest(ImportFile(displayName: "project.qdpx", data: export))
        #expect(digest.notes.last == "Interview 1 memo: The bus matters. |  | T01", "\(digest.notes)")
        #expect(digest.sets.last == "First round | Loose ends | T01", "\(digest.sets)")
    }

    /// A participant's name that only a memo holds (never in a transcript, a case or the study) is found by the
    /// anonymization, which reads the project's memos (the import points it at codebook.yaml), and the published
    /// memos lose it.
    @Test func aNameOnlyAMemoHoldsIsNotPublished() throws {
        let root = try TestSupport.temporaryDirectory("refi-memo-name")
        defer { try? FileManager.default.removeItem(at: root) }
        let project = RefiQDAFixedPointTests.withNotesAndSets()
            .replacingOccurrences(of: "Family comes up when work is far away.", with: "Family comes up when work is far away; Ingrid Solbakken said so after the recorder was off.")
            .replacingOccurrences(of: "Codes about daily routines", with: "Codes Ingrid Solbakken asked for")
        let file = ImportFile(displayName: "memo.qde", data: Data(project.utf8))
        let study = try Self.importStudy(file, into: root)
        let studyYAML = String(decoding: try #require(try study.artifacts()["study.yaml"]), as: UTF8.self)
        #expect(!studyYAML.contains("Solbakken"), "the name is in no transcript, case or label: only the memo holds it")
        let export = try Self.analyze(root)
        let published = String(decoding: export, as: UTF8.self)
        #expect(!published.contains("Solbakken") && !published.contains("Ingrid"), "a memo-only name is published")
        #expect(published.contains("Family comes up when work is far away; [person"))
    }
}

