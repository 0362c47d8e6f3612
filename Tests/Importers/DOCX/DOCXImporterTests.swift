import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
@testable import DOCXImporter

@Suite("Word importer")
struct DOCXImporterTests {
    func read(_ name: String, options: [String: OptionValue] = [:]) throws -> ImportedDocument {
        try DOCXImporter(options: StageOptions(options, specs: DOCXImporter.descriptor.options))
            .read(ImportFile(displayName: name, data: try TestSupport.importFixture(name)))
    }

    @Test func boldLabelsMetadataTrackedChangesAndWhatIsLeftOut() throws {
        let document = try read("word.docx")
        #expect(document.turns.map(\.label) == ["Lars Moe", "Respondent", "Lars Moe", "Respondent"])
        #expect(document.turns.map(\.text) == [
            "Let us start with the training. Who trains the new staff?",
            "I do, mostly. Each new nurse gets an hour with me in the first week. After that they ask when they are stuck  which is often.",
            "Is an hour enough?",
            "It is rarely enough  but it is what we have.",
        ])
        #expect(document.turns.map(\.start) == [3, 11, nil, nil])
        #expect(document.metadata.map(\.kind) == [.date, .interviewer])
        let findings = document.findings.map(\.message)
        #expect(findings.contains("a table of contents (2 paragraphs) left out"))
        #expect(findings.contains("1 headings left out (titles, not speech)"))
        #expect(findings.contains("2 page header and footer parts left out"))
    }

    @Test func aSpeakerTableIsReadRowByRow() throws {
        let document = try read("word-table.docx")
        #expect(document.turns.map(\.label) == ["Interviewer", "Participant", "Interviewer", "Participant"])
        #expect(document.turns.map(\.start) == [2, 9, 20, 24])
        #expect(document.turns[3].text == "Some were worried at first  but most forget the sensors are there.")
    }

    @Test func brokenDocumentsAreRefusedClearly() throws {
        let truncated = #expect(throws: Diagnostic.self) { try read("bad/truncated.docx") }
        #expect(truncated?.message.contains("corrupt") == true)
        let protected = #expect(throws: Diagnostic.self) { try read("bad/protected.docx") }
        #expect(protected?.message.contains("password-protected") == true)
        let notZip = #expect(throws: Diagnostic.self) {
            try DOCXImporter(options: StageOptions(specs: DOCXImporter.descriptor.options)).read(ImportFile(displayName: "x.docx", data: Data("I: hi".utf8)))
        }
        #expect(notZip?.message.contains("not a .docx") == true)
    }

    @Test func expansionIsBounded() throws {
        // 3 MiB of XML from a 4 KiB archive: refused under a 1 MiB limit, read under the default.
        let bomb = #expect(throws: Diagnostic.self) { try read("bad/expands-3mb.docx", options: ["max-expanded-mb": .integer(1)]) }
        #expect(bomb?.message.contains("ZIP bomb") == true)
        #expect(try read("bad/expands-3mb.docx").turns.isEmpty)
    }

    /// Red-team 02: 373 KB of .docx holding 250 MiB of `<w:p/>` stayed under max-expanded-mb and took 11 GB and 91 s
    /// as a tree. The XML now has a node budget that goes with max-expanded-mb (one node per 64 bytes of it): 100,000
    /// empty paragraphs are refused under a 1 MiB limit (65,536 nodes), naming the part and the line, and read under
    /// the default.
    @Test func anElementBombIsRefusedByItsNodeBudget() throws {
        let bomb = #expect(throws: Diagnostic.self) { try read("bad/element-bomb.docx", options: ["max-expanded-mb": .integer(1)]) }
        #expect(bomb?.file == "bad/element-bomb.docx (word/document.xml)" && bomb?.line == 2)
        #expect(bomb?.message.contains("more than 65536 XML nodes") == true && bomb?.message.contains("max-expanded-mb") == true)
        #expect(try read("bad/element-bomb.docx").turns.map(\.label) == ["Interviewer", "P1"])
    }

    /// `_rels/.rels` targets are URI references from the package root: `./word/document2.xml` and a percent-encoded
    /// name are the part (they were refused as "no main part"); a target above the root names no part, so the
    /// package's `word/document.xml` is read, never a member whose name climbs out.
    @Test func relationshipTargetsAreResolvedFromThePackageRoot() {
        #expect(DOCXImporter.packagePath("./word/document2.xml") == "word/document2.xml")
        #expect(DOCXImporter.packagePath("/word/document2.xml") == "word/document2.xml")
        #expect(DOCXImporter.packagePath("word/document%202.xml") == "word/document 2.xml")
        #expect(DOCXImporter.packagePath("word/../word/./document.xml") == "word/document.xml")
        #expect(DOCXImporter.packagePath("../../etc/passwd.xml") == nil)
        #expect(DOCXImporter.packagePath("file:///etc/passwd.xml") == nil)
        #expect(DOCXImporter.packagePath("") == nil)
    }

    /// An encrypted .docx (an OLE compound file with an EncryptedPackage) is known by content and says to remove the
    /// password; a binary .doc handed to this importer says which importer reads it.
    @Test func legacyBinaryWordIsRefusedWithTheRemedy() throws {
        func ole(_ stream: String) -> Data {
            var data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 1016)
            data += Data(stream.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) + Data(count: 64)
            return data
        }
        let importer = try DOCXImporter(options: StageOptions(specs: DOCXImporter.descriptor.options))
        let doc = ImportFile(displayName: "morris.doc", data: ole("WordDocument"))
        #expect(!DOCXImporter.recognizes(doc))
        #expect(DOCXImporter.recognizes(ImportFile(displayName: "a.docx", data: ole("EncryptedPackage"))))
        let error = #expect(throws: Diagnostic.self) { try importer.read(doc) }
        #expect(error?.message.contains("soffice --headless --convert-to docx morris.doc") == true)
        let locked = #expect(throws: Diagnostic.self) { try importer.read(ImportFile(displayName: "a.docx", data: ole("EncryptedPackage"))) }
        #expect(locked?.message.contains("password-protected") == true)
        #expect(!DOCXImporter.recognizes(ImportFile(displayName: "a.xls", data: ole("Workbook"))))
    }
}
