/// A small, fully specified pseudo-random generator (SplitMix64) and shuffle, so permutation analyses give the same
/// orders on every platform and Swift version (the standard library's shuffle algorithm is not guaranteed stable).
public struct SplitMix64 {
    private var state: UInt64

    /// A generator started from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The generator started from `seed` after `skipping` calls of `next()`: each call moves the state by the same
    /// constant, so any point of the sequence is reached at once (what lets shuffles run on threads).
    public init(seed: UInt64, skipping calls: UInt64) { state = seed &+ calls &* Self.increment }

    private static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= Self.increment
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound, by rejection so no value is favoured.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0)
        let limit = UInt64(bound)
        while true {
            let value = next()
            if Self.accepts(value, below: limit) { return Int(value % limit) }
        }
    }

    /// Whether `next(below:)` keeps `value` for `limit` (the rejected values are the lowest 2⁶⁴ mod `limit`, fewer
    /// than `limit`, so a value at or above `limit` is kept without working the remainder out).
    @inline(__always)
    static func accepts(_ value: UInt64, below limit: UInt64) -> Bool {
        value >= limit || value >= (0 &- limit) % limit
    }

    /// How many calls of `next()` a `shuffle` of `count` elements takes from here (as many as it has steps but for a
    /// rejected value, which is rarer than one in 10¹⁴ for arrays below a million), without shuffling; the generator
    /// moves past them.
    public mutating func skipShuffle(count: Int) -> UInt64 {
        guard count > 1 else { return 0 }
        var calls: UInt64 = 0
        for index in stride(from: count - 1, to: 0, by: -1) {
            let limit = UInt64(index + 1)
            repeat { calls += 1 } while !Self.accepts(next(), below: limit)
        }
        return calls
    }

    /// Fisher–Yates shuffle of `array` (an array, or a buffer's slice that threads fill apart). Inlinable so the
    /// caller's collection type is compiled in (unspecialised, the saturation stage took five times as long).
    @inlinable
    public mutating func shuffle<Elements: MutableCollection & RandomAccessCollection>(_ array: inout Elements) where Elements.Index == Int {
        guard array.count > 1 else { return }
        let start = array.startIndex
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(start + index, start + next(below: index + 1))
        }
    }
}
