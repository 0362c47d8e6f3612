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

    struct Two: Encodable {
        var a: [Item]
        var middle: String
        var z: [Item]
    }

    /// Two arrays spliced at once, the first and the last key of the file (as themes.json splices its nodes and
    /// co-occurrences, and the key its entities and review list).
    @Test(arguments: [(0, 3), (1, 0), (2500, 1), (3, 4100)])
    func twoSplicesAtTheEdgesEqualWhole(counts: (Int, Int)) throws {
        func items(_ count: Int, _ tag: String) -> [Item] {
            (0..<count).map { Item(interview: "\(tag)\($0)", startAt: $0, text: "\"a\" : [", tags: [tag], nested: ["x": Double($0)]) }
        }
        let (first, last) = (items(counts.0, "a"), items(counts.1, "z"))
        let whole = try CanonicalJSON.encode(Two(a: first, middle: "  \"z\" : [\n\n  ]", z: last))
        var out = ArtifactWriter()
        try CanonicalJSON.write(Two(a: [], middle: "  \"z\" : [\n\n  ]", z: []), splicing: [.init(last, as: "z"), .init(first, as: "a")], jobs: 2, to: &out)
        #expect(out.buffer == whole)
    }

    @Test func aKeyThatIsNotAnEmptyTopLevelArrayIsRefused() {
        #expect(throws: Diagnostic.self) {
            try CanonicalJSON.encode(File(analysisCoders: [], codebook: "c", codings: [], unit: "u"),
                                     splicing: [Item(interview: "T", startAt: 0, text: "", tags: [], nested: [:])], as: "unit")
        }
    }
}
