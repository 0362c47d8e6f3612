import Foundation
import Testing
import ThematicCore
@testable import AnonymizationStage

/// The cue files are data a method researcher edits to add a language; these tests keep them readable and show what a
/// transcript's `language` changes.
@Suite("Anonymization languages")
struct LanguageCuesTests {
    static let languages = try! Languages.bundled()

    @Test(arguments: ["en", "nb", "nn"])
    func bundledLanguageHasTheCueListsRecognizersRead(code: String) throws {
        let cues = try #require(Self.languages.byCode[code])
        #expect(cues.capitalsMarkNames)
        for (name, path) in LanguageCues.wordLists where !["document-compounds"].contains(name) {
            #expect(!cues[keyPath: path].isEmpty, "\(code): [\(name)] is empty")
        }
        #expect(cues.months.count >= 12)
        #expect(!cues.ageCuesBefore.isEmpty)
    }

    @Test func undeclaredOrUnbundledLanguageReadsEveryCueButTrustsNoCapitals() {
        for tag in ["", "de", "de-DE", "xx"] {
            let cues = Self.languages.cues(for: tag)
            #expect(!cues.capitalsMarkNames, "\(tag)")
            #expect(cues.agePersonWords.isSuperset(of: ["she", "hun", "ho"]), "\(tag)")
        }
        #expect(Self.languages.cues(for: "nb-NO").code == "nb")
        #expect(Self.languages.cues(for: "no").capitalsMarkNames)
        #expect(Self.languages.cues(for: "en-GB").code == "en")
    }

    @Test func unknownSectionIsAnErrorNamingFileAndLine() {
        let text = "[titles]\ndr\n\n[person-cues-befor]\nkollega\n"
        #expect {
            _ = try LanguageCues.parse(text, code: "xx", file: "languages/xx.txt")
        } throws: { error in
            "\(error)".contains("languages/xx.txt:4") && "\(error)".contains("[person-cues-befor]")
        }
        #expect(throws: LanguageCuesError.self) { try LanguageCues.parse("kollega\n", code: "xx", file: "x") }
        #expect(throws: LanguageCuesError.self) { try LanguageCues.parse("[months]\nmai=13\n", code: "xx", file: "x") }
    }

    /// A German transcript capitalises its nouns: with the safety net on they would all go. The language decides.
    @Test func capitalsCountOnlyWhereTheLanguageSaysSo() throws {
        let anonymizer = try Anonymizer(study: Study(id: "s", title: "t", participants: []))
        let sentence = "Die Pflegekräfte nutzen das Tablett jeden Morgen mit Zyxwort."
        func replaced(_ language: String) -> Int {
            let interview = Interview(id: "P1", participant: "P1", language: language, turns: [Turn(index: 0, speaker: "P1", content: [.text(sentence)])], source: "P1.xml")
            return anonymizer.anonymize([interview]).entities.count
        }
        #expect(replaced("de") == 0)
        #expect(replaced("en") > 0)
    }
}
