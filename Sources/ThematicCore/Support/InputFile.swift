import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input file the user named, refusing what is not a regular readable file of a sensible size with a
/// message that names it — a FIFO would block forever, a folder or a symbolic-link loop would give raw errors, and
/// a multi-gigabyte file would exhaust memory before any parser limit applies.
public enum InputFile {
    /// The largest input read (transcripts, study files, codebooks, coding tables); 1 GiB, or
    /// `THEMATIC_MAX_INPUT_BYTES` when set.
    public static let maximumBytes: Int = {
        if let text = ProcessInfo.processInfo.environment["THEMATIC_MAX_INPUT_BYTES"], let value = Int(text), value > 0 { return value }
        return 1 << 30
    }()

    /// The file's bytes; `displayName` names it in messages, `what` says what it is ("transcript").
    public static func read(_ path: String, displayName: String? = nil, what: String = "file", limit: Int = maximumBytes) throws -> Data {
        let name = displayName ?? path
        var info = stat()
        if stat(path, &info) != 0 {
            let reason: String
            switch errno {
            case ENOENT: reason = "the \(what) does not exist"
            case ELOOP: reason = "the path is a loop of symbolic links"
            case EACCES: reason = "the \(what) cannot be read: permission denied"
            case ENOTDIR: reason = "a part of the path is not a folder"
            default: reason = "the \(what) cannot be read: \(String(cString: strerror(errno)))"
            }
            throw Diagnostic(file: name, reason)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw Diagnostic(file: name, "this is a folder, not a \(what)")
        case S_IFIFO: throw Diagnostic(file: name, "this is a named pipe (FIFO), not a regular file; Thematic reads only regular files")
        default: throw Diagnostic(file: name, "this is not a regular file")
        }
        if Int(info.st_size) > limit {
            throw Diagnostic(file: name, "the \(what) is \(Int(info.st_size) / (1 << 20)) MiB, over the limit of \(limit / (1 << 20)) MiB (set THEMATIC_MAX_INPUT_BYTES to raise it)")
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            throw Diagnostic(file: name, errno == EACCES ? "the \(what) cannot be read: permission denied" : "the \(what) cannot be opened: \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        var data = Data(count: Int(info.st_size))
        var total = 0
        var failure: Int32 = 0
        data.withUnsafeMutableBytes { buffer in
            while total < buffer.count {
                let count = Glibc.read(fd, buffer.baseAddress! + total, buffer.count - total)
                if count < 0 { if errno == EINTR { continue }; failure = errno; return }
                if count == 0 { break }
                total += count
            }
        }
        if failure != 0 { throw Diagnostic(file: name, "the \(what) cannot be read: \(String(cString: strerror(failure)))") }
        if total < data.count { data.removeSubrange(total...) }
        return data
    }
}
