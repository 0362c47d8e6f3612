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
/// ends — a killed run leaves no copy behind. Appending and reading are safe from any number of threads.
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

    /// Appends `records` one after another; returns where each lies. Their places are taken under the lock and the
    /// records written there on up to `jobs` threads (a chunk of encoded transcripts written from one thread kept
    /// the other idle: about a twentieth of the reading step at 20,000 interviews, by `perf`).
    public func append(_ records: [[UInt8]], jobs: Int = 1) throws -> [Place] {
        let places = lock.withLock { () -> [Place] in
            var places: [Place] = []
            places.reserveCapacity(records.count)
            for record in records {
                places.append(Place(offset: end, length: record.count))
                end += Int64(record.count)
            }
            return places
        }
        let failures = ConcurrentSlots<Int32>(count: records.count)
        failures.fill(jobs: jobs) { _, next in
            while let index = next() {
                if let failure = self.write(records[index], at: places[index].offset) { failures[index] = failure }
            }
        }
        if let failure = failures.values.lazy.compactMap({ $0 }).first {
            throw Diagnostic(file: folder, "cannot write the run's scratch file (\(String(cString: strerror(failure)))); is the disk full?")
        }
        return places
    }

    /// Writes `bytes` at `offset`; the `errno` of a failure, or nil.
    private func write(_ bytes: [UInt8], at offset: Int64) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, bytes.count - written, off_t(offset) + off_t(written)) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return result < 0 ? errno : ENOSPC }
            written += result
        }
        return nil
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
