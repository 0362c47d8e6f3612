import Foundation
import RefiQDAImporter
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport

/// For each tool whose projects we have (ATLAS.ti, MAXQDA-shaped, QualCoder, Taguette, NVivo-shaped): import → export → import gives
/// the same study (code tree, codable flags, codings with their offsets, coders, participants' attributes, notes,
/// sets), and the two exports, parsed as the importer parses them, are the same project.
@Suite("REFI-QDA fixed point per tool")
struct RefiQDAFixedPointTests {
    /// A project as the importer reads it, in names rather than GUIDs (which are the tool's, then Thematic's).
    struct Digest: Equatable {
        var tree: [String] = []
        /// "source start end code user", sorted.
        var codings: [String] = []
        var users: [String] = []
        /// "name attribute=value … | sources", sorted.
        var cases: [String] = []
        var variables: [String] = []
        /// "name: text | codes | sources", in order.
        var notes: [String] = []
        /// "name | codes | sources", in order.
        var sets: [String] = []
        /// Selections' comments (`Description`) on the sources that were read, "name: text", in order: a comment on a
        /// source without text has no passage to come back on.
        var comments: [String] = []
    }

    static func digest(_ file: ImportFile) throws -> Digest {
        let project = try #require(try RefiQDAImporter(options: StageOptions(specs: RefiQDAImporter.descriptor.options)).readProject(file))
        var path: [String: String] = [:]
        var digest = Digest()
        func walk(_ code: ImportedProject.Code, _ prefix: String) {
            path[code.guid] = prefix + code.name
            digest.tree.append("\(prefix + code.name) \(code.isCodable ? "codable" : "category")")
            for child in code.children { walk(child, prefix + code.name + "/") }
        }
        for code in project.codes { walk(code, "") }
        digest.codings = project.sources.flatMap { source in
            source.selections.map { "\(source.name) \($0.start) \($0.end) \(path[$0.code] ?? "?") \($0.coder)" }
        }.sorted()
        digest.users = Set(project.sources.flatMap { $0.selections.map(\.coder) }).sorted()
        digest.cases = project.cases.map { c in
            "\(c.name) \(c.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) | \(c.sources.sorted().joined(separator: ", "))"
        }.sorted()
        digest.variables = Set(project.cases.flatMap(\.attributes.keys)).sorted()
        let read = Set(project.sources.map(\.name))
        digest.comments = project.notes.filter { $0.isSelectionComment && $0.selections.contains { read.contains($0.source) } }.map { "\($0.name): \($0.text)" }
        digest.notes = project.notes.filter { !$0.isSelectionComment }.map { "\($0.name): \($0.text) | \($0.codes.compactMap { path[$0] }.joined(separator: ", ")) | \($0.sources.joined(separator: ", "))" }
        digest.sets = project.sets.map { "\($0.name) | \($0.codes.compactMap { path[$0] }.joined(separator: ", ")) | \($0.sources.joined(separator: ", "))" }
        return digest
    }

    /// codebook.yaml without the two lines that name the project (the tool's name, then the study's).
    static func codebookBody(_ yaml: String) -> String {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("# Written") && !$0.hasPrefix("name: ") }.joined(separator: "\n")
    }

    /// The tools' projects the repository holds, and the small QualCoder-shaped project with notes and sets.
    static let projects: [(tool: String, file: @Sendable () throws -> ImportFile)] = [
        ("ATLAS.ti 8.4", { try resource("interop/samples/atlasti8mac_refi-standard-project.qde") }),
        ("ATLAS.ti 23, quotation comments", { RefiQDASelectionCommentTests.project() }),
        ("MAXQDA 24", { try resource("interop/own/maxqda-style_project.qdpx") }),
        ("QualCoder (qc CLI)", { try resource("interop/own/qc-style_project.qdpx") }),
        ("QualCoder 3.6, notes and sets", { ImportFile(displayName: "notes.qde", data: Data(withNotesAndSets().utf8)) }),
        ("Taguette 1.5.2", { try resource("interop/taguette/taguette-derived_project.qdpx") }),
        ("NVivo 12", { ImportFile(displayName: "nvivo-style.qdpx", data: try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Fixtures/import/refi/nvivo-style.qdpx"))) }),
    ]

    static func resource(_ path: String) throws -> ImportFile {
        let url = TestSupport.resource(path)
        return ImportFile(displayName: url.lastPathComponent, data: try Data(contentsOf: url))
    }

    @Test(arguments: projects.indices)
    func importExportImportIsAFixedPoint(_ index: Int) throws {
        let (tool, load) = Self.projects[index]
        let file = try load()
        let first = try RefiQDAFidelityTests.importAndExport(file)
        let second = try RefiQDAFidelityTests.importAndExport(ImportFile(displayName: "project.qdpx", data: first.export))
        let firstProject = try #require(first.study.project), secondProject = try #require(second.study.project)
        // The study: the same codebook (tree, flags, notes, sets), codings, coder ids and attributes.
        #expect(Self.codebookBody(secondProject.codebookYAML) == Self.codebookBody(firstProject.codebookYAML), "\(tool): codebook.yaml")
        #expect(second.codings.map { "\($0.interview) \($0.turn) \($0.start) \($0.end) \($0.code) \($0.coder)" }
                == first.codings.map { "\($0.interview) \($0.turn) \($0.start) \($0.end) \($0.code) \($0.coder)" }, "\(tool): codings")
        #expect(second.study.report.coders.map(\.id) == first.study.report.coders.map(\.id), "\(tool): coders")
        // A project without cases comes back with a case per participant (every participant is one in the export).
        #expect(secondProject.attributes.filter { !$0.value.isEmpty } == firstProject.attributes, "\(tool): attributes")
        #expect(second.study.report.totals.notes == first.study.report.totals.notes && second.study.report.totals.sets == first.study.report.totals.sets)
        // The project a tool reads: both exports parse to the same project, offsets and all.
        let exported = try Self.digest(ImportFile(displayName: "project.qdpx", data: first.export))
        let again = try Self.digest(ImportFile(displayName: "project.qdpx", data: second.export))
        #expect(again == exported, "\(tool): export → import → export")
        // And against the tool's own project: what Thematic keeps comes back as the tool had it.
        let original = try Self.digest(file)
        #expect(exported.tree == original.tree, "\(tool): code tree and codable flags")
        #expect(exported.variables == original.variables, "\(tool): variables")
        #expect(exported.notes.map { $0.split(separator: "|").prefix(2).joined(separator: "|") } == original.notes.map { $0.split(separator: "|").prefix(2).joined(separator: "|") }, "\(tool): notes with their codes")
        #expect(exported.comments == original.comments, "\(tool): selections' comments")
        #expect(exported.sets.map { $0.split(separator: "|").prefix(2).joined(separator: "|") } == original.sets.map { $0.split(separator: "|").prefix(2).joined(separator: "|") }, "\(tool): sets with their codes")
    }

    /// The small QualCoder-shaped project with two notes (one on a code, one on a source and on a selection) and two
    /// sets (codes; a source and a code).
    static func withNotesAndSets() -> String {
        let guid = { (n: Int) in "00000000-0000-4000-8000-0000000b000\(n)" }
        return RefiQDAFidelityTests.smallProject()
            .replacingOccurrences(of: "<Code guid=\"00000000-0000-4000-8000-00000000c004\" name=\"Family\" isCodable=\"true\"/>",
                                  with: "<Code guid=\"00000000-0000-4000-8000-00000000c004\" name=\"Family\" isCodable=\"true\"><NoteRef targetGUID=\"\(guid(1))\"/></Code>")
            .replacingOccurrences(of: "</PlainTextSelection>\n</TextSource>\n<TextSource",
                                  with: "<NoteRef targetGUID=\"\(guid(2))\"/></PlainTextSelection>\n<NoteRef targetGUID=\"\(guid(2))\"/></TextSource>\n<TextSource")
            .replacingOccurrences(of: "</Sources>", with: """
                </Sources>
                <Notes>
                <Note guid="\(guid(1))" name="On family"><PlainTextContent>Family comes up when work is far away.
                Check the second interview.</PlainTextContent></Note>
                <Note guid="\(guid(2))" name="Interview 1 memo"><PlainTextContent>The bus matters.</PlainTextContent></Note>
                </Notes>
                <Sets>
                <Set guid="\(guid(3))" name="Everyday life"><Description>Codes about daily routines</Description><MemberCode targetGUID="00000000-0000-4000-8000-00000000c003"/><MemberCode targetGUID="00000000-0000-4000-8000-00000000c004"/></Set>
                <Set guid="\(guid(4))" name="First round"><MemberCode targetGUID="00000000-0000-4000-8000-00000000c006"/><MemberSource targetGUID="00000000-0000-4000-8000-000000050001"/></Set>
                </Sets>
                """)
    }

    @Test func notesAndSetsComeBackWithWhatTheyReferTo() throws {
        let file = ImportFile(displayName: "notes.qde", data: Data(Self.withNotesAndSets().utf8))
        let original = try Self.digest(file)
        #expect(original.notes == ["On family: Family comes up when work is far away.\nCheck the second interview. | Topics/Family | ", "Interview 1 memo: The bus matters. |  | Interview 1"])
        #expect(original.sets == ["Everyday life | Topics/Work/Commute, Topics/Family | ", "First round | Loose ends | Interview 1"])
        let first = try RefiQDAFidelityTests.importAndExport(file)
        #expect(first.study.report.totals.notes == 2 && first.study.report.totals.sets == 2)
        #expect(first.study.report.notImported.isEmpty)
        let exported = try Self.digest(ImportFile(displayName: "project.qdpx", data: first.export))
        #expect(exported.notes == ["On family: Family comes up when work is far away.\nCheck the second interview. | Topics/Family | ", "Interview 1 memo: The bus matters. |  | P01"])
        #expect(exported.sets == ["Everyday life | Topics/Work/Commute, Topics/Family | ", "First round | Loose ends | P01"])
        // The codebook.qdc carries the sets of codes.
        #expect(String(decoding: first.codebook, as: UTF8.self).contains("<Set guid="))
    }
}
