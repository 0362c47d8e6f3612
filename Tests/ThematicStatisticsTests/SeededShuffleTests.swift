import Testing
@testable import ThematicStatistics

/// The permutation analysis makes its shuffles on threads, each from where the generator's sequence stands after the
/// ones before it; these are the facts that rests on.
@Suite struct SeededShuffleTests {
    @Test func skippingReachesTheSameStateAsCallingNext() {
        for seed: UInt64 in [0, 7, 20_231, .max] {
            var stepped = SplitMix64(seed: seed)
            for calls: UInt64 in 0..<300 {
                var skipped = SplitMix64(seed: seed, skipping: calls)
                var copy = stepped
                #expect(skipped.next() == copy.next(), "seed \(seed), after \(calls) calls")
                _ = stepped.next()
            }
        }
    }

    @Test func skippingAShuffleCountsTheCallsTheShuffleTakes() {
        for (seed, count) in [(UInt64(1), 0), (2, 1), (3, 2), (4, 17), (5, 1000), (6, 20_001)] {
            var shuffling = SplitMix64(seed: seed)
            var array = Array(0..<count)
            shuffling.shuffle(&array)
            var skipping = SplitMix64(seed: seed)
            let calls = skipping.skipShuffle(count: count)
            #expect(calls == UInt64(max(0, count - 1)), "no rejection is expected at these sizes")
            var resumed = SplitMix64(seed: seed, skipping: calls)
            let next = shuffling.next()
            #expect(skipping.next() == next)
            #expect(resumed.next() == next)
        }
    }

    @Test func rejectionMatchesTheRemainderRule() {
        // 2^64 mod limit values at the bottom are rejected; above the limit nothing is.
        for limit: UInt64 in [1, 2, 3, 7, 1000, 1 << 40, .max / 3] {
            let threshold = (0 &- limit) % limit
            for value in [0, threshold &- 1, threshold, threshold &+ 1, limit &- 1, limit, .max] {
                #expect(SplitMix64.accepts(value, below: limit) == (value >= threshold), "limit \(limit), value \(value)")
            }
        }
    }

    @Test func shufflesMadeApartAndComposedEqualShufflingOneArrayInPlace() {
        for (seed, size) in [(UInt64(20_231), 40), (9, 2), (77, 501)] {
            var generator = SplitMix64(seed: seed)
            var inPlace = Array(0..<size)
            var counting = SplitMix64(seed: seed)
            var calls: UInt64 = 0
            var composed = Array(0..<size)
            for round in 0..<25 {
                generator.shuffle(&inPlace)
                var shuffler = SplitMix64(seed: seed, skipping: calls)
                var arrangement = Array(0..<size)
                shuffler.shuffle(&arrangement)
                composed = arrangement.map { composed[$0] }
                calls += counting.skipShuffle(count: size)
                #expect(composed == inPlace, "seed \(seed), size \(size), round \(round)")
            }
        }
    }
}
