import Testing
import ThematicCore
@testable import ThemesStage

/// Theme aggregation keeps only the quote candidates choosing can still pick (at most `limit`² per entry); choosing
/// from them gives exactly the quotes choosing from every candidate gives, in random studies crowded enough that
/// participants, places and scores collide.
@Suite("quote candidates")
struct QuoteCandidatesTests {
    /// A small seeded generator (SplitMix64), so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func key(_ quote: ThemeReport.Quote) -> String { "\(quote.interview)/\(quote.turn)/\(quote.start)/\(quote.end)" }

    @Test(arguments: [1, 2, 3, 5])
    func boundedCandidatesChooseWhatAllCandidatesChoose(limit: Int) {
        var random = Generator(state: UInt64(limit) * 7919)
        for _ in 0..<300 {
            let participants = Int.random(in: 1...6, using: &random)
            var all: [(quote: ThemeReport.Quote, own: Int)] = []
            var seen = Set<String>()
            for _ in 0..<Int.random(in: 0...40, using: &random) {
                let participant = "P\(Int.random(in: 1...participants, using: &random))"
                let interview = participant + "-" + String(Int.random(in: 1...2, using: &random))
                let start = Int.random(in: 0...3, using: &random) * 10
                let quote = ThemeReport.Quote(interview: interview, participant: participant, turn: Int.random(in: 0...2, using: &random),
                                              start: start, end: start + Int.random(in: 1...3, using: &random), text: "", citation: "",
                                              words: Int.random(in: 25...35, using: &random),
                                              specificity: [0.5, 1.0][Int.random(in: 0...1, using: &random)])
                // One candidate per span, as the tally offers them.
                guard seen.insert(Self.key(quote)).inserted else { continue }
                all.append((quote, Int.random(in: 0...2, using: &random)))
            }
            var bounded = QuoteCandidates(limit: limit)
            for candidate in all { bounded.offer(candidate.quote, own: candidate.own) }
            #expect(bounded.kept.count <= limit * limit)
            let selector = QuoteSelector(settings: ThemeSettings(quotes: limit, cite: [], minWords: 1, maxWords: 100),
                                         study: Study(id: "s", title: "t", participants: []))
            // The same rounds over every candidate, sorted.
            let expected = selector.choose(from: all.sorted(by: QuoteCandidates.precedes)).map(Self.key)
            #expect(selector.choose(from: bounded).map(Self.key) == expected)
        }
    }
}
