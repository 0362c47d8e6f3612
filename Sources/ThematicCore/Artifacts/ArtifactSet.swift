import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The files a run will publish, kept until the whole run has succeeded.
///
/// Stages add files here instead of writing to disk, so that a failing stage leaves no partial output and the
/// runner can publish everything at once, hash it for the manifest, and scan it before publishing. A set made with a
/// spool keeps large files there (a private folder the runner names) instead of in memory, so the de-identified
/// transcripts and the project archive of a large study do not sit in memory for the rest of the run.
public struct ArtifactSet: Sendable {
    private enum Stored: Sendable {
        case memory(Data)
        /// In the spool: its file, with the size and digest taken as it was written (so neither reads it again).
        case spooled(SpooledFile)
    }

    private var files: [String: Stored] = [:]
    private var owners: [String: String] = [:]
    /// How many times each path was written, so a runner can tell a changed file without comparing its bytes.
    private var writes: [String: Int] = [:]
    private let spool: ArtifactSpool?

    /// Creates an empty set held in memory.
    public init() { spool = nil }

    /// Creates an empty set that keeps files of `threshold` bytes or more in `folder` (created when first needed, made
    /// readable by its owner only, removed with the last copy of the set). `owner`, the lock that marks the folder as
    /// this run's (so no other run takes it for a killed run's), is held until the folder is removed.
    public init(spoolingTo folder: String, threshold: Int = 1 << 16, owner: OwnerLock? = nil) {
        spool = ArtifactSpool(folder: folder, threshold: threshold, owner: owner)
    }

    /// The artifact paths, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The contents of the artifact at `path` (read from the spool when it is kept there).
    public subscript(path: String) -> Data? {
        switch files[path] {
        case .memory(let data): data
        case .spooled(let file): FileManager.default.contents(atPath: spool!.path(of: file))
        case nil: nil
        }
    }

    /// Whether there is an artifact at `path` (without reading it).
    public func contains(_ path: String) -> Bool { files[path] != nil }

    /// The size in bytes of the artifact at `path` (0 when there is none), without reading a spooled file.
    public func size(of path: String) -> Int {
        switch files[path] {
        case .memory(let data): data.count
        case .spooled(let file): file.size
        case nil: 0
        }
    }

    /// The SHA-256 of the artifact at `path` (nil when there is none).
    public func sha256(of path: String) throws -> String? {
        switch files[path] {
        case .memory(let data): Digest.sha256(data)
        case .spooled(let file): file.sha256.hex
        case nil: nil
        }
    }

    /// The spool file holding the artifact at `path`, when it is kept in the spool (a publisher may link it into place
    /// instead of copying it).
    public func spooledFile(_ path: String) -> String? {
        if case .spooled(let file) = files[path] { return spool!.path(of: file) }
        return nil
    }

    /// Adds a file.
    ///
    /// - Parameters:
    ///   - path: a relative path with `/` separators; no `..`, no leading `/`.
    ///   - data: the bytes.
    ///   - stage: the stage writing it, for the message when two stages write the same path.
    public mutating func add(_ path: String, _ data: Data, by stage: String) throws {
        try claim(path, by: stage)
        if let spool, data.count >= spool.threshold {
            files[path] = .spooled(try spool.keep(data))
        } else {
            files[path] = .memory(data)
        }
        writes[path, default: 0] += 1
    }

    /// Adds many files at once (a study's transcripts), written to the spool on up to `jobs` threads.
    public mutating func addAll(_ items: [(path: String, data: Data)], by stage: String, jobs: Int) throws {
        for item in items { try claim(item.path, by: stage) }
        let spool = spool
        let kept = ConcurrentSlots<Result<SpooledFile?, any Error>>.map(count: items.count, jobs: jobs) { index in
            Result { () throws -> SpooledFile? in
                guard let spool, items[index].data.count >= spool.threshold else { return nil }
                return try spool.keep(items[index].data)
            }
        }
        for (item, result) in zip(items, kept) {
            files[item.path] = try result.get().map(Stored.spooled) ?? .memory(item.data)
            writes[item.path, default: 0] += 1
        }
    }

    /// Adds a file written piece by piece (an archive of every transcript): with a spool it goes to disk as it is
    /// written, so the whole file is never in memory.
    public mutating func addStreamed(_ path: String, by stage: String, _ write: (inout ArtifactWriter) throws -> Void) throws {
        guard let spool else {
            var writer = ArtifactWriter(handle: nil)
            try write(&writer)
            try add(path, writer.buffer, by: stage)
            return
        }
        try claim(path, by: stage)
        let (file, handle) = try spool.create()
        var writer = ArtifactWriter(handle: handle)
        defer { try? handle.close() }
        try write(&writer)
        try writer.flush(file.path)
        files[path] = .spooled(SpooledFile(number: file.number, size: writer.written, sha256: writer.digest.finalizeBytes()))
        writes[path, default: 0] += 1
    }

    /// Checks that `stage` may write `path` (a clean relative path no other stage wrote) and records it as the owner.
    private mutating func claim(_ path: String, by stage: String) throws {
        try Self.checkPath(path)
        if let owner = owners[path], owner != stage {
            throw Diagnostic("stages '\(owner)' and '\(stage)' both write the artifact '\(path)'")
        }
        owners[path] = stage
    }

    /// Adds `value` as canonical JSON.
    public mutating func addJSON<T: Encodable>(_ path: String, _ value: T, by stage: String) throws {
        try add(path, CanonicalJSON.encode(value), by: stage)
    }

    /// Adds UTF-8 text; line endings are normalised to `\n`.
    public mutating func addText(_ path: String, _ text: String, by stage: String) throws {
        try add(path, Data(Self.normalisingLineEndings(text).utf8), by: stage)
    }

    /// Text with `\r\n` as `\n`, as `addText` writes it (for text added piece by piece: a piece must not end in `\r`).
    public static func normalisingLineEndings(_ text: String) -> String {
        // Checking the bytes first keeps large artifacts off Foundation's slow search path in the common case.
        text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// Moves the artifact at `path` to `newPath`, keeping its owner and where its bytes are kept (a spooled file stays
    /// in the spool), for a layout that publishes files elsewhere than stages wrote them.
    public mutating func move(_ path: String, to newPath: String) throws {
        guard let stored = files[path], let owner = owners[path] else { throw Diagnostic("no artifact '\(path)' to move") }
        try Self.checkPath(newPath)
        if files[newPath] != nil { throw Diagnostic("the artifacts '\(path)' and '\(newPath)' would be published at the same path") }
        files[path] = nil
        owners[path] = nil
        files[newPath] = stored
        owners[newPath] = owner
        writes[newPath] = writes.removeValue(forKey: path)
    }

    /// How many times `path` was written (0 when it does not exist).
    public func writeCount(of path: String) -> Int { writes[path] ?? 0 }

    /// The stage that wrote `path`.
    public func owner(of path: String) -> String? { owners[path] }

    /// Refuses a path that is absolute, climbs out with `..`, or is empty.
    public static func checkPath(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            throw Diagnostic("artifact path '\(path)' must be relative, without empty, '.' or '..' parts")
        }
    }
}

/// A file in the spool, with what the manifest and the publisher need to know of it: a few words, no heap memory (a
/// set of 20,000 transcripts holds 20,000 of them).
struct SpooledFile: Sendable {
    /// Its number in the spool (`ArtifactSpool.path(of:)`).
    var number: Int
    var size: Int
    var sha256: Digest.Bytes
}

/// The folder an artifact set keeps its large files in. Each write is a new file (sets are values: an earlier copy of
/// the set still reads what it held), and the folder goes when the last set using it does.
final class ArtifactSpool: Sendable {
    let folder: String
    let threshold: Int
    private let count = Mutex(0)
    /// Held while the folder exists; given up after it is removed.
    private let owner: OwnerLock?

    init(folder: String, threshold: Int, owner: OwnerLock? = nil) {
        self.folder = folder
        self.threshold = threshold
        self.owner = owner
    }

    /// Writes `data` to a new file in the spool.
    func keep(_ data: Data) throws -> SpooledFile {
        let (file, handle) = try create()
        defer { try? handle.close() }
        do { try handle.write(contentsOf: data) } catch {
            throw Diagnostic(file: file.path, "cannot write a large artifact to the run's spool folder (\(error.localizedDescription))")
        }
        return SpooledFile(number: file.number, size: data.count, sha256: Digest.Bytes(of: data))
    }

    /// A new, empty file in the spool, open for writing.
    func create() throws -> (file: (number: Int, path: String), handle: FileHandle) {
        let number = try count.withLock { value -> Int in
            if value == 0 {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
                } catch {
                    throw Diagnostic(file: folder, "cannot make the run's spool folder for large artifacts (\(error.localizedDescription))")
                }
            }
            value += 1
            if value <= Self.lanes, mkdir(Self.lane(value, in: folder), 0o700) != 0, errno != EEXIST {
                throw Diagnostic(file: Self.lane(value, in: folder), "cannot make the run's spool folder for large artifacts (\(String(cString: strerror(errno))))")
            }
            return value
        }
        let file = path(of: number)
        // One system call: Foundation's createFile writes a temporary file, renames it, sets its mode and looks up
        // the owner's name — seven calls per file, for every transcript of a study.
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Diagnostic(file: file, "cannot write a large artifact to the run's spool folder (\(String(cString: strerror(errno))))")
        }
        return ((number, file), FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }

    /// Where the spool keeps file `number`.
    func path(of number: Int) -> String { Self.lane(number, in: folder) + "/\(number)" }

    func path(of file: SpooledFile) -> String { path(of: file.number) }

    /// Files created at the same moment go to different folders: creating files in one folder takes the folder's
    /// lock, and the kernel spins on it (a sixth of the anonymization's processor time with two threads, `perf`).
    private static let lanes = 16

    private static func lane(_ number: Int, in folder: String) -> String { folder + "/\(number % lanes)" }

    deinit {
        if count.withLock({ $0 }) > 0 { try? FileManager.default.removeItem(atPath: folder) }
        owner?.release()
    }
}

/// Where `ArtifactSet.addStreamed` writes: the spool file, through a buffer, or memory when the set has no spool.
public struct ArtifactWriter {
    /// Where full buffers go (nil: everything stays in `buffer`).
    private let sink: ((Data) throws -> Void)?
    /// What is not yet handed to the sink (all of it, without one).
    public private(set) var buffer = Data()
    /// How many bytes went to the sink, and their digest (a spooled artifact's size and SHA-256, without reading it back).
    private(set) var written = 0
    private(set) var digest = Digest.Hasher()

    init(handle: FileHandle?) {
        sink = handle.map { handle in { try handle.write(contentsOf: $0) } }
    }

    /// A writer that keeps everything in `buffer` (to make a streamed artifact's bytes in memory, for tests).
    public init() { sink = nil }

    /// A writer that hands its bytes to `sink` in pieces of about a megabyte; call `finish()` for the last one.
    public init(sink: @escaping (Data) throws -> Void) { self.sink = sink }

    /// Appends bytes.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) throws where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        try handOnFullBuffer()
    }

    /// Appends bytes; a large piece goes to the sink as it is rather than through the buffer (which would otherwise
    /// grow to hold it).
    public mutating func append(_ data: Data) throws {
        guard let sink, data.count >= Self.pieceSize else {
            buffer.append(data)
            return try handOnFullBuffer()
        }
        try finish()
        try hand(data, to: sink)
    }

    /// Hands what is buffered to the sink.
    public mutating func finish() throws {
        guard let sink, !buffer.isEmpty else { return }
        try hand(buffer, to: sink)
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func hand(_ data: Data, to sink: (Data) throws -> Void) throws {
        try sink(data)
        written += data.count
        digest.update(data)
    }

    /// Appends `count` pieces of text (a CSV's rows, a block at a time) made on up to `jobs` threads while the ones
    /// before them are written, in order; line endings normalised as in every artifact.
    public mutating func appendText(count: Int, jobs: Int, _ make: @escaping @Sendable (Int) -> String) throws {
        try OrderedProduction.run(count: count, jobs: jobs, make: { Array(ArtifactSet.normalisingLineEndings(make($0)).utf8) },
                                  consume: { try append($0) })
    }

    private static let pieceSize = 1 << 20

    private mutating func handOnFullBuffer() throws {
        if sink != nil, buffer.count >= Self.pieceSize { try finish() }
    }

    mutating func flush(_ file: String) throws {
        do { try finish() } catch {
            throw Diagnostic(file: file, "cannot write a large artifact to the run's spool folder (\(error.localizedDescription))")
        }
        buffer = Data()
    }
}
