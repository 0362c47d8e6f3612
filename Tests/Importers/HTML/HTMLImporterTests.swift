import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import HTMLImporter

@Suite("HTML importer")
struct HTMLImporterTests {
    func read(_ data: Data, name: String = "t.htm", encoding: String? = nil) throws -> ImportedDocument {
        var file = ImportFile(displayName: name, data: data)
        file.encoding = encoding
        return try HTMLImporter(options: StageOptions(specs: HTMLImporter.descriptor.options)).read(file)
    }

    func read(_ html: String) throws -> ImportedDocument { try read(Data(html.utf8)) }

    /// Word's Internet Assistant: upper-case tags, unclosed <P>, the label inside <FONT>, <BR> ending each turn,
    /// hard-wrapped lines, an entity; the bold title is left out, not a speaker.
    @Test func wordSavedAsWebPage() throws {
        let document = try read(try TestSupport.importFixture("word-web-page.htm"), name: "word-web-page.htm")
        #expect(document.turns.map(\.label) == ["MSM", "Nilsen", "MSM", "Nilsen", "MSM", "Nilsen"])
        #expect(document.turns[1].text == "In the spring, I think. We had a week of training first, and then it was simply there on every screen one Monday morning.")
        #expect(document.turns[3].text.hasPrefix("Ola did & the evening nurses."))
        #expect(document.turns[3].content.contains(.element(InlineElement(name: "event", children: [.text("laughs")]))))
        #expect(document.turns[5].text == "Now it is part of the day – like coffee.")
        #expect(!document.turns.contains { $0.text.contains("Interview with") })
        #expect(!document.turns.contains { $0.text.contains("GENERATOR") || $0.text.contains("Internet Assistant") })
    }

    /// Google Docs and filtered Word HTML: a bold span opening the paragraph is its label, with or without a colon;
    /// <head>, scripts and styles are no text.
    @Test func boldOpeningIsTheLabel() throws {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><style>p{color:red}</style><script>var a = "Interviewer: no";</script></head>
            <body><p><span style="font-weight:700">Interviewer</span><span> How did it start?</span></p>
            <p><b>Participant</b> With a meeting.</p><p><strong>Interviewer</strong> And then?</p><p><b>Participant</b> Then training.</p></body></html>
            """
        let document = try read(html)
        #expect(document.turns.map(\.label) == ["Interviewer", "Participant", "Interviewer", "Participant"])
        #expect(document.turns.map(\.text) == ["How did it start?", "With a meeting.", "And then?", "Then training."])
    }

    /// A page that declares its charset is read in it (Word's HTML says windows-1252); the encoding is a finding.
    @Test func declaredCharsetDecodes() throws {
        var bytes = Data("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body><p>I: Caf".utf8)
        bytes += Data([0xE9]) + Data("?</p><p>P: Oui, ".utf8) + Data([0x93]) + Data("tr".utf8) + Data([0xE8]) + Data("s".utf8) + Data([0x94]) + Data(".</p><p>I: Bon?</p><p>P: Oui.</p></body></html>".utf8)
        let document = try read(bytes)
        #expect(document.turns.map(\.text) == ["Café?", "Oui, “très”.", "Bon?", "Oui."])
        #expect(document.findings.contains { $0.message.contains("windows-1252") })
    }

    @Test func recognisedByContent() {
        #expect(HTMLImporter.recognizes(ImportFile(displayName: "a.txt", data: Data("\u{FEFF}<!-- saved -->\n<!DOCTYPE html>\n<html>".utf8))))
        #expect(HTMLImporter.recognizes(ImportFile(displayName: "a", data: Data("<HTML>\n<HEAD>".utf8))))
        #expect(!HTMLImporter.recognizes(ImportFile(displayName: "a.xml", data: Data("<?xml version=\"1.0\"?><TEI>".utf8))))
        #expect(!HTMLImporter.recognizes(ImportFile(displayName: "a.txt", data: Data("I: <html> is a tag".utf8))))
    }

    /// Hand-written and FrontPage pages leave `<font>` open, so the parser nested each paragraph in the one before
    /// until it refused the page: font tags are no text, and are read past.
    @Test func unclosedFontOnEveryParagraphIsRead() throws {
        let turns = (0..<300).map { $0 % 2 == 0 ? "<p><font face=\"Arial\">Interviewer: Question \($0)?" : "<p><font face=\"Arial\">Participant: Answer \($0)." }
        let document = try read("<html><body>" + turns.joined(separator: "\n") + "</body></html>")
        #expect(document.turns.count == 300)
        #expect(document.turns.last?.text == "Answer 299.")
        #expect(Set(document.turns.map(\.label)) == ["Interviewer", "Participant"])
    }

    /// Hostile pages: deep nesting is refused (not read in part, not a stack overflow); nothing external is loaded; junk is not a crash.
    @Test func hostileInputIsRefusedOrRead() throws {
        let deep = "<html><body>" + String(repeating: "<div>", count: 100_000) + "x"
        #expect(throws: Diagnostic.self) { try read(deep) }
        let unclosed = "<html><body>" + (0..<300).map { "<div><span>\($0 % 2 == 0 ? "I" : "P"): words \($0).</span>" }.joined() + "</body></html>"
        #expect { try read(unclosed) } throws: { "\($0)".contains("save it again") }
        let external = "<!DOCTYPE html SYSTEM \"file:///etc/passwd\"><html><body><p>I: a?</p><iframe src=\"file:///etc/passwd\"></iframe><p>P: b.</p><p>I: c?</p><p>P: d.</p></body></html>"
        let document = try read(external)
        #expect(!document.turns.contains { $0.text.contains("root:") })
        for junk in ["<", "<html", "<html><body></p></div></table>", "<html>\0\0<p>I: a</p>", String(repeating: "<p>", count: 50_000)] {
            _ = try? read(junk)
        }
    }

    /// A transcript laid out as a table, speaker | words | time per row (an archive's page), is read row by row: the
    /// first cell the label, the time the turn's start; the header row is no turn. A page laid out in a table, a menu
    /// cell beside a cell holding the whole text in paragraphs, keeps its paragraphs and their labels.
    @Test func tableRowsAreTurns() throws {
        let rows = [("Interviewer", "When did you start at the plant?", "00:00:05"), ("Kari Nilsen", "In 1971, as an apprentice.", "00:00:09"),
                    ("Interviewer", "And the strike?", "00:01:12"), ("Kari Nilsen", "That came two years later.", "00:01:15")]
        let table = "<table><tr><th>Speaker</th><th>Text</th><th>Time</th></tr>"
            + rows.map { "<tr><td>\($0.0)</td><td>\($0.1)</td><td>\($0.2)</td></tr>" }.joined() + "</table>"
        let document = try read("<html><body>\(table)</body></html>")
        #expect(document.turns.map(\.label) == ["Interviewer", "Kari Nilsen", "Interviewer", "Kari Nilsen"])
        #expect(document.turns.map(\.text) == rows.map(\.1))
        #expect(document.turns.map(\.start) == [5, 9, 72, 75])

        let layout = "<table><tr><td>Home</td><td><p>Interviewer: When did you start?</p><p>Kari: In 1971.</p><p>Interviewer: Why?</p><p>Kari: Work.</p></td></tr></table>"
        #expect(try read("<html><body>\(layout)</body></html>").turns.map(\.label) == ["Interviewer", "Kari", "Interviewer", "Kari"])
    }
}
