import Foundation
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

        let review = try Anonymizer(study: context.corpus.study).anonymize([interview]).review
        #expect(review.filter { UnknownWords.reasons.contains($0.reason) }.map(\.text).sorted() == ["Qwymbelstad", "Zyxwort"])
    }
}
