import Foundation

/// A hash table from a word's UTF-8 bytes to a small integer, filled on first sight.
///
/// Autocoding and anonymization look up every word of the corpus; keying a `Dictionary` by `String` would create a string per word.
/// This table hashes the bytes in place (FNV-1a) and compares them against an arena, so a word seen before costs a
/// hash and a `memcmp`-sized comparison.
public struct SpellingTable: Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keyStarts: [Int] = []
    private var keyLengths: [Int] = []
    private var arena: [UInt8] = []
    private var mask: Int

    /// An empty table sized for about `capacity` spellings.
    public init(capacity: Int = 4096) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// How many spellings are stored.
    public var count: Int { keyStarts.count }

    /// The id of `key`, or `nil` when it was never inserted; `hash` is `Self.hash(key)`.
    public func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if hashes[Int(entry)] == hash, equals(Int(entry), key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// Stores `key` (not present yet) and returns its new id, ids counting up from 0.
    public mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if (count + 1) * 2 > slots.count { grow() }
        let id = Int32(count)
        hashes.append(hash)
        keyStarts.append(arena.count)
        keyLengths.append(key.count)
        arena.append(contentsOf: key)
        place(id, hash: hash)
        return id
    }

    /// FNV-1a of the bytes, folded.
    @inline(__always) public static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
        return value ^ (value >> 29)
    }

    @inline(__always) private func equals(_ entry: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard keyLengths[entry] == key.count else { return false }
        let start = keyStarts[entry]
        return arena.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<count { place(Int32(id), hash: hashes[id]) }
    }
}
