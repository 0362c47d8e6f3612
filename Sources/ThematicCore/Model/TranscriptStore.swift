import Foundation

/// Interviews kept in a private scratch file instead of in memory, so a run's memory does not grow with its corpus:
/// stages read one interview (or one chunk) at a time through `InterviewList`, which decodes on access. The file is
/// a `ScratchFile`: owner-only, unlinked as soon as it is made, gone with the process.
public final class TranscriptStore: @unchecked Sendable {
    /// Where one interview's record lies, with the fields stages look up without decoding it.
    struct Record: Sendable {
        var id: String
        var participant: String
        var otherParticipants: [String]
        var isDocument: Bool
        /// The interview's own date as written (`meta.date`), which orders interviews for saturation.
        var date: String?
        /// `meta.durationMinutes`, which the COREQ checklist reports as a range.
        var durationMinutes: Double?
        var place: ScratchFile.Place
    }

    private let file: ScratchFile
    private let lock = NSLock()
    private var records: [Record] = []

    /// A new, empty store whose file is made (and at once unlinked) in `folder`.
    public init(in folder: String) throws {
        file = try ScratchFile(in: folder)
    }

    /// Appends interviews (encoded on `jobs` threads); they become readable through `list()`.
    public func append(_ interviews: [Interview], jobs: Int = 1) throws {
        let encoded = ConcurrentSlots<[UInt8]>.map(count: interviews.count, jobs: jobs) { InterviewArchive.record(interviews[$0]) }
        let places = try file.append(encoded, jobs: jobs)
        lock.lock()
        defer { lock.unlock() }
        records += zip(interviews, places).map { Record(id: $0.id, participant: $0.participant, otherParticipants: $0.otherParticipants, isDocument: $0.isDocument, date: $0.meta.date, durationMinutes: $0.meta.durationMinutes, place: $1) }
    }

    /// Every interview appended so far, sorted by id.
    public func list() -> InterviewList {
        lock.lock()
        defer { lock.unlock() }
        return InterviewList(store: self, records: records.sorted { $0.id < $1.id })
    }

    func interview(_ record: Record) -> Interview {
        file.read(record.place) { bytes in
            do { return try InterviewArchive.interview(fromRecord: bytes, what: "the transcripts' scratch file") } catch { fatalError("\(error)") }
        }
    }
}
