import Foundation
import Testing
import ThematicBuiltInImporters
import ThematicCore
@testable import ThematicImport
import ThematicTestSupport

/// A numbered heading (`Model 1:`, `Panel 2:`) is no speaker label by itself, but a focus group whose panels speak as
/// `Panel 1:` and `Panel 2:` is still importable: the refusal tells the user to name them with `--speaker`, and a
/// label the user named is a speaker whatever its shape.
@Suite("numbered headings the user names as speakers")
struct NumberedHeadingSpeakerTests {
    static let focusGroup = """
        Moderator: Welcome everyone. Could each panel say how the new rota works for you?
        Panel 1: It works badly for us. We lose the handover.
        Panel 2: For us it is fine, we start earlier anyway.
        Moderator: What would you change?
        Panel 1: Give us fifteen more minutes at the end of the shift.
        Panel 2: Nothing really, maybe the weekends.
        """

    @Test func panelsNamedWithSpeakerAreSpeakers() throws {
        let file = ImportFile(displayName: "panel.txt", data: Data(Self.focusGroup.utf8))
        let registry = ImporterRegistry(BuiltInImporters.all)
        // Unnamed, the panels read as headings: no participant speaks, and the refusal says how to name them.
        let refused = #expect(throws: Diagnostic.self) { try StudyImport(registry: registry).importStudy([file], settings: .init()) }
        #expect(refused?.message.contains("--speaker") == true)
        let settings = StudyImport.Settings(speakers: try SpeakerSettings(speakers: ["Panel 1=P01", "Panel 2=P02"]))
        let study = try StudyImport(registry: registry).importStudy([file], settings: settings)
        let turns = study.interviews[0].turns
        #expect(turns.map(\.speaker) == ["I1", "P01", "P02", "I1", "P01", "P02"])
        #expect(!turns.contains { $0.text.contains("Panel") }, "a panel's words were merged into another speaker's turn")
    }

    @Test func anUnnamedHeadingIsStillNoSpeaker() {
        #expect(!SpeakerLabel.isPlausible("Panel 2"))
        #expect(!SpeakerLabel.isPlausible("Model 1", known: ["panel 2"]))
        #expect(SpeakerLabel.isPlausible("Panel 2", known: ["panel 2"]))
    }
}
