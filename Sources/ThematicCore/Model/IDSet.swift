/// A set of ids drawn from one sorted list — a study's interview or participant ids — kept as one bit per id of the
/// list, and read in sorted order.
///
/// Coverage is a set of ids per codebook entry: as strings, a theme covering 20,000 participants held 20,000 of
/// them (320 kB, more in a hash set), for each of a hundred entries; as bits it holds 2.5 kB, and sets of one list
/// merge by `or`. It encodes as the sorted array of its ids, so JSON is what `[String]` gives.
public struct IDSet: Sequence, Sendable, Encodable, Equatable, ExpressibleByArrayLiteral {
    /// The ids a set may hold, sorted and without repeats; shared by every set over them.
    public final class Universe: Sendable {
        /// The ids in sorted order.
        public let ids: [String]
        private let positions: [String: Int]

        /// A universe of `ids` (sorted here; repeats dropped).
        public init<Ids: Sequence>(_ ids: Ids) where Ids.Element == String {
            self.ids = Array(Set(ids)).sorted()
            positions = Dictionary(uniqueKeysWithValues: self.ids.enumerated().map { ($1, $0) })
        }

        /// Where `id` lies in `ids`, or nil when it is not among them.
        public func position(of id: String) -> Int? { positions[id] }
    }

    /// The list this set's ids come from.
    public let universe: Universe
    private var words: [UInt64]

    /// An empty set over `universe`.
    public init(universe: Universe) {
        self.universe = universe
        words = Array(repeating: 0, count: (universe.ids.count + 63) / 64)
    }

    /// A set of exactly `ids`, over a universe of its own.
    public init<Ids: Sequence>(_ ids: Ids) where Ids.Element == String {
        let universe = Universe(ids)
        self.init(universe: universe)
        for position in universe.ids.indices { words[position / 64] |= 1 << UInt64(position % 64) }
    }

    public init(arrayLiteral ids: String...) { self.init(ids) }

    /// How many ids the set holds.
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// Whether the set holds `id`.
    public func contains(_ id: String) -> Bool {
        guard let position = universe.position(of: id) else { return false }
        return words[position / 64] & (1 << UInt64(position % 64)) != 0
    }

    /// Adds the id at `position` of the universe.
    public mutating func insert(position: Int) {
        words[position / 64] |= 1 << UInt64(position % 64)
    }

    /// Adds `id`; an id outside the universe cannot be held and is refused (false).
    @discardableResult
    public mutating func insert(_ id: String) -> Bool {
        guard let position = universe.position(of: id) else { return false }
        insert(position: position)
        return true
    }

    /// Adds every id of `other`, a set over the same universe.
    public mutating func formUnion(_ other: IDSet) {
        precondition(other.universe === universe, "IDSet.formUnion: the sets are over different universes")
        for index in words.indices { words[index] |= other.words[index] }
    }

    /// The ids in sorted order.
    public struct Iterator: IteratorProtocol {
        fileprivate let set: IDSet
        fileprivate var word = 0
        fileprivate var bits: UInt64

        public mutating func next() -> String? {
            while bits == 0 {
                word += 1
                guard word < set.words.count else { return nil }
                bits = set.words[word]
            }
            let bit = bits.trailingZeroBitCount
            bits &= bits - 1
            return set.universe.ids[word * 64 + bit]
        }
    }

    public func makeIterator() -> Iterator { Iterator(set: self, bits: words.first ?? 0) }

    public var underestimatedCount: Int { count }

    /// Sets are equal when they hold the same ids, whatever universe they are over.
    public static func == (lhs: IDSet, rhs: IDSet) -> Bool {
        lhs.universe === rhs.universe ? lhs.words == rhs.words : lhs.elementsEqual(rhs)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for id in self { try container.encode(id) }
    }
}
