import Foundation
import Testing
@testable import ThematicCore

/// Replacements spilled to a scratch file answer exactly as those held in memory: the same spans per turn, the same
/// mapped offsets, the same JSON, and equal to the unspilled value.
@Suite struct TextReplacementsTests {
    static func sample(_ interviews: Range<Int>) -> TextReplacements {
        var replacements = TextReplacements()
        for number in interviews {
            var byTurn: [Int: [TextReplacements.Replacement]] = [:]
            for turn in 0..<(number % 4) {
                byTurn[turn] = (0..<(turn + 1)).map { index in
                    let start = index * 20 + number % 7
                    return TextReplacements.Replacement(originalStart: start, originalEnd: start + 5 + index, newStart: start + index * 3, newEnd: start + index * 3 + 10)
                }
            }
            replacements.set(byTurn, for: String(format: "I%04d", number))
        }
        return replacements
    }

    @Test func spilledReplacementsAnswerAsInMemory() throws {
        let inMemory = Self.sample(0..<300)
        var spilled = TextReplacements()
        let scratch = try ScratchFile(in: NSTemporaryDirectory())
        // Chunk by chunk, as the anonymizer merges and spills them.
        for start in stride(from: 0, to: 300, by: 64) {
            spilled.merge(Self.sample(start..<min(300, start + 64)))
            try spilled.spill(to: scratch)
        }
        #expect(spilled == inMemory)
        #expect(spilled.interviews == inMemory.interviews)
        for interview in inMemory.interviews {
            for turn in 0..<4 {
                #expect(spilled.replacements(interview: interview, turn: turn) == inMemory.replacements(interview: interview, turn: turn))
                for offset in stride(from: 0, to: 80, by: 3) {
                    #expect(spilled.map(interview: interview, turn: turn, start: offset, end: offset + 4)
                            == inMemory.map(interview: interview, turn: turn, start: offset, end: offset + 4))
                }
            }
        }
        #expect(try CanonicalJSON.encode(spilled) == CanonicalJSON.encode(inMemory))
        let decoded = try JSONDecoder().decode(TextReplacements.self, from: JSONEncoder().encode(spilled))
        #expect(decoded == inMemory)
        // A different value is not equal, spilled or not.
        var changed = inMemory
        changed.remove(inMemory.interviews[5])
        #expect(spilled != changed)
    }
}
