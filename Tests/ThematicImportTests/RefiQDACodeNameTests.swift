import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import ThematicXML

/// Real projects name codes after people their sources speak of: a participant's colleague, an author a paper cites
/// ("Orchestration (Dillenbourg)" in a real MAXQDA export). Run with the import's defaults, such a project publishes,
/// each name replaced in the code names by the label the transcripts give it (issue 30: both real projects with
/// codings were refused by the leak gate, in 13 and 20 places).
@Suite("REFI-QDA code names that name people")
struct RefiQDACodeNameTests {
    /// The small project with a colleague named in an interview and a code named after her.
    static func codeNamedAfterAColleague() -> String {
        RefiQDAFidelityTests.smallProject()
            .replacingOccurrences(of: "P1: They live close by, which helps.", with: "P1: They live close by, which helps. My colleague Ingrid Solbakken drives me when the bus is late.")
            .replacingOccurrences(of: "name=\"Family\"", with: "name=\"Lifts from Ingrid Solbakken\"")
    }

    /// The small project with a paper beside the interviews that cites an author, and a code named after the author
    /// coded in the paper (the real MAXQDA shape).
    static func codeNamedAfterACitedAuthor() -> String {
        let paper = """
            Abstract: We review how commuting shapes family life.
            Guided participation, in the sense of Barbara Rogoff (1990), describes how newcomers learn by taking part.
            Later work builds on Rogoff to describe workplaces.
            """
        let start = Array(paper.unicodeScalars).count - "Later work builds on Rogoff to describe workplaces.".unicodeScalars.count
        return RefiQDAFidelityTests.smallProject()
            .replacingOccurrences(of: "<Code guid=\"00000000-0000-4000-8000-00000000c006\" name=\"Loose ends\" isCodable=\"true\"/>", with: """
                <Code guid="00000000-0000-4000-8000-00000000c006" name="Loose ends" isCodable="true"/>
                <Code guid="00000000-0000-4000-8000-00000000c007" name="Guided participation (Rogoff)" isCodable="true"><Description>Learning by taking part, as Barbara Rogoff has it.</Description></Code>
                """)
            .replacingOccurrences(of: "</Sources>", with: """
                <TextSource guid="00000000-0000-4000-8000-000000050003" name="Literature review paper"><PlainTextContent>\(paper)</PlainTextContent>
                <PlainTextSelection guid="00000000-0000-4000-8000-000000060009" startPosition="\(start)" endPosition="\(start + 26)"><Coding guid="00000000-0000-4000-8000-0000000d0009" creatingUser="00000000-0000-4000-8000-00000000a001"><CodeRef targetGUID="00000000-0000-4000-8000-00000000c007"/></Coding></PlainTextSelection>
                </TextSource>
                </Sources>
                """)
    }

    /// Every file the run published, as text (the archive's members as stored).
    static func publishedText(_ root: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        let results = root.appendingPathComponent("results")
        for path in try FileManager.default.subpathsOfDirectory(atPath: results.path) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: results.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[path] = String(decoding: try Data(contentsOf: results.appendingPathComponent(path)), as: UTF8.self)
        }
        return files
    }

    static func codeNames(_ export: Data) throws -> [String] {
        try RefiQDAEndToEndTests.projectXML(export).descendants("Code").compactMap { $0[attribute: "name"] }
    }

    /// The label the published transcripts give the name (`[person 1]`), read from the exported source text.
    static func label(before words: String, in export: Data) throws -> String {
        let archive = try ZIPArchive(export, file: "project.qdpx")
        for member in archive.members where member.name.hasPrefix("sources/") {
            let text = String(decoding: try archive.contents(of: member, limit: 1 << 20), as: UTF8.self)
            if let end = text.range(of: words)?.lowerBound, let open = text[..<end].range(of: "[", options: .backwards) {
                return String(text[open.lowerBound..<end]).trimmingCharacters(in: .whitespaces)
            }
        }
        Issue.record("no label before '\(words)'")
        return ""
    }

    @Test func aCodeNamedAfterAPersonInTheTextPublishesWithTheTranscriptsLabel() throws {
        let root = try TestSupport.temporaryDirectory("refi-code-name-person")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = ImportFile(displayName: "colleague.qde", data: Data(Self.codeNamedAfterAColleague().utf8))
        let original = try RefiQDAFidelityTests.census(file.data)
        _ = try RefiQDAEndToEndTests.importStudy(file, into: root)
        let export = try RefiQDAEndToEndTests.analyze(root)
        let label = try Self.label(before: "drives me", in: export)
        #expect(label.hasPrefix("[person "), "\(label)")
        #expect(try Self.codeNames(export).contains("Lifts from \(label)"))
        for (path, text) in try Self.publishedText(root) {
            #expect(!text.contains("Solbakken"), "\(path) publishes the name")
        }
        let published = try Self.publishedText(root)
        #expect(try #require(published["codebook.qdc"]).contains("name=\"Lifts from \(label)\""), "the codebook has the same name")
        #expect(try #require(published["code-frequencies.csv"]).contains("lifts-from-\(label.dropFirst().dropLast().replacingOccurrences(of: " ", with: "-"))"), "the code id as the label")
        // The code keeps its codings under its new name (and id).
        let exported = try RefiQDAFidelityTests.census(export)
        #expect(exported.codings == original.codings)
        #expect(exported.codingsPerCode == original.codingsPerCode.map { $0.replacingOccurrences(of: "Ingrid Solbakken", with: label) })
    }

    /// A name found only in a document (a paper's cited author) is treated as a name found in an interview: a paper
    /// beside the interviews may as well be field notes naming participants, and the kind of a source is inferred.
    @Test func aCodeNamedAfterACitedAuthorInAPaperPublishesRedacted() throws {
        let root = try TestSupport.temporaryDirectory("refi-code-name-author")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = ImportFile(displayName: "paper.qde", data: Data(Self.codeNamedAfterACitedAuthor().utf8))
        let study = try RefiQDAEndToEndTests.importStudy(file, into: root)
        #expect(study.interviews.filter(\.isDocument).count == 1, "the paper is a document")
        let export = try RefiQDAEndToEndTests.analyze(root)
        let label = try Self.label(before: "to describe workplaces", in: export)
        let names = try Self.codeNames(export)
        #expect(names.contains("Guided participation (\(label))"), "\(names)")
        for (path, text) in try Self.publishedText(root) {
            #expect(!text.contains("Rogoff"), "\(path) publishes the name")
        }
        let description = try RefiQDAEndToEndTests.projectXML(export).descendants("Code").first { $0[attribute: "name"] == "Guided participation (\(label))" }?.element("Description")?.text
        #expect(description == "Learning by taking part, as \(label) has it.")
        #expect(try RefiQDAFidelityTests.census(export).codings == RefiQDAFidelityTests.census(file.data).codings)
    }
}
