import Foundation
import ThematicCore

/// The hits listed for review (names that are also words, capitalised words no list knows), in study order.
///
/// A large study lists a hundred thousand and more; with a scratch file they wait there in blocks as each chunk of
/// interviews is propagated and are read back a block at a time (for the key, which splices them in), so the list
/// does not stay in memory for the rest of the run. Without one they stay in memory.
public struct ReviewList: RandomAccessCollection, Sendable, Equatable, ExpressibleByArrayLiteral {
    private struct Block: Sendable {
        var place: ScratchFile.Place
        var start: Int
        var count: Int
    }

    /// The last block read, shared by copies of the list (blocks never change once written).
    private final class Recent: @unchecked Sendable {
        let lock = NSLock()
        var block = -1
        var items: [Anonymizer.Review] = []
    }

    private let scratch: ScratchFile?
    private var blocks: [Block] = []
    private var tail: [Anonymizer.Review] = []
    private let recent = Recent()
    /// Of the items, how many are the safety net's guesses (capitalised words no dictionary or list knows).
    public private(set) var unknownNames = 0

    /// How many items wait in memory before they go to the scratch file as a block.
    static let blockSize = 4096

    /// An empty list that spills to `scratch` (or stays in memory without one).
    public init(scratch: ScratchFile? = nil) { self.scratch = scratch }

    public init(arrayLiteral items: Anonymizer.Review...) {
        self.init()
        append(contentsOf: items)
    }

    /// A list of `items`, in memory.
    public init(_ items: [Anonymizer.Review]) {
        self.init()
        append(contentsOf: items)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { (blocks.last.map { $0.start + $0.count } ?? 0) + tail.count }

    public subscript(position: Int) -> Anonymizer.Review {
        let spilled = blocks.last.map { $0.start + $0.count } ?? 0
        if position >= spilled { return tail[position - spilled] }
        var low = 0, high = blocks.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if blocks[middle].start <= position { low = middle } else { high = middle - 1 }
        }
        let block = low
        recent.lock.lock()
        defer { recent.lock.unlock() }
        if recent.block != block {
            recent.items = Self.decode(blocks[block], from: scratch!)
            recent.block = block
        }
        return recent.items[position - blocks[block].start]
    }

    /// The items at `range`, each block they lie in read once.
    public func items(in range: Range<Int>) -> [Anonymizer.Review] {
        var found: [Anonymizer.Review] = []
        found.reserveCapacity(range.count)
        for block in blocks where block.start < range.upperBound && block.start + block.count > range.lowerBound {
            let items = Self.decode(block, from: scratch!)
            found += items[(Swift.max(range.lowerBound, block.start) - block.start)..<(Swift.min(range.upperBound, block.start + block.count) - block.start)]
        }
        let spilled = blocks.last.map { $0.start + $0.count } ?? 0
        if range.upperBound > spilled {
            found += tail[(Swift.max(range.lowerBound, spilled) - spilled)..<(range.upperBound - spilled)]
        }
        return found
    }

    /// The list as the array property `key` of a value encoded by `CanonicalJSON.write(_:splicing:jobs:to:)`, read a
    /// block per piece.
    public func splice(as key: String) -> CanonicalJSON.Splice {
        let list = self
        return CanonicalJSON.Splice(count: count, chunk: Self.blockSize, as: key) { list.items(in: $0) }
    }

    /// Appends items (to memory; `spill()` moves them to the scratch file).
    public mutating func append(contentsOf items: [Anonymizer.Review]) {
        tail += items
        unknownNames += items.filter { UnknownWords.reasons.contains($0.reason) }.count
    }

    /// Moves the items waiting in memory to the scratch file, in blocks (nothing without a scratch file).
    public mutating func spill() throws {
        guard let scratch, !tail.isEmpty else { return }
        var start = endIndex - tail.count
        var records: [[UInt8]] = []
        var counts: [Int] = []
        for first in stride(from: 0, to: tail.count, by: Self.blockSize) {
            let items = tail[first..<Swift.min(tail.count, first + Self.blockSize)]
            var writer = BinaryWriter()
            writer.array(items) { writer, item in
                writer.string(item.interview)
                writer.int(item.turn)
                writer.string(item.text)
                writer.string(item.type.rawValue)
                writer.string(item.reason)
            }
            records.append(writer.bytes)
            counts.append(items.count)
        }
        for (place, count) in zip(try scratch.append(records), counts) {
            blocks.append(Block(place: place, start: start, count: count))
            start += count
        }
        tail = []
    }

    private static func decode(_ block: Block, from scratch: ScratchFile) -> [Anonymizer.Review] {
        let what = "review list"
        // The scratch file is this process's own and unlinked: a record that does not decode is the machine's fault.
        return try! scratch.read(block.place) { bytes in
            var reader = BinaryReader(bytes: bytes)
            return try reader.array(what) { reader in
                Anonymizer.Review(interview: try reader.string(what), turn: try reader.int(what), text: try reader.string(what),
                                  type: IdentifierType(rawValue: try reader.string(what)) ?? .other, reason: try reader.string(what))
            }
        }
    }

    public static func == (lhs: ReviewList, rhs: ReviewList) -> Bool { lhs.elementsEqual(rhs) }
}
