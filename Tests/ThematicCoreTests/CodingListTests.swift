import Foundation
import Testing
@testable import ThematicCore

/// A run's codings wait on disk in blocks: they come back exactly and in order, from any position and thread, and
/// the store knows whether they arrived sorted (a result sorts them only then).
@Suite struct CodingListTests {
    static func codings(_ count: Int, from first: Int = 0) -> [CodedSegment] {
        (first..<(first + count)).map { index in
            CodedSegment(interview: String(format: "I%05d", index / 7), turn: index % 7, start: 0, end: 4, code: "c\(index % 3)",
                         coder: "auto", text: "text «\(index)»")
        }
    }

    @Test func blocksComeBackExactlyFromAnyPosition() throws {
        let all = Self.codings(1000)
        let store = try CodingStore(in: NSTemporaryDirectory())
        for start in stride(from: 0, to: all.count, by: 137) { try store.append(Array(all[start..<min(all.count, start + 137)])) }
        try store.append([])
        let list = store.list()
        #expect(list.count == all.count)
        #expect(Array(list) == all)
        // Out of order and from threads: every block decoded again when it is not among the recent ones.
        for position in [999, 0, 500, 137, 136, 998, 1] { #expect(list[position] == all[position]) }
        #expect(ConcurrentSlots<CodedSegment>.map(count: all.count, jobs: 4) { list[all.count - 1 - $0] } == all.reversed())
        #expect(list.isSorted)
    }

    @Test func aResultSortsCodingsThatArriveOutOfOrder() throws {
        let all = Self.codings(300)
        let store = try CodingStore(in: NSTemporaryDirectory())
        try store.append(Array(all[150...]))
        try store.append(Array(all[..<150]))
        #expect(!store.list().isSorted)
        let result = CodingResult(codebook: Codebook(entries: []), codings: store.list(), analysisCoders: ["auto"])
        #expect(Array(result.codings) == all)
        let withinBlock = try CodingStore(in: NSTemporaryDirectory())
        try withinBlock.append([all[1], all[0]])
        #expect(!withinBlock.list().isSorted)
    }

    @Test func analysedCodingsAreThoseOfTheAnalysisCoders() {
        var codings = Self.codings(10)
        codings[3].coder = "anna"
        let result = CodingResult(codebook: Codebook(entries: []), codings: codings, analysisCoders: ["anna"])
        #expect(Array(result.analysed) == [codings[3]])
        #expect(result.coders == ["anna", "auto"])
    }

    @Test func interviewPartsCoverTheListAndCutOnlyBetweenInterviews() {
        let list = CodingList(Self.codings(50_000))
        for count in [1, 2, 3, 8] {
            let parts = list.interviewParts(count)
            #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == list.count)
            #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound && list[$1.lowerBound - 1].interview != list[$1.lowerBound].interview })
            #expect(parts.count == min(count, 50_000 / 10_000 + 1))
        }
        #expect(CodingList([]).interviewParts(4) == [0..<0])
    }
}
