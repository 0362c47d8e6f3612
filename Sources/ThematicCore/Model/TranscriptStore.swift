import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interviews kept in a private scratch file instead of in memory, so a run's memory does not grow with its corpus:
/// stages read one interview (or one chunk) at a time through `InterviewList`, which decodes on access.
///
/// The file is created readable by its owner only and removed from its folder at once; the open descriptor is the
/// only way to it, so the transcripts (which may hold identifiers) vanish with the process however it ends — a
/// killed run leaves no copy behind. Appending is serial; reading is safe from any number of threads.
public final class TranscriptStore: @unchecked Sendable {
    /// Where one interview's record lies in the file, with the two fields stages look up without decoding it.
    struct Record: Sendable {
        var id: String
        var participant: String
        var offset: Int64
        var length: Int
    }

    private let descriptor: Int32
    private let folder: String
    private let lock = NSLock()
    private var records: [Record] = []
    private var end: Int64 = 0

    /// A new, empty store whose file is made (and at once unlinked) in `folder`.
    public init(in folder: String) throws {
        var template = Array((folder.isEmpty ? "." : folder).utf8CString.dropLast()) + Array("/.thematic-transcripts-XXXXXX".utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else {
            throw Diagnostic(file: folder, "cannot make a scratch file for the transcripts here (\(String(cString: strerror(errno))))")
        }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        unlink(path)
        fchmod(opened, 0o600)
        descriptor = opened
        self.folder = folder
    }

    deinit { close(descriptor) }

    /// Appends interviews (encoded on `jobs` threads); they become readable through `list()`.
    public func append(_ interviews: [Interview], jobs: Int = 1) throws {
        let encoded = ConcurrentSlots<[UInt8]>.map(count: interviews.count, jobs: jobs) { InterviewArchive.record(interviews[$0]) }
        lock.lock()
        defer { lock.unlock() }
        var batch: [UInt8] = []
        batch.reserveCapacity(encoded.reduce(0) { $0 + $1.count })
        var added: [Record] = []
        for (interview, bytes) in zip(interviews, encoded) {
            added.append(Record(id: interview.id, participant: interview.participant, offset: end + Int64(batch.count), length: bytes.count))
            batch += bytes
        }
        var written = 0
        while written < batch.count {
            let result = batch.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, batch.count - written, off_t(end) + off_t(written)) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                throw Diagnostic(file: folder, "cannot write the transcripts' scratch file (\(String(cString: strerror(errno)))); is the disk full?")
            }
            written += result
        }
        end += Int64(batch.count)
        records += added
    }

    /// Every interview appended so far, sorted by id.
    public func list() -> InterviewList {
        lock.lock()
        defer { lock.unlock() }
        return InterviewList(store: self, records: records.sorted { $0.id < $1.id })
    }

    /// Reads and decodes one record. The file is this process's own and unlinked, so a failure here is the machine's
    /// (an I/O error), not the input's; it stops the run with a message rather than hand a stage a wrong transcript.
    func interview(_ record: Record) -> Interview {
        var bytes = [UInt8](repeating: 0, count: record.length)
        var done = 0
        while done < record.length {
            let result = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, record.length - done, off_t(record.offset) + off_t(done)) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { fatalError("cannot read the transcripts' scratch file (\(String(cString: strerror(errno))))") }
            done += result
        }
        do {
            return try bytes.withUnsafeBufferPointer { try InterviewArchive.interview(fromRecord: $0, what: "the transcripts' scratch file") }
        } catch {
            fatalError("\(error)")
        }
    }
}
