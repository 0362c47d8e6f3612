import Foundation
import RefiQDAImporter
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import ThematicXML

/// ATLAS.ti writes a comment on a quotation as the selection's own `Description` (and the quotation's first words as
/// its `name`), often on a selection that holds no coding at all. The comment comes in as a note on that passage,
/// marked `comment: true`, and goes back out where it came from: the selection's `Description`, not a `Note`.
@Suite("REFI-QDA selection comments")
struct RefiQDASelectionCommentTests {
    static let text = """
        Interviewer: What do you have for breakfast?
        P1: Coke, mostly. My doctor says it is no breakfast.
        Interviewer: And at weekends?
        P1: Bacon and eggs at the hotel.
        """

    /// Shaped as ATLAS.ti 23 (Windows) exports: upper-case GUIDs, quotations named by their first words, one comment
    /// on a coded quotation, one on a quotation without codings, and NVivo's empty `<Description />` on a third.
    static func project() -> ImportFile {
        func span(_ part: String) -> String {
            let range = text.range(of: part)!
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            return "startPosition=\"\(start)\" endPosition=\"\(start + part.unicodeScalars.count)\""
        }
        let user = "088B08AC-D5CD-4ADB-8B71-B4F3459C177F"
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Breakfast" origin="ATLAS.ti for Windows 23.2.3.27778" creatingUserGUID="\(user)">
            <Users><User guid="\(user)" name="Ann Berg"/></Users>
            <CodeBook><Codes><Code guid="85D17F60-7BB0-481E-B742-B4861DD669DF" name="Breakfast food" isCodable="true"/></Codes></CodeBook>
            <Sources>
            <TextSource guid="17FB9CB8-7858-4291-A162-65424B9942EC" name="Mabel.txt"><PlainTextContent>\(text)</PlainTextContent>
            <PlainTextSelection guid="B49D7982-BB8E-4335-80AF-DC869CCC3F45" name="Coke, mostly. My doctor…" \(span("Coke, mostly. My doctor says it is no breakfast.")) creatingUser="\(user)">
            <Description>Not the only one who has Coke for breakfast!</Description>
            <Coding guid="0983E32E-6866-431A-BD94-DAC9BB963825" creatingUser="\(user)"><CodeRef targetGUID="85D17F60-7BB0-481E-B742-B4861DD669DF"/></Coding>
            </PlainTextSelection>
            <PlainTextSelection guid="D299EFAE-5779-46DC-9827-A3D1A5D544BC" name="at the hotel" \(span("at the hotel")) creatingUser="\(user)">
            <Description>Which hotel? Ask in the second round.</Description>
            </PlainTextSelection>
            <PlainTextSelection guid="7496BA52-9C8D-4396-8FAB-CC438614E453" \(span("Bacon and eggs")) creatingUser="\(user)">
            <Description />
            <Coding guid="F9C6EAC0-8A66-4757-9D8A-9A6C8FEA3C44" creatingUser="\(user)"><CodeRef targetGUID="85D17F60-7BB0-481E-B742-B4861DD669DF"/></Coding>
            </PlainTextSelection>
            </TextSource>
            </Sources>
            </Project>
            """
        return ImportFile(displayName: "breakfast.qde", data: Data(xml.utf8))
    }

    /// Each selection of a project as "name | description | codings", in order of the text (offsets differ: the
    /// export's are into Thematic's text, where each line is "P01: …").
    static func selections(_ qde: Data) throws -> [String] {
        let root = try XMLTree.parse(qde, name: "project.qde")
        let sources = root.element("Sources")?.elements("TextSource") ?? []
        return sources.flatMap { $0.elements("PlainTextSelection") }
            .sorted { Int($0[attribute: "startPosition"] ?? "") ?? 0 < Int($1[attribute: "startPosition"] ?? "") ?? 0 }
            .map { "\($0[attribute: "name"] ?? "") | \($0.element("Description")?.text ?? "") | \($0.elements("Coding").count)" }
    }

    @Test func aSelectionsCommentIsImportedAndExportedBackOnTheSelection() throws {
        let first = try RefiQDAFidelityTests.importAndExport(Self.project())
        let yaml = try #require(first.study.project?.codebookYAML)
        #expect(yaml.contains("  - name: \"Coke, mostly. My doctor…\"\n    text: \"Not the only one who has Coke for breakfast!\"\n    selections: [\"P01 1:0-1:48\"]\n    comment: true\n"), "\(yaml)")
        #expect(yaml.contains("comment: true") && first.study.report.totals.notes == 2, "the empty Description is no comment")
        let exported = try #require(try RefiQDAFidelityTests.storedMember(first.export, "project.qde"))
        let written = String(decoding: exported, as: UTF8.self)
        #expect(!written.contains("<Notes>") && !written.contains("<NoteRef"), "a comment is no note: \(written)")
        // The same comments on the same passages, under the quotations' names.
        #expect(try Self.selections(exported) == Self.selections(Self.project().data))
        #expect(try Self.selections(exported) == ["Coke, mostly. My doctor… | Not the only one who has Coke for breakfast! | 1",
                                                  " |  | 1", "at the hotel | Which hotel? Ask in the second round. | 0"])
        // import → export → import: the same codebook, comments and all.
        let second = try RefiQDAFidelityTests.importAndExport(ImportFile(displayName: "project.qdpx", data: first.export))
        #expect(RefiQDAFixedPointTests.codebookBody(try #require(second.study.project?.codebookYAML)) == RefiQDAFixedPointTests.codebookBody(yaml))
    }

    @Test func aCommentOnUnreadablePositionsIsAFinding() throws {
        let file = Self.project()
        let broken = String(decoding: file.data, as: UTF8.self)
            .replacingOccurrences(of: #"name="at the hotel" startPosition=""#, with: #"name="at the hotel" startPosition="99999999999999999999999" x=""#)
        #expect(broken.contains("99999999999999999999999"))
        let study = try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self]))
            .importStudy([ImportFile(displayName: file.displayName, data: Data(broken.utf8))], settings: .init())
        #expect(study.report.projectFindings.contains { $0.message.contains("positions are not numbers") }, "\(study.report.projectFindings)")
        #expect(study.report.totals.notes == 1)
    }

    @Test func aCommentWhoseSelectionIsNotImportedIsNotImported() throws {
        let atlas = try RefiQDAFixedPointTests.resource("interop/samples/atlasti8mac_refi-standard-project.qde")
        let study = try StudyImport(registry: ImporterRegistry([RefiQDAImporter.self])).importStudy([atlas], settings: .init())
        // The sample's two comments are on sources whose text it lacks.
        #expect(study.report.projectFindings.filter { $0.message == "its selection was not imported, so neither is the comment" }.count == 2)
        #expect(study.project?.codebookYAML.contains("comment: true") == false)
    }
}
