import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
import ThematicTestSupport
@testable import ThematicImport

/// The formats of formats9 (RTF, OpenDocument, TextGrid, Transcriber, TTML, SBV) imported end to end as a study:
/// each file found by its content whatever its name, its speakers mapped to ids, its words and times kept.
@Suite struct NewFormatsStudyTests {
    let registry = ImporterRegistry(BuiltInImporters.all)

    func study(_ name: String, _ data: Data) throws -> ImportedStudy {
        try StudyImport(registry: registry).importStudy([ImportFile(displayName: name, data: data)], settings: .init())
    }

    @Test(arguments: [
        ("f4-interview.rtf", "rtf", 5), ("libreoffice.odt", "odt", 5), ("praat-long.TextGrid", "textgrid", 3),
        ("transcriber.trs", "transcriber", 2), ("captions.ttml", "ttml", 4), ("youtube.sbv", "sbv", 4),
    ])
    func eachFixtureImportsAsAStudy(fixture: String, importer: String, turns: Int) throws {
        let data = try TestSupport.importFixture(fixture)
        // Content decides: the same bytes under a name that says nothing are read by the same importer.
        #expect(try registry.importer(for: ImportFile(displayName: "interview-7", data: data)).descriptor.id == importer)
        let imported = try study("Interview 7." + (fixture as NSString).pathExtension, data)
        #expect(imported.report.files[0].importer == importer)
        #expect(imported.interviews[0].turns.count == turns)
        #expect(imported.interviews[0].turns.map(\.speaker).contains { imported.interviewerIDs.contains($0) })
    }

    /// f4's marks in a Word transcript are turn starts, not words, as in text and RTF.
    @Test func f4MarksInWordAreTurnStarts() throws {
        let paragraphs = ["I: Wie fing es an? #00:00:03-2#", "B: Mit Tablets. #00:00:08-0#", "I: Und dann? #00:00:10-9#", "B: Lief es. #00:00:15-1#"]
        let imported = try study("f4.docx", RealLayoutRuleTests.docx(paragraphs.map(RealLayoutRuleTests.plain)))
        let turns = imported.interviews[0].turns
        #expect(turns.map(\.text) == ["Wie fing es an?", "Mit Tablets.", "Und dann?", "Lief es."])
        #expect(turns.map(\.start) == [nil, 3.2, 8, 10.9])
    }
}
