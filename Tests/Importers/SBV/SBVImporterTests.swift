import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
@testable import SBVImporter

/// YouTube .sbv captions. `youtube.sbv` is ours, in the shape YouTube Studio downloads: `>> NAME:` speaker
/// changes, a `[Music]` caption, a blank line inside a caption's text.
@Suite("YouTube SBV importer")
struct SBVImporterTests {
    func read(_ data: Data) throws -> ImportedDocument {
        try SBVImporter(options: StageOptions(specs: SBVImporter.descriptor.options)).read(ImportFile(displayName: "t.sbv", data: data))
    }

    @Test func speakerChangesGiveTimedTurns() throws {
        let data = try TestSupport.importFixture("youtube.sbv")
        #expect(SBVImporter.recognizes(ImportFile(displayName: "captions.txt", data: data)))
        let document = try read(data)
        #expect(document.turns.map(\.label) == ["KARI", "OLA", "KARI", "OLA"])
        #expect(document.turns.map(\.text) == ["Welcome, and thank you for joining. How did the project start?",
                                               "It started with a tablet pilot on two wards. ", "And the staff?", "Sceptical at first. They came round."])
        #expect(document.turns.map(\.start) == [0.599, 4.16, 12, 15.5])
        #expect(document.findings.contains { $0.message.contains("1 ") && $0.message.lowercased().contains("blank line") || $0.message.contains("continu") })
    }

    @Test func aBrokenTimingLineIsRefusedAtItsLine() throws {
        let broken = #expect(throws: Diagnostic.self) { try read(Data("0:00:00.599,0:00:04.160\n>> A: hi\n\n0:00:04.160,0:0x:09.770\n>> B: ho\n".utf8)) }
        #expect(broken?.line == 4)
        #expect(throws: Diagnostic.self) { try read(Data("hello\n".utf8)) }
    }
}
