import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
@testable import ThematicImport
import ThematicTestSupport

/// A numbered heading (`Model 1:`, `Table 2:`) is no speaker label by itself, but the words focus groups name their
/// speakers by (`Panel 1:`, `Part 2:`, `Stage 1:`) are no headings, and a label the user named with `--speaker` is a
/// speaker whatever its shape.
@Suite("numbered headings the user names as speakers")
struct NumberedHeadingSpeakerTests {
    static func focusGroup(_ first: String, _ second: String) -> String {
        """
        Moderator: Welcome everyone. Could each of you say how the new rota works for you?
        \(first): It works badly for us. We lose the handover.
        \(second): For us it is fine, we start earlier anyway.
        Moderator: What would you change?
        \(first): Give us fifteen more minutes at the end of the shift.
        \(second): Nothing really, maybe the weekends.
        """
    }

    @Test(arguments: [("Panel 1", "Panel 2"), ("Part 1", "Part 2"), ("Stage 1", "Stage 2"), ("Del M", "Anna")])
    func focusGroupLabelsAreNoHeadings(_ first: String, _ second: String) throws {
        let file = ImportFile(displayName: "group.txt", data: Data(Self.focusGroup(first, second).utf8))
        let study = try StudyImport(registry: ImporterRegistry(BuiltInImporters.all)).importStudy([file], settings: .init())
        #expect(study.interviews[0].turns.map(\.speaker) == ["I1", "P01", "P02", "I1", "P01", "P02"])
    }

    @Test func headingsNamedWithSpeakerAreSpeakers() throws {
        let file = ImportFile(displayName: "models.txt", data: Data(Self.focusGroup("Model 1", "Model 2").utf8))
        let registry = ImporterRegistry(BuiltInImporters.all)
        // Unnamed, `Model 1` and `Model 2` read as headings: no participant speaks, and the refusal says how to name them.
        let refused = #expect(throws: Diagnostic.self) { try StudyImport(registry: registry).importStudy([file], settings: .init()) }
        #expect(refused?.message.contains("--speaker") == true)
        let settings = StudyImport.Settings(speakers: try SpeakerSettings(speakers: ["Model 1=P01", "Model 2=P02"]))
        let study = try StudyImport(registry: registry).importStudy([file], settings: settings)
        let turns = study.interviews[0].turns
        #expect(turns.map(\.speaker) == ["I1", "P01", "P02", "I1", "P01", "P02"])
        #expect(!turns.contains { $0.text.contains("Model") }, "a speaker's words were merged into another speaker's turn")
    }

    @Test func anUnnamedHeadingIsStillNoSpeaker() {
        #expect(!SpeakerLabel.isPlausible("Table 2"))
        #expect(!SpeakerLabel.isPlausible("Model 1", known: ["table 2"]))
        #expect(SpeakerLabel.isPlausible("Table 2", known: ["table 2"]))
    }
}
