import Testing
@testable import ThematicStatistics

/// The permutation test reads many orders of one study through `GuestSaturation.saturationPoint(codes:…)`; it must
/// give the point the method's own definition gives on the reordered data.
@Suite struct GuestSaturationOrderTests {
    @Test func theFastReadingOfAnOrderAgreesWithTheMethodOnTheReorderedData() {
        var generator = SplitMix64(seed: 11)
        var reached = 0
        for trial in 0..<400 {
            let interviews = 6 + Int(generator.next() % 30)
            let codeCount = 1 + Int(generator.next() % 25)
            // Later interviews draw from fewer codes, so some orders saturate and some do not.
            let codes: [[Int]] = (0..<interviews).map { index in
                let draws = Int(generator.next() % UInt64(max(1, 8 - index / 4)))
                var list: [Int] = []
                for _ in 0..<draws { let code = Int(generator.next() % UInt64(codeCount)); if !list.contains(code) { list.append(code) } }
                return list
            }
            var order = Array(0..<interviews)
            generator.shuffle(&order)
            let base = 1 + trial % 5, run = 1 + trial % 3
            let threshold = [0.0, 0.05, 0.2][trial % 3]
            let reordered = Incidence(interviews: order.map { "T\($0)" }, codes: order.map { codes[$0].map { "c\($0)" } })
            let expected = GuestSaturation(reordered, base: base, run: run, threshold: threshold).saturationPoint
            let fast = GuestSaturation.saturationPoint(codes: codes, codeCount: codeCount, order: order, base: base, run: run, threshold: threshold)
            #expect(fast == expected, "trial \(trial)")
            if expected != nil { reached += 1 }
        }
        #expect(reached > 50 && reached < 400, "the trials cover both outcomes (\(reached) reached)")
    }
}
