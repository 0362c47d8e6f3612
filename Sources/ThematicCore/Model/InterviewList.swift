/// The interviews of a corpus, sorted by id: held in memory (small studies made in code, tests) or read from a
/// `TranscriptStore` one at a time as a stage reaches them, so a run's memory does not grow with its corpus.
///
/// Stages iterate it like an array; each access to a stored interview decodes it anew, so a stage that needs an
/// interview twice keeps it for as long as it needs it, and a stage that works on the whole corpus goes through it
/// in `chunks` rather than copying it into an array.
public struct InterviewList: RandomAccessCollection, Sendable {
    private enum Storage: Sendable {
        case memory([Interview])
        case stored(TranscriptStore, [TranscriptStore.Record])
    }

    private let storage: Storage

    /// Interviews held in memory; they are sorted by id here.
    public init(_ interviews: [Interview]) {
        storage = .memory(interviews.sorted { $0.id < $1.id })
    }

    init(store: TranscriptStore, records: [TranscriptStore.Record]) {
        storage = .stored(store, records)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int {
        switch storage {
        case .memory(let interviews): interviews.count
        case .stored(_, let records): records.count
        }
    }

    public subscript(position: Int) -> Interview {
        switch storage {
        case .memory(let interviews): interviews[position]
        case .stored(let store, let records): store.interview(records[position])
        }
    }

    /// The id of the interview at `position`, without reading the transcript.
    public func id(at position: Int) -> String {
        switch storage {
        case .memory(let interviews): interviews[position].id
        case .stored(_, let records): records[position].id
        }
    }

    /// The participant of the interview at `position`, without reading the transcript.
    public func participant(at position: Int) -> String {
        switch storage {
        case .memory(let interviews): interviews[position].participant
        case .stored(_, let records): records[position].participant
        }
    }

    /// Everyone interviewed in the session at `position` (one participant, or a group's), without reading the transcript.
    public func participants(at position: Int) -> [String] {
        switch storage {
        case .memory(let interviews): interviews[position].participants
        case .stored(_, let records): records[position].isDocument ? [] : [records[position].participant] + records[position].otherParticipants
        }
    }

    /// Whether the transcript at `position` is a document (no participant, no speakers), without reading it.
    public func isDocument(at position: Int) -> Bool {
        switch storage {
        case .memory(let interviews): interviews[position].isDocument
        case .stored(_, let records): records[position].isDocument
        }
    }

    /// The date of the interview at `position` (`meta.date`), without reading the transcript.
    public func date(at position: Int) -> String? {
        switch storage {
        case .memory(let interviews): interviews[position].meta.date
        case .stored(_, let records): records[position].date
        }
    }

    /// How long the interview at `position` lasted (`meta.durationMinutes`), without reading the transcript.
    public func durationMinutes(at position: Int) -> Double? {
        switch storage {
        case .memory(let interviews): interviews[position].meta.durationMinutes
        case .stored(_, let records): records[position].durationMinutes
        }
    }

    /// The interviews at `positions`, decoded on up to `jobs` threads (a chunk a stage works on as a whole).
    public func load(_ positions: Range<Int>, jobs: Int) -> [Interview] {
        switch storage {
        case .memory(let interviews): Array(interviews[positions])
        case .stored: ConcurrentSlots<Interview>.map(count: positions.count, jobs: jobs) { self[positions.lowerBound + $0] }
        }
    }

    /// Every interview id, in order, without reading the transcripts.
    public var ids: [String] { indices.map(id(at:)) }

    /// The position of the interview with `id`, found by halving (the list is sorted by id), or nil.
    public func position(of id: String) -> Int? {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self.id(at: middle) < id { low = middle + 1 } else { high = middle }
        }
        return low < count && self.id(at: low) == id ? low : nil
    }

    /// Consecutive ranges of at most `size` positions covering the list: a stage that needs a whole chunk at once
    /// (to share it between threads) reads `Array(list[range])` chunk by chunk.
    public func chunks(of size: Int = InterviewList.chunkSize) -> [Range<Int>] {
        let size = Swift.max(1, size)
        return stride(from: 0, to: count, by: size).map { $0..<Swift.min(count, $0 + size) }
    }

    /// How many interviews a stage holds at once when it goes through the corpus in chunks: enough to keep the
    /// threads busy, few enough that memory stays the same whatever the corpus size.
    public static let chunkSize = 256
}
