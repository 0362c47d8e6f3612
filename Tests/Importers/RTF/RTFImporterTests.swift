import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
@testable import RTFImporter

/// Rich Text Format. The fixture `f4-interview.rtf` is ours, written in the shape f4transkript saves: `I:`/`B:`
/// labels, `#hh:mm:ss-d#` marks at paragraph ends, umlauts as `\'e4`, quotes as `\uN?`, a Cyrillic font, a header,
/// a footnote and the usual tables before the body.
@Suite("RTF importer")
struct RTFImporterTests {
    func read(_ rtf: String, name: String = "t.rtf") throws -> ImportedDocument {
        try read(Data(rtf.utf8), name: name)
    }

    func read(_ data: Data, name: String = "t.rtf") throws -> ImportedDocument {
        try RTFImporter(options: StageOptions(specs: RTFImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    @Test func f4TranscriptIsReadWithItsTimeMarksAsStarts() throws {
        let document = try read(try TestSupport.importFixture("f4-interview.rtf"))
        #expect(document.turns.map(\.label) == ["I", "B", "I", "B", "I"])
        #expect(document.turns.map(\.text) == [
            "Wie lange arbeiten Sie schon auf der Station?",
            "Seit 1994, gläube ich. Damals war alles „neu“.",
            "Und die Kolleginnen aus Ørsta?",
            "Die waren schön ærgerlich, ehrlich gesagt. Und dann kam жто aus Kiew. Das war gut.",
            "Danke.",
        ])
        #expect(document.turns.map(\.start) == [nil, 7.2, 15.8, 19.0, 31.5])
        let findings = document.findings.map(\.message)
        #expect(findings.contains("1 footnotes left out (not speech)"))
        #expect(findings.contains("1 page headers and footers left out (not speech)"))
        #expect(findings.contains { $0.hasPrefix("5 f4 time marks") })
        #expect(RTFImporter.recognizes(ImportFile(displayName: "saved-by-word.doc", data: try TestSupport.importFixture("f4-interview.rtf"))))
    }

    /// Bold labels (Word, MAXQDA), a `\line` soft break before a label, a field's result kept and its instruction
    /// left out, `\uc0`, a surrogate pair, escaped braces and `\bin` data that looks like RTF.
    @Test func boldLabelsSoftBreaksFieldsAndEscapes() throws {
        let rtf = #"""
        {\rtf1\ansi\ansicpg1252{\fonttbl\f0\fnil Helvetica;}\f0
        {\b Kari Nilsen:} Welcome {\field{\*\fldinst HYPERLINK "x"}{\fldrslt to the study}}.\line Ola Berg: Thanks \{really\}.\par
        {\b Ola Berg} I said {\uc0\u55357\u56898} and {\*\bkmkstart b1}meant it{\pict\bin6 }\par}}\par
        {\b Kari Nilsen:} Good\~to {\deleted bad }{\v hidden }hear.\par
        }
        """#
        let document = try read(rtf)
        #expect(document.turns.map(\.label) == ["Kari Nilsen", "Ola Berg", "Kari Nilsen"])
        #expect(document.turns.map(\.text) == ["Welcome to the study.", "Thanks {really}. I said 🙂 and meant it", "Good to hear."])
        #expect(document.findings.contains { $0.message == "2 stretches of hidden text or tracked deletions left out (not speech)" })
    }

    /// A table of speaker | time | words (MAXQDA, Word) is a turn a row, each paragraph of a cell kept.
    @Test func tableRowsAreTurns() throws {
        let rtf = #"""
        {\rtf1\ansi
        \trowd\cellx1000\cellx2000\cellx6000
        \pard\intbl I\cell 00:00:04\cell Wie war das?\cell\row
        \trowd\cellx1000\cellx2000\cellx6000
        \pard\intbl B\cell 00:00:09\cell Gut.\par Sehr gut.\cell\row
        \pard I: Danke.\par
        }
        """#
        let document = try read(rtf)
        #expect(document.turns.map(\.label) == ["I", "B", "I"])
        #expect(document.turns.map(\.text) == ["Wie war das?", "Gut. Sehr gut.", "Danke."])
        #expect(document.turns.map(\.start) == [4, 9, nil])
    }

    /// The code page comes from `\ansicpg` and from a font's `\fcharset`; a code page that is none is refused with
    /// its line, and so is a file that is no RTF.
    @Test func codePagesAndRefusals() throws {
        let cyrillic = try read(#"{\rtf1\ansi\ansicpg1251 I: \'cf\'f0\'e8\'e2\'e5\'f2?\par B: \'c4\'e0.\par I: Hm.\par}"#)
        #expect(cyrillic.turns.map(\.text) == ["Привет?", "Да.", "Hm."])
        #expect(cyrillic.findings.first?.message == "encoding: bytes read in code page 1251, as the file's \\ansicpg says")
        let unknown = #expect(throws: Diagnostic.self) { try read("{\\rtf1\\ansi\n\\ansicpg99999 I: x\\par}") }
        #expect(unknown?.line == 2)
        #expect(unknown?.message.contains("\\ansicpg99999") == true)
        let notRTF = #expect(throws: Diagnostic.self) { try read("I: hello\nB: hi\n") }
        #expect(notRTF?.message.hasPrefix("not an RTF file") == true)
        let badByte = #expect(throws: Diagnostic.self) { try read("{\\rtf1\\ansi\\ansicpg932\nI: \\'81\\'20\\par}") }
        #expect(badByte?.line == 2)
    }

    /// Hostile input: deep nesting, a `\bin` longer than the file, endless control words, a truncated file — no
    /// crash, no hang, and a truncated file's text is read and reported.
    @Test func hostileInputIsNoCrash() throws {
        _ = try? read("{\\rtf1" + String(repeating: "{", count: 200_000) + "I: x\\par")
        _ = try? read("{\\rtf1\\bin999999999 }")
        _ = try? read("{\\rtf1\\" + String(repeating: "a", count: 100_000) + "-99999999999999999999")
        _ = try? read("{\\rtf1\\u-99999999\\u99999999\\uc-5\\'zz\\'")
        _ = try? read("{\\rtf1 }}}}}I: x\\par")
        let truncated = try read("{\\rtf1\\ansi I: Hallo?\\par B: Ja.\\par I: Gut")
        #expect(truncated.turns.map(\.text) == ["Hallo?", "Ja.", "Gut"])
        #expect(truncated.findings.contains { $0.message.hasPrefix("the file ends inside 1 groups") })
    }

    /// A writer that puts raw UTF-8 into RTF and declares no code page ("Bjørn" as the bytes c3 b8): read as
    /// Windows-1252 the name became "BjÃ¸rn", which no list, detector or leak gate knows. Bytes that are UTF-8 in a
    /// file that names no code page are read as UTF-8, with a finding; a declared code page is obeyed.
    @Test func rawUTF8WithNoCodePageIsReadAsUTF8() throws {
        let document = try read("{\\rtf1\\ansi I: Hvordan går det med Bjørn?\\par B: Bra, Bjørn er hjemme.\\par I: Og så?\\par B: Ferdig.\\par}")
        #expect(document.turns.map(\.text) == ["Hvordan går det med Bjørn?", "Bra, Bjørn er hjemme.", "Og så?", "Ferdig."])
        #expect(document.findings.contains { $0.message.contains("UTF-8") })
        let declared = try read("{\\rtf1\\ansi\\ansicpg1252 I: Hvordan g\\'e5r det?\\par B: Bra.\\par I: Og s\\'e5?\\par B: Ferdig.\\par}")
        #expect(declared.turns.first?.text == "Hvordan går det?")
        #expect(!declared.findings.contains { $0.message.contains("UTF-8") })
    }
}
