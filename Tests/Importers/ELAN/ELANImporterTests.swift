import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import ELANImporter

@Suite("ELAN importer")
struct ELANImporterTests {
    func read(_ data: Data, name: String = "t.eaf") throws -> ImportedDocument {
        try ELANImporter(options: StageOptions(specs: ELANImporter.descriptor.options)).read(ImportFile(displayName: name, data: data))
    }

    /// A file real ELAN users wrote (Fixtures/import-real/elan-exmaralda, sources and licences in its SOURCES.md).
    func real(_ path: String) throws -> Data {
        try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Fixtures/import-real/elan-exmaralda/files/" + path))
    }

    /// A document around `tiers`, with slots `ts1`… at `times` (nil: a slot without TIME_VALUE).
    func eaf(times: [Int?], tiers: String, types: String = #"<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="utt" TIME_ALIGNABLE="true"/>"#) -> Data {
        let slots = times.enumerated().map { index, time in
            #"<TIME_SLOT TIME_SLOT_ID="ts\#(index + 1)""# + (time.map { #" TIME_VALUE="\#($0)""# } ?? "") + "/>"
        }.joined(separator: "\n")
        return Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0"><HEADER TIME_UNITS="milliseconds"/>
            <TIME_ORDER>\(slots)</TIME_ORDER>
            \(tiers)
            \(types)
            </ANNOTATION_DOCUMENT>
            """.utf8)
    }

    func annotation(_ id: String, _ from: Int, _ to: Int, _ value: String) -> String {
        #"<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="\#(id)" TIME_SLOT_REF1="ts\#(from)" TIME_SLOT_REF2="ts\#(to)"><ANNOTATION_VALUE>\#(value)</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>"#
    }

    /// Toolbox-style ELAN (round 4 of real files, a hand-written sample of its shape): the time-aligned `ref` tiers
    /// hold no words, the `orth` tier depending on each one to one holds them; translations beside it are not read.
    @Test func toolboxStyleWordsComeFromTheDependentTranscription() throws {
        func ref(_ id: String, _ parent: String, _ value: String) -> String {
            #"<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="\#(id)x\#(parent)" ANNOTATION_REF="\#(parent)"><ANNOTATION_VALUE>\#(value)</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>"#
        }
        let tiers = """
            <TIER LINGUISTIC_TYPE_REF="refT" PARTICIPANT="NTP" TIER_ID="ref@NTP">\(annotation("a1", 1, 2, ""))\(annotation("a3", 3, 4, ""))</TIER>
            <TIER LINGUISTIC_TYPE_REF="refT" PARTICIPANT="JAI" TIER_ID="ref@JAI">\(annotation("a2", 2, 3, ""))\(annotation("a4", 4, 5, ""))</TIER>
            <TIER LINGUISTIC_TYPE_REF="orthT" PARENT_REF="ref@NTP" PARTICIPANT="NTP" TIER_ID="orth@NTP">\(ref("o", "a1", "Мыйӧ тэ вӧчин?"))\(ref("o", "a3", "А сэсся?"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="orthT" PARENT_REF="ref@JAI" PARTICIPANT="JAI" TIER_ID="orth@JAI">\(ref("o", "a2", "Вӧралі."))\(ref("o", "a4", "Гортӧ локті."))</TIER>
            <TIER LINGUISTIC_TYPE_REF="ft-engT" PARENT_REF="orth@JAI" PARTICIPANT="JAI" TIER_ID="ft-eng@JAI">\(ref("t", "oxa2", "I hunted."))</TIER>
            """
        let types = """
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="refT" TIME_ALIGNABLE="true"/>
            <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" LINGUISTIC_TYPE_ID="orthT" TIME_ALIGNABLE="false"/>
            <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" LINGUISTIC_TYPE_ID="ft-engT" TIME_ALIGNABLE="false"/>
            """
        let document = try read(eaf(times: [0, 1000, 2000, 3000, 4000], tiers: tiers, types: types))
        #expect(document.turns.map(\.label) == ["NTP", "JAI", "NTP", "JAI"])
        #expect(document.turns.map(\.text) == ["Мыйӧ тэ вӧчин?", "Вӧралі.", "А сэсся?", "Гортӧ локті."])
        #expect(document.turns.map(\.start) == [0, 1, 2, 3])
        #expect(document.findings.map(\.message).contains { $0.hasPrefix("2 top-level tiers only segment the time line") })
    }

    /// FLEx's interlinear export (round 8 of real files, our sample of its shape): the `ref` tiers number the
    /// sentences and their parts (`9`, `10`, `10.1`), the words are in the `tx` tier below; the text's title tier is
    /// no speaker.
    @Test func flexReferenceNumbersWithPartsTakeTheirWordsFromTx() throws {
        func ref(_ parent: String, _ value: String) -> String {
            #"<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="x\#(parent)" ANNOTATION_REF="\#(parent)"><ANNOTATION_VALUE>\#(value)</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>"#
        }
        let tiers = """
            <TIER LINGUISTIC_TYPE_REF="ref" PARTICIPANT="SP1" TIER_ID="ref@SP1">\(annotation("a1", 1, 2, "9"))\(annotation("a3", 3, 4, "10.1"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="ref" PARTICIPANT="SP2" TIER_ID="ref@SP2">\(annotation("a2", 2, 3, "10"))\(annotation("a4", 4, 5, "10.2"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="tx" PARENT_REF="ref@SP1" PARTICIPANT="SP1" TIER_ID="tx@SP1">\(ref("a1", "ɛ̀ nɛ́ sɔ̀"))\(ref("a3", "ɔ̀ dɛ̀"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="tx" PARENT_REF="ref@SP2" PARTICIPANT="SP2" TIER_ID="tx@SP2">\(ref("a2", "ŋ̀ ŋ́"))\(ref("a4", "àwó"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="txt" TIER_ID="interlinear-text-title-en">\(annotation("t1", 1, 5, "Naming the child"))</TIER>
            """
        let types = """
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="txt" TIME_ALIGNABLE="true"/>
            <LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="ref" TIME_ALIGNABLE="true"/>
            <LINGUISTIC_TYPE CONSTRAINTS="Symbolic_Association" LINGUISTIC_TYPE_ID="tx" TIME_ALIGNABLE="false"/>
            """
        let document = try read(eaf(times: [0, 1000, 2000, 3000, 4000], tiers: tiers, types: types))
        #expect(document.turns.map(\.label) == ["SP1", "SP2", "SP1", "SP2"])
        #expect(document.turns.map(\.text) == ["ɛ̀ nɛ́ sɔ̀", "ŋ̀ ŋ́", "ɔ̀ dɛ̀", "àwó"])
    }

    /// pympi's turn-taking sample: two participants' tiers and an empty default tier; annotations interleave.
    @Test func twoParticipantsMergeInTimeOrder() throws {
        let document = try read(try real("dopefishh-pympi/fto.eaf"))
        #expect(document.turns.map(\.label) == ["a", "b", "a", "b"])
        #expect(document.turns.map(\.start) == [0, 2.63, 4.28, 4.69])
        #expect(document.turns.map(\.end) == [2.82, 3.66, 5.8, 9.55])
        #expect(document.findings.map(\.message) == ["1 tiers without annotations left out: not speech"])
    }

    /// speach's sample: one participant's utterance tier; its chunk and language tiers (dependent, REF_ANNOTATIONs)
    /// and a top-level `marker` tier are not speech. Japanese passes through.
    @Test func dependentTiersAndMarkersAreNotSpeech() throws {
        let document = try read(try real("neocl-speach/test.eaf"))
        try #require(document.turns.map(\.label) == ["P001"])
        #expect(document.turns[0].start == 1.04)
        #expect(document.turns[0].end == 17.485)
        #expect(document.turns[0].text.hasPrefix("How do you read this? このリンゴ、おいしいね！ What does it mean?"))
        #expect(document.turns[0].text.hasSuffix("and \"おいしい\" means delicious. Oh thanks"))
        #expect(!document.turns[0].text.contains("convo"))
        #expect(Set(document.findings.map(\.message)) == [
            "1 comment, note, marker, gesture, event or translation tiers left out: not speech",
            "3 dependent tiers (translations, glosses, words, tags of another tier) left out: not speech",
        ])
    }

    /// An excerpt of pympi's EAF 3.0 sample (ELAN's demo material): a gesture tier coded from a controlled vocabulary
    /// is top-level and time-aligned but no speaker; word, part-of-speech and included gesture tiers depend on `text`.
    @Test func codedTiersAreNotSpeakers() throws {
        let document = try read(try real("dopefishh-pympi/sample_3.0-excerpt.eaf"))
        try #require(document.turns.map(\.label) == ["text"])
        #expect(document.turns[0].start == 2)
        #expect(document.turns[0].end == 11)
        #expect(document.turns[0].text == "The quick brown fox 001 The quick brown fox 002 The quick brown fox 003")
        #expect(document.findings.map(\.message).contains("1 tiers coded from a controlled vocabulary left out: not speech"))
    }

    /// Slots without TIME_VALUE take a time between their timed neighbours (or the nearest one at an end), said in
    /// a finding; a timeline may start anywhere; Cyrillic passes through; LANG_REF, not the keyboard's locale, is the
    /// language.
    @Test func untimedSlotsAreInterpolatedAndSaidSo() throws {
        let tiers = #"<TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="Интервьюер" TIER_ID="A" LANG_REF="rus" DEFAULT_LOCALE="fr">"# + annotation("a1", 1, 2, "Как вы начали?") + annotation("a3", 5, 6, "Почему?") + "</TIER>"
            + #"<TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="Инф" TIER_ID="B" LANG_REF="rus">"# + annotation("a2", 3, 4, "Меня ((смеётся)) попросили.") + "</TIER>"
        let document = try read(eaf(times: [600_000, nil, nil, 603_000, 605_000, nil], tiers: tiers))
        try #require(document.turns.map(\.label) == ["Интервьюер", "Инф", "Интервьюер"])
        #expect(document.turns.map(\.start) == [600, 602, 605])
        #expect(document.turns.map(\.end) == [601, 603, 605])
        #expect(document.turns[1].content == [.text("Меня "), .element(InlineElement(name: "event", children: [.text("смеётся")])), .text(" попросили.")])
        #expect(document.language == "ru")
        #expect(document.findings.map(\.message) == ["3 time slots of speech annotations have no TIME_VALUE; their times were interpolated between the neighbouring slots"])
    }

    @Test func brokenDocumentsNameTheLine() throws {
        let unknownSlot = #expect(throws: Diagnostic.self) {
            try read(eaf(times: [0, 1000], tiers: #"<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="A">"# + annotation("a1", 1, 7, "Hei") + "</TIER>"))
        }
        #expect(unknownSlot?.line == 5)
        #expect(unknownSlot?.message.contains("TIME_SLOT_REF2=\"ts7\" names a time slot TIME_ORDER does not declare") == true)
        let badTime = #expect(throws: Diagnostic.self) { try read(Data(String(decoding: eaf(times: [0], tiers: ""), as: UTF8.self).replacingOccurrences(of: #"TIME_VALUE="0""#, with: #"TIME_VALUE="-5""#).utf8)) }
        #expect(badTime?.line == 3)
        let root = #expect(throws: Diagnostic.self) { try read(Data("<interview/>".utf8)) }
        #expect(root?.message.contains("not ELAN's <ANNOTATION_DOCUMENT>") == true)
        let onlyEmpty = #expect(throws: Diagnostic.self) {
            try read(eaf(times: [0, 1000], tiers: #"<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="A">"# + annotation("a1", 1, 2, "") + "</TIER>"))
        }
        #expect(onlyEmpty?.message == "no speech: none of the document's 1 tiers is a top-level transcription tier with words in it")
        let toolbox = #expect(throws: Diagnostic.self) {
            try read(eaf(times: [0, 1000, 2000], tiers: #"<TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="ref@SP">"# + annotation("a1", 1, 2, "KAB_01_0001") + annotation("a2", 2, 3, "KAB_01_0002") + "</TIER>"))
        }
        #expect(toolbox?.message.contains("only number the utterances, as Toolbox exports do") == true)
        let entity = #expect(throws: Diagnostic.self) {
            try read(Data(#"<?xml version="1.0"?><!DOCTYPE ANNOTATION_DOCUMENT [<!ENTITY x SYSTEM "file:///etc/passwd">]><ANNOTATION_DOCUMENT>&x;</ANNOTATION_DOCUMENT>"#.utf8))
        }
        #expect(entity?.message.contains("document type declarations are not allowed") == true)
    }

    /// A tier named after its speaker while its PARTICIPANT is a code names a person no label does (second reader):
    /// the name is declared, so the import protects it; a role before it is not part of it.
    @Test func aTierNamedAfterItsSpeakerIsProtected() throws {
        let tiers = """
            <TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="I" TIER_ID="Interviewer Ola Hansen"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>How did you start?</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>
            <TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="A" TIER_ID="Kari Nordmann"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a2" TIME_SLOT_REF1="ts2" TIME_SLOT_REF2="ts3"><ANNOTATION_VALUE>With the tablets.</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>
            """
        let document = try read(eaf(times: [0, 1000, 2000, 3000], tiers: tiers))
        #expect(document.declaredSpeakers.compactMap(\.name).sorted() == ["Kari Nordmann", "Ola Hansen"])
    }

    @Test func recognisedByContent() throws {
        #expect(ELANImporter.recognizes(ImportFile(displayName: "session.xml", data: try real("dopefishh-pympi/fto.eaf"))))
        #expect(!ELANImporter.recognizes(ImportFile(displayName: "a.eaf", data: Data(#"<interview xmlns="urn:thematic:interview:1"/>"#.utf8))))
    }

    /// The shape of a home recording coded on ACLEW's template (round 9 of real files, hand-written here): each
    /// speaker's tier names its PARTICIPANT; the template's `code`, `code_num`, `on_off`, `context` and `note` tiers,
    /// top-level, time-aligned and of the speakers' own type, name none and hold sampling marks: no speakers.
    @Test func templateTiersThatNameNoParticipantAreNotSpeakers() throws {
        let tiers = """
            <TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="code">\(annotation("a1", 1, 5, "sampled"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="code_num">\(annotation("a2", 1, 5, "2"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="on_off">\(annotation("a3", 1, 5, "1000_5000"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="context">\(annotation("a4", 1, 5, "kitchen, before lunch"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="utt" TIER_ID="sampling">\(annotation("a5", 1, 5, "random sample five minutes"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="CHI" TIER_ID="CHI">\(annotation("a6", 1, 2, "agua"))\(annotation("a7", 3, 4, "no quiero"))</TIER>
            <TIER LINGUISTIC_TYPE_REF="utt" PARTICIPANT="FA1" TIER_ID="FA1">\(annotation("a8", 2, 3, "querés agua?"))</TIER>
            """
        let document = try read(eaf(times: [0, 1000, 2000, 3000, 5000], tiers: tiers))
        #expect(document.turns.map(\.label) == ["CHI", "FA1", "CHI"])
        #expect(document.turns.map(\.text) == ["agua", "querés agua?", "no quiero"])
        #expect(document.findings.map(\.message).contains("1 top-level tiers that name no PARTICIPANT where the speakers' tiers name theirs left out: not speech"))
        #expect(document.findings.map(\.message).contains("4 comment, note, marker, gesture, event or translation tiers left out: not speech"))
    }
}
