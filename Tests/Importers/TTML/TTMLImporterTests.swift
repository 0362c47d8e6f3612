import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
@testable import TTMLImporter

/// TTML / DFXP captions. `captions.ttml` is ours: agents in the head's metadata, a div with its own begin, clock,
/// tick and frame times, and a cue of two voices in spans.
@Suite("TTML importer")
struct TTMLImporterTests {
    func read(_ data: Data, name: String = "t.ttml") throws -> ImportedDocument {
        try TTMLImporter(options: StageOptions(specs: TTMLImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    @Test func agentsTimesAndSpansAreRead() throws {
        let data = try TestSupport.importFixture("captions.ttml")
        #expect(TTMLImporter.recognizes(ImportFile(displayName: "captions.xml", data: data)))
        let document = try read(data)
        #expect(document.turns.map(\.label) == ["Intervjuer", "Liv Haugen", "Intervjuer", "Liv Haugen"])
        #expect(document.turns.map(\.text) == ["Hvordan startet det?", "Det startet med nettbrett.", "Og så?", "Så kom resten ."])
        #expect(document.turns.map(\.start) == [10.5, 13.5, 17, 17])
        #expect(document.turns[1].end == 16)
    }

    /// Netflix-style DFXP without agents: a `Name:` prefix is the speaker, as in other subtitles; a time that is
    /// none is refused at its line.
    @Test func prefixesAndBadTimes() throws {
        func dfxp(_ body: String) -> Data {
            Data("<tt xmlns=\"http://www.w3.org/ns/ttml\">\n<body><div>\n\(body)\n</div></body></tt>".utf8)
        }
        let document = try read(dfxp("<p begin=\"1s\" end=\"2s\">Kari: Hi?</p><p begin=\"2s\" end=\"3s\">Ola: Hello.</p><p begin=\"3s\" end=\"4s\">Kari: Bye.</p><p begin=\"4s\" end=\"5s\">Ola: Bye!</p>"), name: "t.dfxp")
        #expect(document.turns.map(\.label) == ["Kari", "Ola", "Kari", "Ola"])
        // Any prefix for the metadata namespace: the attribute is read by its local name.
        let prefixed = try read(Data("""
            <tt xmlns="http://www.w3.org/ns/ttml" xmlns:m="http://www.w3.org/ns/ttml#metadata"><body><div>
            <p begin="1s" end="2s" m:agent="Kari">Hi?</p><p begin="2s" end="3s" m:agent="Ola">Hello.</p></div></body></tt>
            """.utf8))
        #expect(prefixed.turns.map(\.label) == ["Kari", "Ola"])
        let bad = #expect(throws: Diagnostic.self) { try read(dfxp("<p begin=\"soon\" end=\"2s\">A: Hi</p>")) }
        #expect(bad?.line == 3)
        #expect(throws: Diagnostic.self) { try read(Data("<tt xmlns=\"http://www.w3.org/ns/ttml\"/>".utf8)) }
    }

    /// Every name the head's agents give — the full name, an alias, an agent no cue names — is declared, so the
    /// study protects it: captions say "Yrsa" where the agent is "Yrsabel Fenwickstad".
    @Test func everyAgentNameIsDeclared() throws {
        let document = try read(Data("""
            <tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"><head><metadata>
            <ttm:agent xml:id="a1" type="person"><ttm:name type="full">Interviewer</ttm:name></ttm:agent>
            <ttm:agent xml:id="a2" type="person"><ttm:name type="full">Quorra Vemdal</ttm:name></ttm:agent>
            <ttm:agent xml:id="a3" type="person"><ttm:name type="full">Yrsabel Fenwickstad</ttm:name><ttm:name type="alias">Yrsa</ttm:name></ttm:agent>
            </metadata></head><body><div>
            <p begin="1s" end="2s" ttm:agent="a1">who came?</p><p begin="2s" end="3s" ttm:agent="a2">yrsa came</p></div></body></tt>
            """.utf8))
        #expect(document.turns.map(\.label) == ["Interviewer", "Quorra Vemdal"])
        #expect(Set(document.declaredSpeakers.compactMap(\.name)) == ["Quorra Vemdal", "Yrsabel Fenwickstad", "Yrsa"])
    }

    /// Metadata a cue may carry inline (ttm:desc, ttm:title, ttm:copyright, an agent, a metadata block) is about the
    /// caption, never its words: a describer's note naming the speaker is no speech.
    @Test func inlineMetadataIsNoSpeech() throws {
        let document = try read(Data("""
            <tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"><body><div>
            <p begin="1s" end="2s"><ttm:desc>speaker is Quorra Vemdal</ttm:desc>Kari: Hi?</p>
            <p begin="2s" end="3s"><ttm:title>Reel 2</ttm:title>Ola: Hello.<ttm:copyright>Yrsabel Fenwickstad</ttm:copyright></p>
            <p begin="3s" end="4s">Kari: Bye.<metadata><ttm:agent xml:id="x"><ttm:name>Quorra</ttm:name></ttm:agent></metadata></p>
            <p begin="4s" end="5s">Ola: Bye!</p></div></body></tt>
            """.utf8))
        #expect(document.turns.map(\.text) == ["Hi?", "Hello.", "Bye.", "Bye!"])
    }
}
