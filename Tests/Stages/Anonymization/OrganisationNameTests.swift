import Testing
import ThematicCore
@testable import AnonymizationStage

/// A company found with its legal form is said without it too ("Dikema AS" … "at Dikema"): the name alone gets the
/// company's label wherever it stands, and a name that is a word or a first name stays (examples ours).
@Suite("Organisation names without their legal form")
struct OrganisationNameTests {
    func anonymized(_ texts: [String], language: String = "en") -> [String] {
        let interview = Interview(id: "P1", participant: "P1", language: language,
                                  turns: texts.enumerated().map { Turn(index: $0.offset, speaker: "P1", content: [.text($0.element)]) }, source: "P1.xml")
        return NameWordPropagationTests.anonymizer.anonymize([interview]).interviews[0].turns.map(\.text)
    }

    @Test func theNameAloneGetsTheCompanysLabel() {
        let texts = anonymized(["The alarms came from Brokvane AS that winter.", "We rang Brokvane, as usual, and nobody answered.",
                                "brokvane sent a man the next day"])
        #expect(texts[0].contains("[organisation 1]") && !texts[0].contains("Brokvane"), "\(texts[0])")
        #expect(texts[1].contains("[organisation 1]") && !texts[1].contains("Brokvane"), "\(texts[1])")
        #expect(texts[2].contains("[organisation 1]") && !texts[2].contains("brokvane"), "\(texts[2])")
    }

    @Test func aNameThatIsAWordOrAFirstNameStays() {
        #expect(PropagationIndex.nameWithoutLegalForm(["care", "as"], NameWordPropagationTests.anonymizer.gazetteer) == nil)
        #expect(PropagationIndex.nameWithoutLegalForm(["kari", "as"], NameWordPropagationTests.anonymizer.gazetteer) == nil)
        #expect(PropagationIndex.nameWithoutLegalForm(["brokvane", "omsorg", "as"], NameWordPropagationTests.anonymizer.gazetteer) == ["brokvane", "omsorg"])
        #expect(PropagationIndex.nameWithoutLegalForm(["blueline", "care", "systems"], NameWordPropagationTests.anonymizer.gazetteer) == nil)
        let texts = anonymized(["The app was made by Safe Care AS in Bergen.", "Safe care matters to us."])
        #expect(texts[1].contains("Safe care matters"), "\(texts[1])")
    }
}
