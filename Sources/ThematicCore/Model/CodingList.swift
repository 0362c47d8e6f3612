import Foundation
import Synchronization

/// The codings of a study, in artifact order: held in memory (small studies, imported coding, tests) or kept in a
/// private scratch file in blocks (a run's autocoding, a chunk of interviews per block) and decoded a block at a
/// time as stages reach them, so a study with millions of codings does not hold them all.
///
/// Stages go through it in order (themes, saturation and the artifact writers read it once); reading a stored list
/// out of order is correct but decodes blocks again.
public struct CodingList: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case memory([CodedSegment])
        case stored(CodingStore)
    }

    private let storage: Storage

    /// Codings held in memory, in the order given.
    public init(_ codings: [CodedSegment]) {
        storage = .memory(codings)
    }

    init(store: CodingStore) {
        storage = .stored(store)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .memory(let codings): codings.count
        case .stored(let store): store.count
        }
    }

    public subscript(position: Int) -> CodedSegment {
        switch storage {
        case .memory(let codings): codings[position]
        case .stored(let store): store.coding(at: position)
        }
    }

    /// The list cut into up to `count` stretches of about equal size, each cut between two interviews (the list is in
    /// interview order), so each stretch can be read on a thread of its own; `minimum` codings per stretch at least.
    public func interviewParts(_ count: Int, minimum: Int = 10_000) -> [Range<Int>] {
        var cuts = [0]
        let parts = Swift.max(1, Swift.min(count, self.count / minimum + 1))
        for part in 1..<Swift.max(1, parts) {
            var cut = Swift.max(cuts.last!, self.count * part / parts)
            while cut > 0, cut < self.count, self[cut].interview == self[cut - 1].interview { cut += 1 }
            if cut < self.count, cut > cuts.last! { cuts.append(cut) }
        }
        cuts.append(self.count)
        return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }

    /// Every coder that appears, sorted (a stored list knows them without reading its blocks).
    public var coders: [String] { countsByCoder.keys.sorted() }

    /// How many codings each coder made (a stored list counts them as they are appended).
    public var countsByCoder: [String: Int] {
        switch storage {
        case .memory(let codings):
            var counts: [String: Int] = [:]
            for coding in codings { counts[coding.coder, default: 0] += 1 }
            return counts
        case .stored(let store):
            return store.countsByCoder
        }
    }

    /// Whether every coding is in `CodedSegment` order (each no greater than the next).
    public var isSorted: Bool {
        switch storage {
        case .memory(let codings): zip(codings, codings.dropFirst()).allSatisfy { !($1 < $0) }
        case .stored(let store): store.isSorted
        }
    }
}

/// The blocks of a stored `CodingList`: each appended batch is one record of a `ScratchFile` (owner-only, unlinked,
/// gone with the process); a few recently read blocks are kept decoded.
public final class CodingStore: @unchecked Sendable {
    private let file: ScratchFile
    private let lock = NSLock()
    /// Where each block starts (in codings) and lies, in order.
    private var starts: [Int] = []
    private var places: [ScratchFile.Place] = []
    private(set) var count = 0
    private(set) var isSorted = true
    private(set) var countsByCoder: [String: Int] = [:]
    private var last: CodedSegment?
    private let recent = Mutex<[(block: Int, codings: [CodedSegment])]>([])
    private static let recentBlocks = 4

    /// A new, empty store whose file is made (and at once unlinked) in `folder`.
    public init(in folder: String) throws {
        file = try ScratchFile(in: folder)
    }

    /// Appends a batch of codings as one block.
    public func append(_ codings: [CodedSegment]) throws {
        guard !codings.isEmpty else { return }
        var out = BinaryWriter()
        out.array(codings) { out, coding in
            out.string(coding.interview)
            out.int(coding.turn)
            out.int(coding.start)
            out.int(coding.end)
            out.string(coding.code)
            out.string(coding.coder)
            out.string(coding.text)
        }
        let place = try file.append([out.bytes])[0]
        lock.lock()
        defer { lock.unlock() }
        if let last, codings[0] < last { isSorted = false }
        if isSorted, !zip(codings, codings.dropFirst()).allSatisfy({ !($1 < $0) }) { isSorted = false }
        last = codings[codings.count - 1]
        for coding in codings { countsByCoder[coding.coder, default: 0] += 1 }
        starts.append(count)
        places.append(place)
        count += codings.count
    }

    /// Every coding appended so far.
    public func list() -> CodingList { CodingList(store: self) }

    func coding(at position: Int) -> CodedSegment {
        // The last block starting at or before `position`, found by halving.
        let (block, offset) = lock.withLock { () -> (Int, Int) in
            var low = 0, high = starts.count
            while high - low > 1 {
                let middle = (low + high) / 2
                if starts[middle] <= position { low = middle } else { high = middle }
            }
            return (low, position - starts[low])
        }
        if let found = recent.withLock({ blocks in blocks.first { $0.block == block }.map { $0.codings[offset] } }) { return found }
        let codings = decode(block)
        recent.withLock { blocks in
            blocks.removeAll { $0.block == block }
            blocks.insert((block, codings), at: 0)
            if blocks.count > Self.recentBlocks { blocks.removeLast() }
        }
        return codings[offset]
    }

    private func decode(_ block: Int) -> [CodedSegment] {
        let place = lock.withLock { places[block] }
        return file.read(place) { bytes in
            var input = BinaryReader(bytes: bytes)
            let what = "the codings' scratch file"
            do {
                return try input.array(what) { input in
                    CodedSegment(interview: try input.string(what), turn: try input.int(what), start: try input.int(what), end: try input.int(what),
                                 code: try input.string(what), coder: try input.string(what), text: try input.string(what))
                }
            } catch {
                // The file is the process's own (see `ScratchFile`): damage is the machine's fault, not the input's.
                fatalError("\(error)")
            }
        }
    }
}
