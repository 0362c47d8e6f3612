import Foundation
import Testing
import ThematicCore
import ThematicImport
import ThematicTestSupport
import CHATImporter

/// Hand-written samples of the shapes real CHAT corpora take (round 6 of real files: CHILDES, a Spanish and a Danish
/// TalkBank excerpt); no corpus text.
@Suite("CHAT importer")
struct CHATImporterTests {
    func read(_ text: String, name: String = "t.cha") throws -> ImportedDocument {
        try CHATImporter(options: StageOptions(specs: CHATImporter.descriptor.options)).read(ImportFile(displayName: name, data: Data(text.utf8)))
    }

    /// The spoken words with single spaces (an event between words leaves a space on each side).
    func words(_ turn: ImportedTurn) -> String { turn.text.split(separator: " ").joined(separator: " ") }

    func events(_ turn: ImportedTurn) -> [String] {
        turn.content.compactMap { node in
            guard case .element(let element) = node, element.name == InlineElement.eventName else { return nil }
            return element.children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
        }
    }

    let header = """
        @UTF8
        @Begin
        @Languages:\tnob, eng
        @Participants:\tINV Kari_Nordmann Investigator, CHI Ola Target_Child, MOT Mother, FAT Father
        @ID:\tnob|sample|INV|||||Investigator|||
        @Date:\t03-MAR-2021
        @Location:\tOslo
        @Comment:\tnot metadata we keep

        """

    @Test func mainTiersAreTurnsAndDependentTiersAreLeftOut() throws {
        let document = try read(header + """
            *INV:\twhat did you do today ? \u{15}1000_2500\u{15}
            %mor:\tpro:int|what v|do&PAST pro|you n|today ?
            %gra:\t1|3|OBJ 2|3|AUX 3|0|ROOT
            *CHI:\twe went to the park . \u{15}2600_4000\u{15}
            *CHI:\tand the zoo . \u{15}4100_5200\u{15}
            *MOT:\tyes\u{15}5300_5900\u{15}
            @End
            """)
        #expect(document.turns.map(\.label) == ["INV", "CHI", "MOT"])
        #expect(document.turns.map(\.text) == ["what did you do today?", "we went to the park. and the zoo.", "yes"])
        #expect(document.turns.map(\.start) == [1, 2.6, 5.3])
        #expect(document.turns.map(\.end) == [2.5, 5.2, 5.9])
        #expect(document.findings.map(\.message).contains("left out as analyses beside the speech, not speech: %gra ×1, %mor ×1"))
    }

    @Test func participantsGiveRolesNamesAndTheLanguage() throws {
        let document = try read(header + "*INV:\thei .\n*CHI:\thei .\n*MOT:\thallo .\n@End\n")
        #expect(document.language == "nb")
        #expect(document.declaredSpeakers == [
            DeclaredSpeaker(label: "CHI", role: .participant, name: "Ola"),
            DeclaredSpeaker(label: "INV", role: .interviewer, name: "Kari Nordmann"),
            DeclaredSpeaker(label: "MOT", role: nil, name: nil),
        ])
        #expect(document.metadata.map(\.kind) == [.date, .setting])
    }

    @Test func codesAreLeftOutAndTheWordsStayReadable() throws {
        let document = try read(header + """
            *CHI:\t<I want> [/] I want (es)cucha &-uh the dog@c [: doggie] [* s] 0is big_house [= the red one] .
            *INV:\t<you know> [>] it (.) goes +...
            *CHI:\t&=laughs xxx (..) www &+fr friend [+ IMP] [=! whispers] +/.
            *INV:\tand then
            \twhat happened ?
            @End
            """)
        #expect(document.turns.map(words) == [
            "I want I want escucha uh the dog big house.",
            "you know it goes...",
            "fr friend ...",
            "and then what happened?",
        ])
        #expect(events(document.turns[2]) == ["laughs", "unintelligible", "pause", "untranscribed", "whispers"])
    }

    @Test func commentsBecomeNotesOfTheTurnTheyFollow() throws {
        let document = try read(header + "*CHI:\tlook .\n%com:\tpoints at the window\n@End\n")
        #expect(events(document.turns[0]) == ["points at the window"])
    }

    /// The example in Fixtures/import (invented, in CHAT's shape) that Docs/Importing.md points to.
    @Test func theBundledExampleReads() throws {
        let data = try TestSupport.importFixture("child-language.cha")
        let document = try CHATImporter(options: StageOptions(specs: [])).read(ImportFile(displayName: "child-language.cha", data: data))
        #expect(document.turns.map(\.label) == ["INV", "CHI", "MOT", "INV", "CHI"])
        #expect(words(document.turns[1]) == "a tower a tower for the uh dinosaur. it falls down...")
        #expect(document.turns[1].start == 2.1)
        #expect(document.turns[1].end == 7.9)
        #expect(document.declaredSpeakers.first { $0.label == "CHI" }?.name == "Mia")
    }

    @Test func recognizesTheHeaderAndRefusesWhatIsNotCHAT() throws {
        #expect(CHATImporter.recognizes(ImportFile(displayName: "x.txt", data: Data("@UTF8\n@Begin\n".utf8))))
        #expect(CHATImporter.recognizes(ImportFile(displayName: "x.txt", data: Data("@Begin\n".utf8))))
        #expect(!CHATImporter.recognizes(ImportFile(displayName: "x.txt", data: Data("Interviewer: hello\n".utf8))))
        #expect(throws: Diagnostic.self) { try read("Interviewer: hello\n") }
        #expect(throws: Diagnostic.self) { try read("@UTF8\n@Begin\n@End\n") }
    }

    /// A CHAT file converted from an ELAN file coded on ACLEW's template (round 9 of real files, hand-written here):
    /// the coding tiers come out under speakers' sigils (`*note:`, `*code_num:`, `*on_off:`, `*context:`), declared
    /// as participants; they are annotations, not speakers, and their numbers are no one's words.
    @Test func annotationTiersWrittenAsSpeakersAreLeftOut() throws {
        let document = try read("""
            @UTF8
            @Begin
            @Languages:\tspa
            @Participants:\tCODE Participant, CODE_NUM
            \tParticipant, ON_OFF Participant, NOTE Participant, CHI Target_Child, FA1 Participant
            *note:\tRandomSampling para variation sets \u{15}1000_5000\u{15}
            *context:\t \u{15}1000_5000\u{15}
            *code_num:\t2 \u{15}1200_4000\u{15}
            *code:\t \u{15}1200_4000\u{15}
            *on_off:\t1200_4000 \u{15}1200_4000\u{15}
            *CHI:\tagua . \u{15}1300_1800\u{15}
            %xds:\tA
            *FA1:\tquerés agua ? \u{15}2000_2600\u{15}
            @End
            """)
        #expect(document.turns.map(\.label) == ["CHI", "FA1"])
        #expect(document.declaredSpeakers.map(\.label) == ["CHI", "FA1"])
        #expect(document.findings.map(\.message).contains(
            "left out as annotations of the recording written as speakers (notes, codes, context, on/off marks), not speech: *code ×1, *code_num ×1, *context ×1, *note ×1, *on_off ×1"))
    }
}
