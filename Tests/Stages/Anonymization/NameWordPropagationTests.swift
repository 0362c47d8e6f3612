import Testing
import ThematicCore
@testable import AnonymizationStage

/// A name that is also a word, once a naming verb or the conversation has made it someone's name, is looked for again
/// where the context says a name (examples ours).
@Suite("Names that are words, found again")
struct NameWordPropagationTests {
    static let anonymizer: Anonymizer = try! Anonymizer(study: Study(id: "s", title: "t", participants: []))

    func anonymized(_ texts: [String], language: String) -> [String] {
        let interview = Interview(id: "P1", participant: "P1", language: language,
                                  turns: texts.enumerated().map { Turn(index: $0.offset, speaker: "P1", content: [.text($0.element)]) }, source: "P1.xml")
        return Self.anonymizer.anonymize([interview]).interviews[0].turns.map(\.text)
    }

    @Test func nameGivenByANamingVerbIsFoundAgainInNameContext() {
        let texts = anonymized(["Vi fikk en ny vikar i fjor, han heite Storm, og han er flink.", "Etterpå ringte jeg Storm og spurte om nøkkelen."], language: "nb")
        #expect(!texts[1].contains("Storm"), "\(texts[1])")
    }

    /// A cue before it ("my colleague max") makes it a name as much as a naming verb does; found again where the
    /// context says a name ("it was max who found him", "thank you max"), not as the word ("max two hours").
    @Test func nameAfterACueIsFoundAgainInNameContext() {
        let texts = anonymized(["i called my colleague max about it and it was max who found him", "we stay max two hours there"], language: "en")
        #expect(!texts[0].contains("max"), "\(texts[0])")
        #expect(texts[1].contains("max two hours"), "\(texts[1])")
        let thanked = anonymized(["okay that was all thank you max"], language: "en")
        #expect(!thanked[0].contains("max"), "\(thanked[0])")
    }

    @Test func theWordItselfStays() {
        let texts = anonymized(["Han heite Storm, han som kjører natt.", "Det var storm i natt, og strømmen gikk."], language: "nb")
        #expect(texts[1].contains("storm i natt"), "\(texts[1])")
    }
}

/// Words around a name that are not part of it stay, and are not looked for elsewhere (examples ours).
@Suite("Words next to names")
struct WordsNextToNamesTests {
    func anonymized(_ texts: [String], language: String) -> [String] {
        let interview = Interview(id: "P1", participant: "P1", language: language,
                                  turns: texts.enumerated().map { Turn(index: $0.offset, speaker: "P1", content: [.text($0.element)]) }, source: "P1.xml")
        return NameWordPropagationTests.anonymizer.anonymize([interview]).interviews[0].turns.map(\.text)
    }

    @Test func aStanceWordBetweenTheNamingVerbAndTheNameStays() {
        let texts = anonymized(["Eg heter forresten Kenneth og jobber natt.", "Forresten var det kaldt."], language: "nb")
        #expect(!texts[0].contains("Kenneth") && texts[0].contains("forresten"), "\(texts[0])")
        #expect(texts[1].contains("Forresten"), "\(texts[1])")
    }

    @Test func thePronounAfterALowerCasedFullNameStays() {
        let texts = anonymized(["ja det var espen karlsen han var ny da og hans bil sto ute", "og så sa han at hans mor var syk"], language: "nb")
        #expect(texts[0].contains(" han var ny") && texts[1].contains("hans mor"), "\(texts)")
    }
}
