import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import EXMARaLDAImporter

@Suite("EXMARaLDA importer")
struct EXMARaLDAImporterTests {
    func read(_ data: Data, name: String = "t.exb") throws -> ImportedDocument {
        try EXMARaLDAImporter(options: StageOptions(specs: EXMARaLDAImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    /// A file real EXMARaLDA users wrote (Fixtures/import-real/elan-exmaralda, sources and licences in its SOURCES.md).
    func real(_ path: String) throws -> Data {
        try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Fixtures/import-real/elan-exmaralda/files/" + path))
    }

    func event(_ text: String) -> InlineNode { .element(InlineElement(name: "event", children: [.text(text)])) }

    /// ExmaraldaR's GAT 2 sample: two speakers' verbal tiers cut at shared timeline items, each speaker with two
    /// annotation tiers (Tag, Test); ten items have no time. SPK1's stretch ends where SPK2 starts between its
    /// words (the turns follow the talk in time), and SPK2's events, which keep no spaces of their own, are joined
    /// with one ("like overlapping", not "likeoverlapping").
    @Test func verbalTiersInTimelineOrder() throws {
        let document = try read(try real("timoschuer-exmaraldar/Example_multi.exb"))
        try #require(document.turns.map(\.label) == ["SPK1", "SPK2", "SPK1", "SPK2", "SPK1", "SPK2", "SPK1", "SPK2", "SPK1", "SPK2"])
        #expect(document.turns.map { $0.text.trimmingCharacters(in: .whitespaces) } == [
            "this is a test file|it is just for one purpose|", "showing how it works|", "right|and maybe proving", "right|",
            "that it works at all|", "so what does this show|",
            "just some features of gat2 basic", "like overlapping speak|",
            "transcripts| yes|and some random annotations|", "sounds useful|",
        ])
        #expect(document.turns.filter { $0.content.contains(event("laughs")) }.count == 1)
        #expect(document.turns.map(\.start).map { $0.map { ($0 * 1000).rounded() / 1000 } } == [0, 1.091, 1.273, 1.273, 1.636, 2, 4, 5.467, 5.467, 11.987])
        #expect(document.findings.map(\.message) == [
            "5 timeline items of speech have no time; their times were interpolated between the neighbouring items",
            "4 annotation tiers (translations, tags, a speaker's further transcription tiers) left out: not speech",
        ])
    }

    /// A tier converted from ELAN or CHAT holds utterance pieces without spaces of their own (round 3's GAT file):
    /// joined with a space, no two words run together; a HIAT word cut by the timeline ("Wahl" | "rechts" |
    /// "änderung", each cut where another speaker starts) stays whole in the next turn.
    @Test func eventsAreJoinedWithoutLosingWordBoundaries() throws {
        func exb(_ a: [(String, String, String)], _ b: [(String, String, String)]) -> Data {
            let tier = { (id: String, speaker: String, events: [(String, String, String)]) in
                "<tier id=\"\(id)\" speaker=\"\(speaker)\" category=\"v\" type=\"t\">" + events.map { "<event start=\"\($0.0)\" end=\"\($0.1)\">\($0.2)</event>" }.joined() + "</tier>"
            }
            return Data(("""
                <?xml version="1.0" encoding="UTF-8"?><basic-transcription><head><meta-information/><speakertable>
                <speaker id="A"><abbreviation>AW</abbreviation></speaker><speaker id="B"><abbreviation>GL</abbreviation></speaker></speakertable></head>
                <basic-body><common-timeline><tli id="T0" time="0"/><tli id="T1" time="1"/><tli id="T2" time="2"/><tli id="T3" time="3"/><tli id="T4" time="4"/></common-timeline>
                """ + tier("a", "A", a) + tier("b", "B", b) + "</basic-body></basic-transcription>").utf8)
        }
        let converted = try read(exb([("T0", "T1", "wärn ja hier sachen die dann"), ("T1", "T2", "konkret in"), ("T2", "T3", "die richtung")], [("T3", "T4", "ja.")]))
        #expect(converted.turns.map(\.text) == ["wärn ja hier sachen die dann konkret in die richtung", "ja."])
        let hiat = try read(exb([("T0", "T1", "Das ist die Wahl"), ("T1", "T2", "rechts"), ("T2", "T3", "änderung. ")], [("T1", "T3", "Nein! ")]))
        #expect(hiat.turns.map(\.label) == ["AW", "GL", "AW"])
        #expect(hiat.turns.map { $0.text.trimmedSpace } == ["Das ist die", "Nein!", "Wahlrechtsänderung."])
    }

    /// Pepper's sample: word, lemma and part-of-speech tiers belong to no speaker, the speaker's second
    /// transcription tier (category v2) is not the verbal one, and the speakertable keeps the speaker's name.
    @Test func onlyTheSpeakersVerbalTierIsSpeech() throws {
        let document = try read(try real("korpling-pepper-exmaralda/doc1.exb"))
        try #require(document.turns.map(\.label) == ["s0"])
        #expect(document.turns[0].text == "Hallo nochmal")
        #expect(document.turns[0].start == nil)
        #expect(document.declaredSpeakers == [DeclaredSpeaker(label: "s0", role: nil, name: "Marianella Andreeva")])
    }

    /// A description tier (non-verbal, no speaker) becomes events in the turn under way; a pseudo-speaker with only
    /// a description tier is no speaker; Cyrillic passes through.
    @Test func descriptionsAreEventsAndPseudoSpeakersAreNotSpeakers() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <basic-transcription><head><speakertable>
            <speaker id="SPK0"><abbreviation>ИНТ</abbreviation></speaker><speaker id="SPK1"><abbreviation>ИНФ</abbreviation></speaker>
            <speaker id="SPK2"><abbreviation>NN</abbreviation></speaker></speakertable></head>
            <basic-body><common-timeline><tli id="T0" time="12.5"/><tli id="T1"/><tli id="T2" time="15.5"/><tli id="T3" time="18"/></common-timeline>
            <tier id="TIE0" speaker="SPK0" category="v" type="t"><event start="T0" end="T1">Как вы </event><event start="T1" end="T2">начали?</event></tier>
            <tier id="TIE1" speaker="SPK1" category="v" type="t"><event start="T2" end="T3">Меня попросили.</event></tier>
            <tier id="TIE2" speaker="SPK1" category="en" type="a"><event start="T2" end="T3">I was asked.</event></tier>
            <tier id="TIE3" speaker="SPK2" category="nn" type="d"><event start="T2" end="T3">((смех))</event></tier>
            </basic-body></basic-transcription>
            """
        let document = try read(Data(text.utf8))
        try #require(document.turns.map(\.label) == ["ИНТ", "ИНФ"])
        #expect(document.turns.map(\.start) == [12.5, 15.5])
        #expect(document.turns[0].text == "Как вы начали?")
        #expect(document.turns[1].content == [.text("Меня попросили. "), event("смех")])
    }

    /// GAT transcripts keep pauses on a verbal tier of a pseudo-speaker (`STRUCT`): a tier of notation alone is no
    /// speaker, and its pauses are events of the turn under way (round 3 of real files: STRUCT became a participant).
    @Test func aVerbalTierOfPausesAloneIsNoSpeaker() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <basic-transcription><head><speakertable>
            <speaker id="SPK_PAU"><abbreviation>STRUCT</abbreviation></speaker><speaker id="SPK_SP0"><abbreviation>SP0</abbreviation></speaker>
            <speaker id="SPK_SP1"><abbreviation>SP1</abbreviation></speaker></speakertable></head>
            <basic-body><common-timeline><tli id="T0" time="0"/><tli id="T1" time="2"/><tli id="T2" time="2.6"/><tli id="T3" time="4"/></common-timeline>
            <tier id="TIE0" speaker="SPK_SP0" category="v" type="t"><event start="T0" end="T1">wann treffen wir uns</event></tier>
            <tier id="TIE1" speaker="SPK_PAU" category="v" type="t"><event start="T1" end="T2">((0.6))</event></tier>
            <tier id="TIE2" speaker="SPK_SP1" category="v" type="t"><event start="T2" end="T3">am montag</event></tier>
            </basic-body></basic-transcription>
            """
        let document = try read(Data(text.utf8))
        #expect(document.turns.map(\.label) == ["SP0", "SP1"])
        #expect(document.turns[0].content.contains { if case .element = $0 { true } else { false } }, "the pause is an event of SP0's turn")
    }

    @Test func brokenTranscriptionsNameTheLine() throws {
        let head = #"<basic-transcription><head><speakertable><speaker id="A"><abbreviation>A</abbreviation></speaker></speakertable></head>"#
        let unknown = #expect(throws: Diagnostic.self) {
            try read(Data((head + "\n<basic-body><common-timeline><tli id=\"T0\" time=\"0\"/></common-timeline>\n<tier id=\"X\" speaker=\"A\" category=\"v\" type=\"t\">\n<event start=\"T0\" end=\"T9\">Hei</event></tier></basic-body></basic-transcription>").utf8))
        }
        #expect(unknown?.line == 4)
        #expect(unknown?.message.contains("end=\"T9\" is not an item of the common timeline") == true)
        let time = #expect(throws: Diagnostic.self) {
            try read(Data((head + "\n<basic-body><common-timeline><tli id=\"T0\" time=\"nan\"/></common-timeline></basic-body></basic-transcription>").utf8))
        }
        #expect(time?.line == 2)
        let noVerbal = #expect(throws: Diagnostic.self) {
            try read(Data((head + "\n<basic-body><common-timeline><tli id=\"T0\"/><tli id=\"T1\"/></common-timeline><tier id=\"X\" speaker=\"A\" category=\"en\" type=\"a\"><event start=\"T0\" end=\"T1\">Hi</event></tier></basic-body></basic-transcription>").utf8))
        }
        #expect(noVerbal?.line == 2)
        #expect(noVerbal?.message.hasPrefix("no speech: no speaker") == true)
        let root = #expect(throws: Diagnostic.self) { try read(Data("<segmented-transcription/>".utf8)) }
        #expect(root?.message.contains("not EXMARaLDA's <basic-transcription>") == true)
        let entity = #expect(throws: Diagnostic.self) {
            try read(Data(#"<?xml version="1.0"?><!DOCTYPE basic-transcription [<!ENTITY x SYSTEM "file:///etc/passwd">]><basic-transcription>&x;</basic-transcription>"#.utf8))
        }
        #expect(entity?.message.contains("document type declarations are not allowed") == true)
    }

    /// A DOCTYPE naming EXMARaLDA's DTD declares nothing when no DTD is loaded: read past, like TEI's.
    @Test func aDocumentTypeNamingTheDTDIsReadPast() throws {
        let text = #"<?xml version="1.0"?><!DOCTYPE basic-transcription SYSTEM "basic-transcription.dtd"><basic-transcription><head><speakertable><speaker id="A"><abbreviation>INT</abbreviation></speaker></speakertable></head><basic-body><common-timeline><tli id="T0" time="0"/><tli id="T1" time="2"/></common-timeline><tier id="X" speaker="A" category="v" type="t"><event start="T0" end="T1">Hello?</event></tier></basic-body></basic-transcription>"#
        #expect(try read(Data(text.utf8)).turns.map(\.text) == ["Hello?"])
    }

    @Test func recognisedByContent() throws {
        #expect(EXMARaLDAImporter.recognizes(ImportFile(displayName: "session.xml", data: try real("timoschuer-exmaraldar/Example_multi.exb"))))
        #expect(!EXMARaLDAImporter.recognizes(ImportFile(displayName: "a.exb", data: Data("<segmented-transcription/>".utf8))))
    }
}
