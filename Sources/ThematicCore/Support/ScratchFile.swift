import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private file a run spills what it has made to, so its memory does not grow with the corpus: records are
/// appended and read back by where they lie.
///
/// The file is created readable by its owner only and removed from its folder at once; the open descriptor is the
/// only way to it, so what it holds (transcripts, identifiers found in them) vanishes with the process however it
/// ends — a killed run leaves no copy behind. Appending is serial; reading is safe from any number of threads.
public final class ScratchFile: @unchecked Sendable {
    /// Where a record lies.
    public struct Place: Sendable {
        public var offset: Int64
        public var length: Int
    }

    private let descriptor: Int32
    private let folder: String
    private let lock = NSLock()
    private var end: Int64 = 0

    /// A new, empty file made (and at once unlinked) in `folder`.
    public init(in folder: String) throws {
        var template = Array((folder.isEmpty ? "." : folder).utf8CString.dropLast()) + Array("/.thematic-scratch-XXXXXX".utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else {
            throw Diagnostic(file: folder, "cannot make a scratch file here (\(String(cString: strerror(errno))))")
        }
        unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        fchmod(opened, 0o600)
        descriptor = opened
        self.folder = folder
    }

    deinit { close(descriptor) }

    /// Appends `records` one after another; returns where each lies.
    public func append(_ records: [[UInt8]]) throws -> [Place] {
        lock.lock()
        defer { lock.unlock() }
        var batch: [UInt8] = []
        batch.reserveCapacity(records.reduce(0) { $0 + $1.count })
        var places: [Place] = []
        for record in records {
            places.append(Place(offset: end + Int64(batch.count), length: record.count))
            batch += record
        }
        var written = 0
        while written < batch.count {
            let result = batch.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, batch.count - written, off_t(end) + off_t(written)) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                throw Diagnostic(file: folder, "cannot write the run's scratch file (\(String(cString: strerror(errno)))); is the disk full?")
            }
            written += result
        }
        end += Int64(batch.count)
        return places
    }

    /// Reads the record at `place` and hands its bytes to `body`. The file is this process's own and unlinked, so a
    /// failure to read it is the machine's (an I/O error), not the input's; it stops the run with a message rather
    /// than hand a stage wrong data.
    public func read<Result>(_ place: Place, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var bytes = [UInt8](repeating: 0, count: place.length)
        var done = 0
        while done < place.length {
            let result = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, place.length - done, off_t(place.offset) + off_t(done)) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { fatalError("cannot read the run's scratch file (\(String(cString: strerror(errno))))") }
            done += result
        }
        return try bytes.withUnsafeBufferPointer(body)
    }
}
