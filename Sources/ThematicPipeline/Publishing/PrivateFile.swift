import Foundation
import ThematicCore
#if canImport(Glibc)
import Glibc
#endif

/// A file as private as the transcripts (review decisions): written whole or not at all, mode 0600, never inside a
/// folder Thematic publishes to, and replacing only a file that `isOurs` recognises.
public enum PrivateFile {
    /// Writes `data` to `path` atomically: a new temporary file beside it (0600, synced), then renamed over it.
    public static func replace(_ path: String, with data: Data, isOurs: (Data) -> Bool) throws {
        let target = FileSystem.resolved(path)
        switch FileSystem.kind(target) {
        case .missing: break
        case .file:
            guard let existing = FileManager.default.contents(atPath: target), isOurs(existing) else {
                throw Diagnostic(file: path, "this file was not written by Thematic; move it away or choose another decisions file")
            }
        default:
            throw Diagnostic(file: path, "this is not a regular file; choose another decisions file")
        }
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = folder + "/.\((target as NSString).lastPathComponent).saving-\(getpid())"
        unlink(temporary)
        try FileSystem.writeNewFile(temporary, data, mode: 0o600, sync: true)
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw Diagnostic(file: path, "cannot replace the file: \(FileSystem.explain(code))")
        }
        try? FileSystem.syncFileSystem(of: folder)
    }

    /// Whether `path` is `folder` or lies inside it, links resolved.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        FileSystem.isInside(FileSystem.resolved(path), FileSystem.resolved(folder))
    }
}
