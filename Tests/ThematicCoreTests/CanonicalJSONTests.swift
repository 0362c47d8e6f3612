import Foundation
import Testing
import ThematicCore

/// Splicing a large array into a file gives the bytes one encoder gives for the whole file.
@Suite struct CanonicalJSONTests {
    struct Item: Encodable, Sendable {
        var interview: String
        var startAt: Int
        var text: String
        var tags: [String]
        var nested: [String: Double]
    }

    struct File: Encodable {
        var analysisCoders: [String]
        var codebook: String
        var codings: [Item]
        var unit: String
    }

    @Test(arguments: [0, 1, 2, 5000, 9001])
    func splicedEqualsWhole(count: Int) throws {
        let texts = ["plain", "quote \" and \\ back", "line\nbreak\ttab", "\u{1}\u{7F}\u{2028} é æøå 🙂", "path/with/slashes", ""]
        let items = (0..<count).map { index in
            Item(interview: "T\(index % 37)", startAt: index * 7 - 3, text: texts[index % texts.count], tags: index % 3 == 0 ? [] : ["a", "b\(index)"],
                 nested: index % 4 == 0 ? [:] : ["share": Double(index) / 7, "z": -0.5])
        }
        let whole = try CanonicalJSON.encode(File(analysisCoders: ["auto"], codebook: "codebook.yaml", codings: items, unit: "sentence"))
        let spliced = try CanonicalJSON.encode(File(analysisCoders: ["auto"], codebook: "codebook.yaml", codings: [], unit: "sentence"),
                                               splicing: items, as: "codings", jobs: 3)
        #expect(spliced == whole)
    }

    @Test func aKeyThatIsNotAnEmptyTopLevelArrayIsRefused() {
        #expect(throws: Diagnostic.self) {
            try CanonicalJSON.encode(File(analysisCoders: [], codebook: "c", codings: [], unit: "u"),
                                     splicing: [Item(interview: "T", startAt: 0, text: "", tags: [], nested: [:])], as: "unit")
        }
    }
}
