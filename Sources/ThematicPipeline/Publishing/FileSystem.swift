import CFileSystem
import Foundation
import ThematicCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system operations publishing relies on, each turning an OS failure into a message that names the path
/// and says what to do (never a raw Foundation error).
enum FileSystem {
    /// What is at a path, without following a final symbolic link.
    enum Kind: Equatable {
        case missing, file, directory, symlink, other
    }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The absolute path with every symbolic link resolved, also for paths whose last parts do not exist yet
    /// (the longest existing prefix is resolved and the rest appended), so inside/outside decisions cannot be
    /// fooled by a link.
    static func resolved(_ path: String) -> String {
        var absolute = PathUtilities.absolute(path)
        // A dangling link (its target does not exist yet) is followed by hand: realpath refuses it.
        for _ in 0..<40 where kind(absolute) == .symlink {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(absolute, &buffer, buffer.count - 1)
            guard length > 0 else { break }
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if realpath(absolute, nil).map({ free($0); return true }) ?? false { break }
            absolute = target.hasPrefix("/") ? PathUtilities.normalize(target)
                : PathUtilities.normalize((absolute as NSString).deletingLastPathComponent + "/" + target)
        }
        var existing = absolute
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                return rest.isEmpty ? base : PathUtilities.normalize(base + "/" + rest.reversed().joined(separator: "/"))
            }
            if existing == "/" || existing.isEmpty { return absolute }
            rest.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
    }

    /// Whether `path` is `folder` or lies inside it (both already resolved).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The message for the current `errno`, with advice for the common cases.
    static func explain(_ code: Int32 = errno) -> String {
        let reason = String(cString: strerror(code))
        switch code {
        case EROFS: return "\(reason): the volume is read-only; choose a folder on a writable disk"
        case ENOSPC, EDQUOT: return "\(reason): the disk is full; free space and run again (nothing was published)"
        case EACCES, EPERM: return "\(reason): check the folder's permissions"
        case ENOENT: return "\(reason): the folder or file vanished while the run was using it (was another program changing it?)"
        default: return reason
        }
    }

    static func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(file: path, "cannot create the folder: \(explain(Self.errnoFrom(error)))")
        }
    }

    private static func errnoFrom(_ error: any Error) -> Int32 {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return Int32(underlying.code)
        }
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        switch nsError.code {
        case NSFileWriteVolumeReadOnlyError: return EROFS
        case NSFileWriteOutOfSpaceError: return ENOSPC
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return EACCES
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return ENOENT
        default: return EIO
        }
    }

    /// Writes `data` to a new file at `path` (which must not exist) with `mode`; `sync` forces it to disk.
    static func writeNewFile(_ path: String, _ data: Data, mode: mode_t = 0o644, sync: Bool = false) throws {
        try writeNewFile(path, mode: mode, sync: sync) { write in try data.withUnsafeBytes { try write($0) } }
    }

    /// Writes a new file at `path` (which must not exist) with `mode` from the pieces `contents` hands to the writer
    /// it is given, so a large file need not be in memory whole; `sync` forces it to disk. A failed write removes the
    /// file.
    static func writeNewFile(_ path: String, mode: mode_t = 0o644, sync: Bool = false,
                             contents: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Diagnostic(file: path, "cannot create the file: \(explain())") }
        struct WriteFailure: Error { var code: Int32 }
        var failure: Int32 = 0
        do {
            try contents { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        throw WriteFailure(code: errno)
                    }
                    offset += written
                }
            }
        } catch let error as WriteFailure {
            failure = error.code
        } catch {
            close(fd)
            unlink(path)
            throw error
        }
        if failure == 0, sync, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(path)
            throw Diagnostic(file: path, "cannot write the file: \(explain(failure))")
        }
    }

    /// Flushes everything written on the file system holding `folder`, then the folder entry itself: one sync for a
    /// whole staged output instead of one per file.
    static func syncFileSystem(of folder: String) throws {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Diagnostic(file: folder, "cannot open the folder to flush it: \(explain())") }
        defer { close(fd) }
        if thematic_sync_filesystem(fd) != 0 { throw Diagnostic(file: folder, "cannot flush the files to disk: \(explain())") }
    }

    /// Forces a folder's entries (renames into it) to disk; best effort where the file system cannot.
    static func syncDirectory(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    static func rename(_ from: String, _ to: String) throws {
        if Glibc.rename(from, to) != 0 {
            throw Diagnostic(file: to, "cannot move \((from as NSString).lastPathComponent) into place: \(explain())")
        }
    }

    /// Swaps two existing paths in one step where the kernel can; returns false when it cannot (then nothing moved).
    static func exchange(_ first: String, _ second: String) throws -> Bool {
        if thematic_exchange_paths(first, second) == 0 { return true }
        if errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP { return false }
        throw Diagnostic(file: second, "cannot swap the new output into place: \(explain())")
    }

    /// Removes a folder tree this process created (staging folders, retired outputs); errors are ignored because
    /// the published state is already complete when this runs.
    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// An exclusive lock on a lock file, held until `release` or process exit (the kernel drops it when a process
/// dies, so a killed run never leaves a stale lock behind).
final class FolderLock {
    private var fd: Int32

    /// Takes the lock at `path`, waiting for another holder to finish (runs into one output folder queue).
    init(path: String, waitMessage: ((String) -> Void)? = nil) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Diagnostic(file: path, "cannot create the lock file: \(FileSystem.explain())") }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waitMessage?("another Thematic run is publishing to this output; waiting for it to finish")
            while flock(fd, LOCK_EX) != 0 {
                if errno != EINTR {
                    close(fd)
                    throw Diagnostic(file: path, "cannot lock the output folder: \(FileSystem.explain())")
                }
            }
        }
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
