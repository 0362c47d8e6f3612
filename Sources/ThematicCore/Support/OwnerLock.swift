import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Who owns a folder (or file) a run keeps beside the output or the key for a while — a staging folder, the spool, a
/// sharded run's work folder, a verification's re-run, a key's temporary file: the process holding an exclusive
/// `flock` on `PATH.lock`, taken before the folder is made and given up only after it is gone.
///
/// Whether such a folder was left by a run that ended is decided by that lock alone, never by its process id: a run in
/// another PID namespace (a container, a Kubernetes pod) or on another host sharing the file system cannot see the
/// owner's process, but it sees its lock, and the kernel drops the lock when the owner dies however it ends. The id in
/// the name (`.OUT.spool-PID`) only keeps names apart; when another live run (with the same id in its own namespace)
/// holds a name, the next one is taken (`PID-2`, `PID-3`, …).
public final class OwnerLock: Sendable {
    /// The folder or file this lock owns.
    public let path: String
    private let descriptor: Mutex<Int32>

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    /// The lock file of `path`.
    public static func lockFile(of path: String) -> String { path + ".lock" }

    /// Claims a new name `PREFIX<pid>` (or `PREFIX<pid>-N` when another live run holds that one) for this process:
    /// its lock is held and anything a finished run left under the name is removed.
    public static func claim(prefix: String, id: Int32 = ProcessInfo.processInfo.processIdentifier) throws -> OwnerLock {
        for attempt in 1...1000 {
            let path = prefix + String(id) + (attempt == 1 ? "" : "-\(attempt)")
            if let lock = try claim(path) { return lock }
        }
        throw Diagnostic(file: prefix + String(id), "cannot claim a name for the run's working folder: a thousand are held by other runs")
    }

    /// Takes the lock of `path` when no other process holds it (nil when one does), and removes what a finished run
    /// left there.
    public static func claim(_ path: String) throws -> OwnerLock? {
        let lockPath = lockFile(of: path)
        while true {
            let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw Diagnostic(file: lockPath, "cannot create the lock file of the run's working folder: \(String(cString: strerror(errno)))")
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                close(fd)
                if code == EINTR { continue }
                if code == EWOULDBLOCK { return nil }
                throw Diagnostic(file: lockPath, "cannot lock the run's working folder: \(String(cString: strerror(code)))")
            }
            // A clean-up may have removed the lock file between our open and our lock: then the lock is on a file no
            // one else can find, and we start again.
            guard isStill(fd, at: lockPath) else {
                close(fd)
                continue
            }
            let lock = OwnerLock(path: path, descriptor: fd)
            try? FileManager.default.removeItem(atPath: path)
            return lock
        }
    }

    /// Removes the lock file and gives up the lock; call it after the folder is gone (also done when the lock is freed).
    public func release() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            unlink(Self.lockFile(of: path))
            close(fd)
            fd = -1
        }
    }

    deinit { release() }

    /// When no live process holds the lock of `path` (its run ended, or it never had one), runs `abandoned` on it with
    /// the lock held, then removes the lock file, and returns true; returns false, touching nothing, while a run
    /// holds it.
    @discardableResult
    public static func ifAbandoned(_ path: String, _ abandoned: () -> Void) -> Bool {
        let lockPath = lockFile(of: path)
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var result: Int32
        repeat { result = flock(fd, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
        guard result == 0, isStill(fd, at: lockPath) else { return false }
        abandoned()
        unlink(lockPath)
        return true
    }

    /// Whether the open file `fd` is still the file at `path`.
    private static func isStill(_ fd: Int32, at path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(fd, &open) == 0 && lstat(path, &named) == 0 && open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// The names under `folder` that start with `prefix` followed by a run's id (`123` or `123-2`), with or without
    /// their lock file, each once: what the clean-up of finished runs looks at.
    public static func names(in folder: String, prefix: String) -> [String] {
        var found = Set<String>()
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(prefix) {
            let name = entry.hasSuffix(".lock") ? String(entry.dropLast(".lock".count)) : entry
            let id = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(id.count), id.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { continue }
            found.insert(name)
        }
        return found.sorted()
    }
}
