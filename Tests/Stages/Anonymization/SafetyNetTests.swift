import Foundation
import ThematicPipeline
import ThematicTestSupport
import Testing
import ThematicCore
@testable import AnonymizationStage

/// The safety net's guesses are replaced, listed for review with their reason, and counted in the stage's report.
@Suite("Anonymization safety net")
struct SafetyNetTests {
    @Test func guessesAreReplacedListedForReviewAndCounted() throws {
        let text = "We met Zyxwort and Qwymbelstad at the depot. In May we plan ahead with Teams."
        let interview = Interview(id: "P1", participant: "P1", language: "en", turns: [Turn(index: 0, speaker: "P1", content: [.text(text)])], source: "P1.xml")
        let context = StageContext(corpus: Corpus(study: Study(id: "s", title: "t", participants: []), interviews: [interview]), jobs: 1)
        try Anonymization(options: StageOptions(validating: [:], against: Anonymization.descriptor.options, stage: "anonymization")).run(in: context)

        let anonymized = String(decoding: try #require(context.artifacts["anonymized/P1.xml"]), as: UTF8.self)
        #expect(!anonymized.contains("Zyxwort") && !anonymized.contains("Qwymbelstad"))
        #expect(anonymized.contains("In May we plan ahead with Teams."))

        let report = try JSONSerialization.jsonObject(with: try #require(context.artifacts["anonymization.json"])) as? [String: Any]
        #expect(report?["unknown_names"] as? Int == 2)
        #expect(report?["for_review"] as? Int ?? 0 >= 2)

        let review = try Anonymizer(study: context.finalCorpus.study).anonymize([interview]).review
        #expect(review.filter { UnknownWords.reasons.contains($0.reason) }.map(\.text).sorted() == ["Qwymbelstad", "Zyxwort"])
    }

    /// A capitalised word at a sentence start that the same interview writes in lower case inside a cased sentence is a
    /// word ("Tusind, Zyxwort." with "tusind" elsewhere); a name keeps its capital everywhere, also at a sentence start,
    /// and a lower-case spelling inside an e-mail address or a lower-cased sentence is no evidence.
    @Test func aSentenceStartGuessTheInterviewWritesInLowerCaseStays() throws {
        let turns = ["Tusind, Zyxwort. Velkomstig, Qwymbel.", "Vi sa tusind for kaffen. Skriv til velkomstig.qwymbel@example.no.",
                     "ja vi sa zyxwort da"]
        let interview = Interview(id: "P1", participant: "P1", language: "nb",
                                  turns: turns.enumerated().map { Turn(index: $0.offset, speaker: "P1", content: [.text($0.element)]) }, source: "P1.xml")
        let review = try Anonymizer(study: Study(id: "s", title: "t", participants: [])).anonymize([interview]).review
        let guesses = review.filter { UnknownWords.reasons.contains($0.reason) }.map(\.text)
        #expect(!guesses.contains("Tusind"))
        #expect(guesses.contains("Velkomstig"))
    }

    /// A name that is also a word, found in a possessive ("Bill's gonna ask", name context), is protected as the name
    /// is, where the context says a name: the gate had protected the form "Bill's" everywhere, and refused a real podcast
    /// transcript for a sentence-initial "Bill's like, …" that propagation, by the same matcher, rightly left.
    @Test func aPossessiveOfANameThatIsAWordIsProtectedAsTheName() throws {
        let turns = ["Do you remember this at all, Adam? At some point, Bill's gonna ask to fight me.",
                     "We get a couple of beers in. Bill's like, do you wanna fight?"]
        let interview = Interview(id: "P1", participant: "P1", language: "en",
                                  turns: turns.enumerated().map { Turn(index: $0.offset, speaker: "P1", content: [.text($0.element)]) }, source: "P1.xml")
        let result = try Anonymizer(study: Study(id: "s", title: "t", participants: [])).anonymize([interview])
        #expect(result.entities.contains { $0.originals.contains("Bill's") }, "\(result.entities)")
        #expect(!result.protectedStrings.contains { $0.text == "Bill's" }, "\(result.protectedStrings)")
    }

    /// A date is not looked for again, so the gate protects only one that says something in two words: "on the 28th"
    /// found, "The 28th would be good" at a sentence start left, must not refuse the run; "14 March 2022" stays protected.
    @Test func aDayOfTheMonthAloneIsNoProtectedForm() throws {
        let turns = ["The 28th would be good, people might be out on the 28th.", "We started on 14 March 2022 with the new alarms."]
        let interview = Interview(id: "P1", participant: "P1", language: "en",
                                  turns: turns.enumerated().map { Turn(index: $0.offset, speaker: "P1", content: [.text($0.element)]) }, source: "P1.xml")
        let result = try Anonymizer(study: Study(id: "s", title: "t", participants: [])).anonymize([interview])
        let dates = result.entities.filter { $0.type == .date }.flatMap(\.originals)
        #expect(dates.contains { $0.contains("28th") } && dates.contains { $0.contains("14 March 2022") }, "\(dates)")
        #expect(!result.protectedStrings.contains { $0.text.contains("28th") }, "\(result.protectedStrings)")
        #expect(result.protectedStrings.contains { $0.text.contains("14 March 2022") }, "\(result.protectedStrings)")
    }
}

/// Labels and the key are read by people: a city must not come out as `[person 4]`.
@Suite("Anonymization types")
struct ReplacementTypeTests {
    /// Gold types of `Tests/Resources/anonymization-ext-dev` and the entity types that count as right for them.
    static let accepted: [String: Set<IdentifierType>] = [
        "city": [.place], "org": [.organisation, .workplace], "zip": [.postcode], "person": [.person], "address": [.address],
        "phone": [.phone], "email": [.email], "url": [.url], "age": [.age], "dob": [.date],
        "id": [.nationalID, .cardNumber, .accountNumber, .ipAddress, .other],
    ]

    /// Of the gold identifiers replaced as one entity, the share whose entity has the right type (0.960 today).
    @Test func internationalIdentifiersCarryTheirType() throws {
        let corpus = TestSupport.resource("anonymization-ext-dev")
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".xml") }.sorted()
        let (interviews, _) = try CorpusLoader(jobs: 2).load(files.map { (corpus.appendingPathComponent($0).path, $0) })
        let result = try Anonymizer(study: Study(id: "s", title: "t", participants: [])).anonymize(interviews, jobs: 2)
        var types: [String: Set<IdentifierType>] = [:]
        for entity in result.entities { for original in entity.originals { types[original, default: []].insert(entity.type) } }

        struct Gold: Decodable { struct Entity: Decodable { var text: String; var type: String }; var entities: [Entity] }
        let gold = try JSONDecoder().decode([String: Gold].self, from: Data(contentsOf: corpus.appendingPathComponent("gold.json")))
        var right = 0, wrong = 0
        for entity in gold.values.flatMap({ $0.entities }) {
            guard let accepted = Self.accepted[entity.type], let found = types[entity.text] else { continue }
            if found.isDisjoint(with: accepted) { wrong += 1 } else { right += 1 }
        }
        let share = Double(right) / Double(max(1, right + wrong))
        #expect(right + wrong > 1_500)
        #expect(share >= 0.95, "types right for \(right) of \(right + wrong) identifiers (\(share))")
    }
}
