import Foundation
import Testing
import ThematicCore
@testable import AnonymizationStage

/// Runs every recognizer's examples through the whole anonymizer, as SwiftLint runs a rule's examples.
@Suite("Anonymization recognizers")
struct RecognizerTests {
    static let anonymizer: Anonymizer = try! Anonymizer(study: Study(id: "s", title: "t", participants: []))

    /// An example's language and text: "[nb] han er «87» år" is Norwegian, an example without a tag English.
    static func language(of example: String) -> (language: String, text: String) {
        guard example.hasPrefix("["), let close = example.firstIndex(of: "]") else { return ("en", example) }
        return (String(example[example.index(after: example.startIndex)..<close]), String(example[example.index(close, offsetBy: 2)...]))
    }

    func anonymized(_ example: String) -> (text: String, types: [String]) {
        let (language, text) = Self.language(of: example)
        let interview = Interview(id: "P1", participant: "P1", language: language, turns: [Turn(index: 0, speaker: "P1", content: [.text(text)])], source: "P1.xml")
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
        #expect(!marked.isEmpty)
        let result = anonymized(text)
        #expect(!result.text.contains(marked), "\(type): «\(marked)» survived in \(result.text)")
        #expect(result.types.contains(type), "\(type): found \(result.types) in \(result.text)")
    }

    @Test(arguments: nonTriggering)
    func doesNotTrigger(type: String, example: String) {
        let result = anonymized(example)
        #expect(result.types.isEmpty, "\(type): \(example) became \(result.text)")
    }

    /// A wholly lower-cased interview as speech-to-text writes it (examples ours): what natural speech says about a
    /// person goes, the fillers and counts around it stay.
    @Test func lowerCasedSpeechToText() {
        let turns = ["ehm, altså, mora mi er rundt åttiåtte nå og bor alene på 7633 hegra",
                     "liksom, kollegaen min kari sa at bilen med sv 40211 sto ute hele natta",
                     "hun er født i 1931 og vi hadde møte 6/5-23, og så har vi tjue brukere og åtti ansatte",
                     "my colleague kari said she's in her mid-nineties, and i've got twenty patients"]
        let interview = Interview(id: "P1", participant: "P1", language: "nb",
                                  turns: turns.enumerated().map { Turn(index: $0.offset, speaker: "P1", content: [.text($0.element)]) }, source: "P1.xml")
        let texts = Self.anonymizer.anonymize([interview]).interviews[0].turns.map(\.text)
        for gone in ["åttiåtte", "hegra", "kari", "40211", "1931", "6/5-23", "mid-nineties"] {
            #expect(!texts.contains { $0.contains(gone) }, "\(gone) survived: \(texts)")
        }
        for kept in ["ehm, altså", "liksom", "tjue brukere", "åtti ansatte", "twenty patients", "i've got", "bilen med", "sto ute"] {
            #expect(texts.contains { $0.contains(kept) }, "\(kept) was replaced: \(texts)")
        }
    }

    @Test(arguments: VehiclePlateRecognizer.postcodesNotPlates)
    func stateCodesAndPostcodesAreNoPlates(example: String) {
        let result = anonymized(example)
        #expect(!result.types.contains(IdentifierType.other.rawValue), "\(example) became \(result.text)")
    }

    /// Check digits worked out by hand (weights 3 7 6 1 8 9 4 5 2, then 5 4 3 2 7 6 5 4 3 2 over the first ten;
    /// k = 11 − sum mod 11, 11 → 0, 10 → no valid number):
    /// - 311299345: sum 219, 219 mod 11 = 10, k1 = 1; then sum 191, 191 mod 11 = 4, k2 = 7 → 31129934517
    /// - 271160100: sum 114, mod 11 = 4, k1 = 7; then 104, mod 11 = 5, k2 = 6 → 27116010076
    /// - D-number 410190123 (day 01 + 40): sum 112, mod 11 = 2, k1 = 9; then 129, mod 11 = 8, k2 = 3 → 41019012393
    /// - D-number 550872498 (day 15 + 40): sum 209, mod 11 = 0, k1 = 11 → 0; then 202, mod 11 = 4, k2 = 7 → 55087249807
    static let nationalIDs: [(number: String, valid: Bool)] = [
        ("31129934517", true), ("27116010076", true), ("41019012393", true), ("55087249807", true),
        ("31129934518", false),  // second check digit off by one
        ("27116010086", false),  // first check digit changed
        ("41019012339", false),  // check digits swapped
        ("12345678901", false),  // no such check digits
        ("32129934517", false),  // day 32 does not exist (check digits not even reached)
        ("31139934517", false),  // month 13 does not exist
        ("2711601007", false),   // ten digits
    ]

    @Test(arguments: nationalIDs)
    func nationalIDChecksum(_ case: (number: String, valid: Bool)) {
        #expect(NationalIDRecognizer.isValid(`case`.number) == `case`.valid, "\(`case`.number)")
    }
}

/// The recognizer list is kept by hand, so a test holds it to the sources: every `Recognizer` declared under
/// Recognizers/ runs, and each carries examples of both kinds (its tests).
@Suite("Recognizer registry")
struct RecognizerRegistryTests {
    static func declaredRecognizers() throws -> Set<String> {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Stages/Anonymization/Recognizers")
        var names: Set<String> = []
        let declaration = try Regex(#"(?m)^\s*(?:public\s+|internal\s+|fileprivate\s+)?(?:struct|final class|class|enum)\s+(\w+)\s*:[^{]*\bRecognizer\b"#)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in source.matches(of: declaration) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }

    @Test func everyDeclaredRecognizerRuns() throws {
        let declared = try Self.declaredRecognizers()
        let running = Set(allRecognizers.map { String(describing: type(of: $0)) })
        #expect(!declared.isEmpty)
        #expect(declared.subtracting(running).isEmpty, "declared but not in allRecognizers: \(declared.subtracting(running).sorted())")
        #expect(running.subtracting(declared).isEmpty, "in allRecognizers but not found under Recognizers/: \(running.subtracting(declared).sorted())")
    }

    @Test func everyRecognizerCarriesExamplesOfBothKinds() {
        for recognizer in allRecognizers {
            let kind = type(of: recognizer)
            #expect(!kind.triggering.isEmpty && !kind.nonTriggering.isEmpty, "\(kind) needs examples that trigger and that do not")
        }
    }
}
