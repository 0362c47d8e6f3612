@testable import AnonymizationStage
import Foundation
import Testing
import ThematicCore

/// A review list spilled to a scratch file in blocks reads back exactly — any range, across block boundaries — and
/// splices into the key as the list held in memory encodes.
@Suite struct ReviewListTests {
    static func items(_ count: Int) -> [Anonymizer.Review] {
        (0..<count).map { index in
            Anonymizer.Review(interview: String(format: "I%04d", index / 13), turn: index % 13, text: "Name «\(index)»",
                              type: IdentifierType.allCases[index % IdentifierType.allCases.count],
                              reason: index % 3 == 0 ? UnknownWords.reasons.sorted()[0] : "also a word")
        }
    }

    @Test func spilledListReadsBackExactly() throws {
        let all = Self.items(3 * ReviewList.blockSize + 123)
        var list = ReviewList(scratch: try ScratchFile(in: NSTemporaryDirectory()))
        // Chunks of uneven sizes, spilled after each as the anonymizer does.
        var start = 0
        for size in [1, 4000, 5000, 17, 3500] where start < all.count {
            list.append(contentsOf: Array(all[start..<min(all.count, start + size)]))
            try list.spill()
            start += size
        }
        list.append(contentsOf: Array(all[min(start, all.count)...]))
        #expect(list.count == all.count)
        #expect(Array(list) == all)
        #expect(list == ReviewList(all))
        #expect(list.unknownNames == all.filter { UnknownWords.reasons.contains($0.reason) }.count)
        for range in [0..<1, 4095..<4097, 100..<9000, (all.count - 5)..<all.count, 0..<all.count, 7..<7] {
            #expect(list.items(in: range) == Array(all[range]))
        }
        struct Key: Encodable { var study = "s"; var review: [Anonymizer.Review] = [] }
        var spliced = ArtifactWriter()
        try CanonicalJSON.write(Key(), splicing: [list.splice(as: "review")], jobs: 3, to: &spliced)
        #expect(spliced.buffer == (try CanonicalJSON.encode(Key(review: all))))
    }
}
