import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
@testable import TextGridImporter

/// Praat TextGrids. `praat-long.TextGrid` is ours, in the long text format Praat saves (UTF-16 with a byte-order
/// mark, CRLF): two speaker tiers and a point tier.
@Suite("Praat TextGrid importer")
struct TextGridImporterTests {
    func read(_ data: Data, name: String = "t.TextGrid") throws -> ImportedDocument {
        try TextGridImporter(options: StageOptions(specs: TextGridImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    func read(_ text: String) throws -> ImportedDocument { try read(Data(text.utf8)) }

    @Test func longFormatInUTF16GivesTimedTurnsInTimeOrder() throws {
        let data = try TestSupport.importFixture("praat-long.TextGrid")
        #expect(TextGridImporter.recognizes(ImportFile(displayName: "x.txt", data: data)))
        let document = try read(data)
        #expect(document.turns.map(\.label) == ["Interviewer", "Bjørg", "Interviewer"])
        #expect(document.turns.map(\.text) == ["Hvordan begynte det?", "Det var i 2016,  på sjukeheimen i Ørsta.", "Og \"velferdsteknologi\" – hva er det for deg?"])
        #expect(document.turns.map(\.start) == [0, 3, 8.1])
        #expect(document.turns.map(\.end) == [2.75, 8.1, 12.5])
        #expect(document.findings.contains { $0.message == "1 tiers without turns left out: 'bell' (a point tier, line 47)" })
    }

    /// The short format is the same values without their names; `!` comments are read past; a forced aligner's
    /// `Kari - words` tier is Kari's and its phones tier is left out.
    @Test func shortFormatAndAlignerTiers() throws {
        let short = """
        File type = "ooTextFile"
        Object class = "TextGrid"
        ! written by hand
        0
        4
        <exists>
        2
        "IntervalTier"
        "Kari - words"
        0
        4
        2
        0 1.5 "hei"
        1.5 4 "hallo der"
        "IntervalTier"
        "Kari - phones"
        0
        4
        1
        0 4 "h ei"
        """
        let document = try read(short)
        #expect(document.turns.map(\.label) == ["Kari", "Kari"])
        #expect(document.turns.map(\.text) == ["hei", "hallo der"])
        #expect(document.findings.contains { $0.message.contains("'Kari - phones' (phones") })
    }

    /// What does not make a TextGrid is refused at its line; hostile counts fail at once.
    @Test func brokenFilesAreRefusedWithTheirLine() throws {
        let header = "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n0\n4\n<exists>\n"
        let wrongClass = #expect(throws: Diagnostic.self) { try read(header + "1\n\"Tier\"\n\"a\"\n0\n4\n0\n") }
        #expect(wrongClass?.line == 7)
        let cut = #expect(throws: Diagnostic.self) { try read(header + "1\n\"IntervalTier\"\n\"a\"\n0\n4\n2\n0 1 \"x\"\n") }
        #expect(cut?.message.contains("cut short") == true)
        let backwards = #expect(throws: Diagnostic.self) { try read(header + "1\n\"IntervalTier\"\n\"a\"\n0\n4\n1\n3 1 \"x\"\n") }
        #expect(backwards?.line == 11)
        #expect(throws: Diagnostic.self) { try read(header + "1e300\n") }
        #expect(throws: Diagnostic.self) { try read("File type = \"ooTextFile\"\nObject class = \"Pitch 1\"\n") }
        #expect((#expect(throws: Diagnostic.self) { try read(Data("ooBinaryFile\u{08}TextGrid".utf8)) })?.message.contains("Save as text file") == true)
        _ = try? read(header + "1\n\"IntervalTier\"\n\"a\n")
    }

    /// A transcriber's comments tier or a translation tier holds words no one said: read as a speaker, "comments"
    /// became a third voice (a group session) and the translation said everything twice. They are left out, reported.
    @Test func commentAndTranslationTiersAreNoSpeakers() throws {
        let header = "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n0\n4\n<exists>\n4\n"
        let tiers = [("Intervjuer", "0 1 \"hvordan gikk det\""), ("Kari", "1 2 \"bra\""),
                     ("comments", "1 2 \"Kari Lund sier navnet sitt her\""), ("Kari translation", "1 2 \"fine\"")]
        let text = header + tiers.map { "\"IntervalTier\"\n\"\($0.0)\"\n0\n4\n1\n\($0.1)\n" }.joined()
        let document = try read(text)
        #expect(document.turns.map(\.label) == ["Intervjuer", "Kari"])
        #expect(document.turns.map(\.text) == ["hvordan gikk det", "bra"])
        #expect(document.findings.contains { $0.message.contains("'comments' (phones, comments, notes or a translation") })
    }
}
