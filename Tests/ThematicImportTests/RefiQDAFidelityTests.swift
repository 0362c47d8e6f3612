import Foundation
import RefiQDAImporter
import RefiQDAStage
import Testing
import ThematicCoding
import ThematicCore
import ThematicImport
import ThematicTestSupport
import ThematicXML

/// A project a tool wrote comes back from Thematic as it went: import → export → import gives the same code tree with
/// the same codable flags, the same codings (a selection across turns is one coding again, not one per turn), users,
/// cases, variables, notes and sets; and the export is a fixed point (exported again, the same selections).
@Suite("REFI-QDA fidelity")
struct RefiQDAFidelityTests {
    /// What a project holds, counted as a tool would see it (parsed, not bytes).
    struct Census: Equatable, CustomStringConvertible {
        /// Every code as "path/to/code codable|category", in document order.
        var tree: [String] = []
        var codings = 0
        /// Codings whose selection runs over more than one line of the source's text.
        var codingsAcrossLines = 0
        /// Codings per code path, sorted.
        var codingsPerCode: [String] = []
        /// Users that code.
        var codingUsers = 0
        var cases = 0
        var variables = 0
        var notes = 0
        var sets = 0

        var description: String {
            "codes \(tree.count) (\(tree.filter { $0.hasSuffix(" category") }.count) not codable), codings \(codings) (\(codingsAcrossLines) across lines), "
                + "coding users \(codingUsers), cases \(cases), variables \(variables), notes \(notes), sets \(sets)"
        }
    }

    /// The census of a `.qdpx` or `.qde`: texts read as the importer reads them (BOM dropped, CRLF as one character).
    static func census(_ data: Data) throws -> Census {
        var xml = data
        var member: (String) throws -> String? = { _ in nil }
        if data.starts(with: [0x50, 0x4B]) {
            let archive = try ZIPArchive(data, file: "project.qdpx")
            let qde = try #require(archive.member(caseInsensitive: "project.qde") ?? archive.members.first { $0.name.lowercased().hasSuffix(".qde") })
            xml = try archive.contents(of: qde, limit: 1 << 28)
            member = { path in
                let name = path.range(of: "://").map { String(path[$0.upperBound...]) } ?? path
                guard let found = archive.member(caseInsensitive: "sources/" + name) ?? archive.member(caseInsensitive: name) else { return nil }
                return String(decoding: try archive.contents(of: found, limit: 1 << 28), as: UTF8.self)
            }
        }
        let root = try XMLTree.parse(xml, name: "project.qde")
        var census = Census()
        var pathOf: [String: String] = [:]
        func walk(_ code: XMLTreeElement, _ prefix: String) {
            let path = prefix + (code[attribute: "name"] ?? "")
            pathOf[(code[attribute: "guid"] ?? "").lowercased()] = path
            census.tree.append("\(path) \(code[attribute: "isCodable"] == "true" ? "codable" : "category")")
            for child in code.elements("Code") { walk(child, path + "/") }
        }
        for code in root.element("CodeBook")?.element("Codes")?.elements("Code") ?? [] { walk(code, "") }
        var users = Set<String>()
        var perCode: [String] = []
        for source in root.element("Sources")?.elements("TextSource") ?? [] {
            var text = try source.element("PlainTextContent")?.text ?? source[attribute: "plainTextPath"].flatMap(member) ?? ""
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            let scalars = Array(text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars)
            for selection in source.elements("PlainTextSelection") {
                let start = Int(selection[attribute: "startPosition"] ?? "") ?? 0, end = Int(selection[attribute: "endPosition"] ?? "") ?? 0
                let covered = start < end && end <= scalars.count ? String(String.UnicodeScalarView(scalars[start..<end])) : ""
                let acrossLines = covered.trimmingCharacters(in: .whitespacesAndNewlines).contains("\n")
                for coding in selection.elements("Coding") {
                    census.codings += 1
                    if acrossLines { census.codingsAcrossLines += 1 }
                    users.insert((coding[attribute: "creatingUser"] ?? selection[attribute: "creatingUser"] ?? "").lowercased())
                    perCode.append(pathOf[(coding.element("CodeRef")?[attribute: "targetGUID"] ?? "").lowercased()] ?? "?")
                }
            }
        }
        census.codingsPerCode = Dictionary(perCode.map { ($0, 1) }, uniquingKeysWith: +).map { "\($0.key) \($0.value)" }.sorted()
        census.codingUsers = users.count
        census.cases = root.element("Cases")?.elements("Case").count ?? 0
        census.variables = root.element("Variables")?.elements("Variable").count ?? 0
        census.notes = root.element("Notes")?.elements("Note").count ?? 0
        census.sets = root.element("Sets")?.elements("Set").count ?? 0
        return census
    }

    /// A project imported as `thematic import` imports it, run through the `refi-qda` stage as `thematic analyze` runs
    /// it (the participants with their attributes, every coder's codings), and its export.
    static func importAndExport(_ file: ImportFile, settings: StudyImport.Settings = .init()) throws -> (study: ImportedStudy, export: Data, codings: [CodedSegment], codebook: Data) {
        let study = try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self])).importStudy([file], settings: settings)
        let project = try #require(study.project)
        let folder = try TestSupport.temporaryDirectory()
        let (book, _) = try CodebookLoader.load(path: try TestSupport.write(project.codebookYAML, to: "codebook.yaml", in: folder).path, displayName: "codebook.yaml")
        var participants: [Participant] = []
        for interview in study.interviews where !interview.isDocument && !participants.contains(where: { $0.id == interview.participant }) {
            participants.append(Participant(id: interview.participant, attributes: project.attributes[interview.participant] ?? [:]))
        }
        let corpus = Corpus(study: Study(id: "fidelity", title: "Fidelity", participants: participants), interviews: study.interviews)
        var codings: [CodedSegment] = []
        for (coder, csv) in project.codings.sorted(by: { $0.key < $1.key }) {
            codings += try CodingImport.csv(Data(csv.utf8), file: "\(coder).csv", corpus: corpus, codebook: book)
        }
        let context = StageContext(corpus: corpus)
        try context.put(CodingResult(codebook: book, codings: codings.sorted(), analysisCoders: []), for: Products.codings)
        try RefiQDAExport(options: StageOptions(specs: [])).run(in: context)
        return (study, try #require(context.artifacts["project.qdpx"]), codings.sorted(), try #require(context.artifacts["codebook.qdc"]))
    }

    /// import → export → import → export: the census of the original and of the export agree, the second import
    /// reads the codings of the first, the second export holds the selections of the first, and the export is valid
    /// and made the same way twice.
    static func roundTrip(_ file: ImportFile) throws -> (original: Census, exported: Census) {
        let first = try importAndExport(file)
        let again = try importAndExport(file)
        #expect(again.export == first.export, "the same project exports the same bytes")
        let second = try importAndExport(ImportFile(displayName: "project.qdpx", data: first.export))
        #expect(second.study.report.totals.droppedCodings == 0)
        #expect(second.codings.map { "\($0.interview) \($0.turn) \($0.start) \($0.end) \($0.code) \($0.coder)" }
                == first.codings.map { "\($0.interview) \($0.turn) \($0.start) \($0.end) \($0.code) \($0.coder)" }, "the second import reads the first's codings")
        let original = try census(file.data), exported = try census(first.export), exportedAgain = try census(second.export)
        #expect(exportedAgain == exported, "export → import → export is a fixed point")
        let qde = try #require(try storedMember(first.export, "project.qde"))
        let violations = try XMLSchemaValidator.bundled("refi-qda/Project.xsd").violations(of: qde, name: "project.qde")
        #expect(violations.isEmpty, "\(violations.prefix(5))")
        let codebook = try XMLSchemaValidator.bundled("refi-qda/Codebook.xsd").violations(of: first.codebook, name: "codebook.qdc")
        #expect(codebook.isEmpty, "\(codebook.prefix(5))")
        return (original, exported)
    }

    static func storedMember(_ data: Data, _ name: String) throws -> Data? {
        let archive = try ZIPArchive(data, file: "project.qdpx")
        return try archive.member(caseInsensitive: name).map { try archive.contents(of: $0, limit: 1 << 28) }
    }

    /// Projects as tools write them (shaped as QualCoder's qc CLI and MAXQDA 24 write them, one of Taguette's data): the same
    /// tree, flags and codings come back.
    @Test(arguments: ["own/qc-style_project.qdpx", "own/maxqda-style_project.qdpx", "taguette/taguette-derived_project.qdpx"])
    func aRealProjectComesBackExactly(_ sample: String) throws {
        let url = TestSupport.resource("interop/\(sample)")
        let (original, exported) = try Self.roundTrip(ImportFile(displayName: url.lastPathComponent, data: Data(contentsOf: url)))
        #expect(exported.tree == original.tree, "the same code tree with the same codable flags")
        #expect(exported.codings == original.codings)
        #expect(exported.codingsAcrossLines == original.codingsAcrossLines)
        #expect(exported.codingsPerCode == original.codingsPerCode)
        #expect(exported.codingUsers == original.codingUsers)
        #expect(exported.variables == original.variables)
        #expect(exported.notes == original.notes)
        #expect(exported.sets == original.sets)
    }

    /// A small project as QualCoder writes one: categories (`isCodable="false"`) at the top, one of them empty; a
    /// codable leaf at the second level and at the top with codings; selections across turns, one with two codes
    /// by two users; cases with a variable.
    static func smallProject() -> String {
        let first = """
            Interviewer: How do you get to work?
            P1: By bus, mostly.
            It takes an hour each way.
            Interviewer: And your family?
            P1: They live close by, which helps.
            """
        let second = """
            Interviewer: What matters most to you?
            P2: Time with my kids.
            P2: And a job I can reach without a car.
            """
        func span(_ text: String, _ from: String, _ to: String) -> String {
            let scalars = Array(text.unicodeScalars)
            func index(_ part: String) -> Int {
                let needle = Array(part.unicodeScalars)
                return (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
            }
            return "startPosition=\"\(index(from))\" endPosition=\"\(index(to) + to.unicodeScalars.count)\""
        }
        let ann = "00000000-0000-4000-8000-00000000a001", bo = "00000000-0000-4000-8000-00000000a002"
        func code(_ n: Int) -> String { "00000000-0000-4000-8000-00000000c00\(n)" }
        func coding(_ n: Int, _ code: String, _ user: String) -> String {
            "<Coding guid=\"00000000-0000-4000-8000-0000000d000\(n)\" creatingUser=\"\(user)\"><CodeRef targetGUID=\"\(code)\"/></Coding>"
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Fidelity" origin="QualCoder 3.6">
            <Users><User guid="\(ann)" name="Ann Berg"/><User guid="\(bo)" name="Bo Lund"/></Users>
            <CodeBook><Codes>
            <Code guid="\(code(1))" name="Topics" isCodable="false">
            <Code guid="\(code(2))" name="Work" isCodable="true"><Code guid="\(code(3))" name="Commute" isCodable="true"/></Code>
            <Code guid="\(code(4))" name="Family" isCodable="true"/>
            </Code>
            <Code guid="\(code(5))" name="Values" isCodable="false"/>
            <Code guid="\(code(6))" name="Loose ends" isCodable="true"/>
            </Codes></CodeBook>
            <Variables><Variable guid="00000000-0000-4000-8000-0000000e0001" name="Age group" typeOfVariable="Text"/></Variables>
            <Cases>
            <Case guid="00000000-0000-4000-8000-0000000f0001" name="P1"><VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-0000000e0001"/><TextValue>30-39</TextValue></VariableValue><SourceRef targetGUID="00000000-0000-4000-8000-000000050001"/></Case>
            <Case guid="00000000-0000-4000-8000-0000000f0002" name="P2"><VariableValue><VariableRef targetGUID="00000000-0000-4000-8000-0000000e0001"/><TextValue>40-49</TextValue></VariableValue><SourceRef targetGUID="00000000-0000-4000-8000-000000050002"/></Case>
            </Cases>
            <Sources>
            <TextSource guid="00000000-0000-4000-8000-000000050001" name="Interview 1"><PlainTextContent>\(first)</PlainTextContent>
            <PlainTextSelection guid="00000000-0000-4000-8000-000000060001" \(span(first, "By bus", "And your family?"))>\(coding(1, code(3), ann))\(coding(2, code(2), bo))</PlainTextSelection>
            <PlainTextSelection guid="00000000-0000-4000-8000-000000060002" \(span(first, "They live", "close by"))>\(coding(3, code(4), ann))</PlainTextSelection>
            <PlainTextSelection guid="00000000-0000-4000-8000-000000060003" \(span(first, "mostly", "mostly."))>\(coding(4, code(6), bo))</PlainTextSelection>
            </TextSource>
            <TextSource guid="00000000-0000-4000-8000-000000050002" name="Interview 2"><PlainTextContent>\(second)</PlainTextContent>
            <PlainTextSelection guid="00000000-0000-4000-8000-000000060004" \(span(second, "with my kids", "a job"))>\(coding(5, code(4), bo))</PlainTextSelection>
            </TextSource>
            </Sources>
            </Project>
            """
    }

    @Test func theSmallProjectComesBackExactly() throws {
        let file = ImportFile(displayName: "fidelity.qde", data: Data(Self.smallProject().utf8))
        let (original, exported) = try Self.roundTrip(file)
        #expect(original.codings == 5 && original.codingsAcrossLines == 3 && original.cases == 2 && original.variables == 1)
        #expect(exported.tree == original.tree, "the same code tree with the same codable flags")
        #expect(exported.codings == original.codings, "a selection across turns is one coding, not one per turn")
        #expect(exported.codingsAcrossLines == original.codingsAcrossLines)
        #expect(exported.codingsPerCode == original.codingsPerCode)
        #expect(exported.codingUsers == original.codingUsers)
        #expect(exported.cases == original.cases)
        #expect(exported.variables == original.variables)
        #expect(exported.notes == original.notes)
        #expect(exported.sets == original.sets)
    }

    /// The flags as the tool gave them: a top-level category stays a category, a leaf with codings under a category
    /// stays codable wherever Thematic's three levels put it, and the level filled in above a flat tree is not
    /// exported.
    @Test func codableFlagsAreTheProjects() throws {
        let tree = try Self.census(try Self.importAndExport(ImportFile(displayName: "fidelity.qde", data: Data(Self.smallProject().utf8))).export).tree
        #expect(tree == ["Topics category", "Topics/Work codable", "Topics/Work/Commute codable", "Topics/Family codable", "Values category", "Loose ends codable"])
        // Flat: one level, with a category among the codes; Thematic fills in "Imported codes" twice, and leaves it out.
        let flat = Self.smallProject()
            .replacingOccurrences(of: "<Code guid=\"00000000-0000-4000-8000-00000000c002\" name=\"Work\" isCodable=\"true\"><Code guid=\"00000000-0000-4000-8000-00000000c003\" name=\"Commute\" isCodable=\"true\"/></Code>",
                                  with: "")
            .replacingOccurrences(of: "<Code guid=\"00000000-0000-4000-8000-00000000c001\" name=\"Topics\" isCodable=\"false\">", with: "")
            .replacingOccurrences(of: "</Code>\n<Code guid=\"00000000-0000-4000-8000-00000000c005\"", with: "<Code guid=\"00000000-0000-4000-8000-00000000c005\"")
            .replacingOccurrences(of: "targetGUID=\"00000000-0000-4000-8000-00000000c003\"", with: "targetGUID=\"00000000-0000-4000-8000-00000000c006\"")
            .replacingOccurrences(of: "targetGUID=\"00000000-0000-4000-8000-00000000c002\"", with: "targetGUID=\"00000000-0000-4000-8000-00000000c004\"")
        let flatFile = ImportFile(displayName: "flat.qde", data: Data(flat.utf8))
        #expect(try Self.census(flatFile.data).tree == ["Family codable", "Values category", "Loose ends codable"])
        let (original, exported) = try Self.roundTrip(flatFile)
        #expect(exported.tree == original.tree)
        #expect(exported.codings == original.codings)
    }

    /// A project without a code book still exports valid files (the schemas want a code: the filled-in levels stay).
    @Test func aProjectWithoutCodesStaysValid() throws {
        let project = Self.smallProject()
        let start = project.range(of: "<CodeBook>")!.lowerBound, end = project.range(of: "</CodeBook>")!.upperBound
        let file = ImportFile(displayName: "nocodes.qde", data: Data(project.replacingCharacters(in: start..<end, with: "").utf8))
        let export = try Self.importAndExport(file)
        let qde = try #require(try Self.storedMember(export.export, "project.qde"))
        #expect(try XMLSchemaValidator.bundled("refi-qda/Project.xsd").violations(of: qde, name: "project.qde").isEmpty)
        #expect(try XMLSchemaValidator.bundled("refi-qda/Codebook.xsd").violations(of: export.codebook, name: "codebook.qdc").isEmpty)
    }

    /// What cannot come back: two selections of one code by one coder that meet exactly at a turn boundary are one
    /// selection in the export (the pieces of a selection across turns look the same); the import report says so.
    @Test func selectionsMeetingAtATurnBoundaryAreReported() throws {
        // Ann's "Family" on "They live close by" starts where her "Family" across the turns before it ends.
        let meeting = Self.smallProject()
            .replacingOccurrences(of: "targetGUID=\"00000000-0000-4000-8000-00000000c003\"", with: "targetGUID=\"00000000-0000-4000-8000-00000000c004\"")
        let file = ImportFile(displayName: "meeting.qde", data: Data(meeting.utf8))
        let first = try Self.importAndExport(file)
        #expect(first.study.report.projectFindings.filter { $0.message.contains("at a turn boundary") }.map(\.location) == ["Interview 1"])
        #expect(try Self.census(first.export).codings == Self.census(file.data).codings - 1)
        // The small project has no such pair, and no such finding.
        let plain = try Self.importAndExport(ImportFile(displayName: "fidelity.qde", data: Data(Self.smallProject().utf8)))
        #expect(!plain.study.report.projectFindings.contains { $0.message.contains("at a turn boundary") })
    }
}
