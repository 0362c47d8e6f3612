import Foundation
import ThematicCore

/// Publishes a run's artifacts (and its re-identification key) all at once, never touching a file it did not make.
///
/// The rules, in the order they apply (README "Guarantees" states them for users):
/// 1. Paths are resolved through symbolic links before any inside/outside decision.
/// 2. Runs publishing into one folder queue on a lock file beside it (`.NAME.lock`).
/// 3. Folders left by killed runs (`.NAME.staging-PID`, `.NAME.old-PID`, the spool, …: those whose lock no live process
///    holds, `OwnerLock`) are cleaned up; if the output folder itself is missing and a retired copy exists, the copy is
///    put back first.
/// 4. An existing output folder is replaced only when it is empty, or when Thematic proves it wrote it (`WrittenRecord`:
///    its manifest, or `.thematic-written.json`, lists every file in it with the digest it was written with). A file
///    the record does not list, or one changed since, is the user's: the folder is refused, naming them. The output
///    folder may never hold one of the run's inputs.
/// 5. A key path may only be new or hold an earlier Thematic key file; a folder or any other file is refused.
/// 6. Files are written to a hidden staging sibling, flushed with one file-system sync, and swapped with the old
///    folder in one atomic exchange (two renames where the file system cannot exchange), so there is no moment
///    without a complete output folder. The key is written to a temporary file beside its target, flushed and renamed
///    right after; if that rename fails, the old output is swapped back.
public enum OutputPublisher {
    /// How an existing output folder is proved to be one Thematic wrote (rule 4).
    public enum Ownership: Sendable {
        /// An earlier run's folder: its `manifest.json` lists every file with its digest.
        case manifest
        /// A folder with no manifest (`thematic anonymize`, `thematic import`): publishing writes
        /// `.thematic-written.json` beside the files, with their digests.
        case record
    }

    /// Publishes `artifacts` to `directory`, and `key` to its destination, together.
    /// `inputs` are the files the run read: none may lie inside the output folder.
    public static func publish(_ artifacts: ArtifactSet, to directory: String, ownership: Ownership = .manifest,
                               inputs: [String] = [], key: KeptKey? = nil, waiting: ((String) -> Void)? = nil) throws {
        let target = FileSystem.resolved(directory)
        guard target != "/" else { throw Diagnostic(file: directory, "the output folder cannot be the root of the file system") }
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        try FileSystem.createDirectory(parent)
        let lock = try FolderLock(path: parent + "/.\(name).lock", waitMessage: waiting)
        defer { lock.release() }

        recoverStaleStaging(parent: parent, name: name)
        try checkNoInputs(inputs, inside: target, displayName: directory)
        try checkReplaceable(target, displayName: directory, ownership: ownership)
        let keyTarget = try key.map { try checkKeyDestination($0.destination, output: target) }

        // Each folder or file made beside the output or the key is claimed first (a lock held until it is gone), so a
        // run elsewhere — another PID namespace, another host — never takes it for a killed run's.
        let stagingOwner = try OwnerLock.claim(prefix: parent + "/.\(name).staging-")
        defer { stagingOwner.release() }
        let staging = stagingOwner.path
        var keyTemporary: String?
        var keyOwner: OwnerLock?
        defer { keyOwner?.release() }
        do {
            try FileSystem.createDirectory(staging)
            // Each folder is made once (a large study has thousands of transcripts in one).
            var folders: Set<String> = [staging]
            for path in artifacts.paths {
                let destination = staging + "/" + path
                let folder = (destination as NSString).deletingLastPathComponent
                if folders.insert(folder).inserted { try FileSystem.createDirectory(folder) }
                // A file the run kept in its spool (beside the output, so on the same file system) is linked into place.
                if let spooled = artifacts.spooledFile(path), link(spooled, destination) == 0 { continue }
                try FileSystem.writeNewFile(destination, artifacts[path]!)
            }
            if ownership == .record {
                var written: [String: String] = [:]
                for path in artifacts.paths { written[path] = try artifacts.sha256(of: path) ?? "" }
                try FileSystem.writeNewFile(staging + "/" + WrittenRecord.fileName, CanonicalJSON.encode(WrittenRecord(files: written)))
            }
            try FileSystem.syncFileSystem(of: staging)
            if let key, let keyTarget {
                let folder = (keyTarget as NSString).deletingLastPathComponent
                try FileSystem.createDirectory(folder)
                removeStaleKeyTemporaries(folder: folder, name: (keyTarget as NSString).lastPathComponent)
                keyOwner = try OwnerLock.claim(prefix: folder + "/.\((keyTarget as NSString).lastPathComponent).tmp-")
                let temporary = keyOwner!.path
                try FileSystem.writeNewFile(temporary, mode: 0o600, sync: true) { write in try key.forEachPiece(write) }
                keyTemporary = temporary
            }
        } catch {
            FileSystem.removeTree(staging)
            if let keyTemporary { unlink(keyTemporary) }
            throw error
        }

        // The swap: afterwards `staging` holds the previous output (or nothing).
        let retiredOwner = try OwnerLock.claim(prefix: parent + "/.\(name).old-")
        defer { retiredOwner.release() }
        let swap = try Swap(staging: staging, target: target, retired: retiredOwner.path)
        if let keyTemporary, let keyTarget {
            do {
                try FileSystem.rename(keyTemporary, keyTarget)
            } catch {
                unlink(keyTemporary)
                swap.undo()
                throw error
            }
            FileSystem.syncDirectory((keyTarget as NSString).deletingLastPathComponent)
        }
        FileSystem.syncDirectory(parent)
        swap.discardPrevious()
    }

    /// Checks, before a run does its work, that publishing to `directory` (and the key to `key`) will be allowed, so
    /// a long run does not fail at the end; `publish` checks again under the lock.
    /// It also recovers what a killed run left (rule 3), so a failing run still puts a retired output back.
    public static func preflight(to directory: String, ownership: Ownership = .manifest, inputs: [String] = [], key: String?) throws {
        let target = FileSystem.resolved(directory)
        guard target != "/" else { throw Diagnostic(file: directory, "the output folder cannot be the root of the file system") }
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        if FileSystem.kind(parent) == .directory {
            let lock = try FolderLock(path: parent + "/.\(name).lock")
            recoverStaleStaging(parent: parent, name: name)
            lock.release()
        }
        try checkNoInputs(inputs, inside: target, displayName: directory)
        try checkReplaceable(target, displayName: directory, ownership: ownership)
        if let key { _ = try checkKeyDestination(key, output: target) }
    }

    /// The resolved key path, or an error when it may not be written: inside the output folder, a folder, or a
    /// file that is not an earlier Thematic key.
    public static func checkKeyDestination(_ path: String, output: String) throws -> String {
        let resolvedKey = FileSystem.resolved(path)
        let resolvedOutput = FileSystem.resolved(output)
        if FileSystem.isInside(resolvedKey, resolvedOutput) || FileSystem.isInside(resolvedOutput, resolvedKey) {
            throw Diagnostic(file: path, "the re-identification key must not be written inside the output folder \(output) (symbolic links resolved: \(resolvedKey)); choose a path outside it")
        }
        // Inside another run's output the key would be shared with those results, and lost when that run is repeated.
        var folder = (resolvedKey as NSString).deletingLastPathComponent
        while folder.count > 1 {
            if WrittenRecord.read(in: folder, manifest: true) != nil || WrittenRecord.read(in: folder, manifest: false, allowingTrees: true) != nil {
                throw Diagnostic(file: path, "the re-identification key must not be written inside \(folder), the output of another Thematic run (it would be shared with those results and replaced with them); choose a path outside it")
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        switch FileSystem.kind(resolvedKey) {
        case .missing:
            return resolvedKey
        case .directory:
            throw Diagnostic(file: path, "refusing to write the re-identification key: this is a folder; give a file path such as \(path.hasSuffix("/") ? path : path + "/")study.key")
        case .file:
            guard let handle = FileHandle(forReadingAtPath: resolvedKey) else {
                throw Diagnostic(file: path, "refusing to replace this file: it cannot be read to check that it is an earlier Thematic key")
            }
            defer { try? handle.close() }
            let data = (try? handle.readToEnd()) ?? Data()
            guard KeptKey.isKeyFile(data) else {
                throw Diagnostic(file: path, "refusing to overwrite this file: it is not a Thematic re-identification key (a key path may only be new or hold an earlier key)")
            }
            return resolvedKey
        case .symlink, .other:
            throw Diagnostic(file: path, "refusing to write the re-identification key here: the path is not a regular file")
        }
    }

    /// Refuses to replace a folder that Thematic cannot prove it wrote (rule 4).
    static func checkReplaceable(_ target: String, displayName: String, ownership: Ownership) throws {
        switch FileSystem.kind(target) {
        case .missing: return
        case .directory: break
        default: throw Diagnostic(file: displayName, "the output path exists and is not a folder; refusing to replace it")
        }
        try WrittenRecord.checkReplaceable(target, displayName: displayName, manifest: ownership == .manifest, remedy: "choose another --out")
    }

    /// Refuses an output folder that is, or holds, one of the run's inputs: publishing replaces the folder whole.
    static func checkNoInputs(_ inputs: [String], inside target: String, displayName: String) throws {
        for input in inputs {
            let resolved = FileSystem.resolved(input)
            if FileSystem.isInside(resolved, target) {
                throw Diagnostic(file: displayName, "refusing to publish here: the output folder holds \(input), an input of this run, and publishing replaces the folder whole; choose another --out")
            }
        }
    }

    /// Removes what killed runs left beside `parent/name`; restores a retired output when the output is missing.
    /// Claims where a run publishing to `directory` keeps its large artifacts until it publishes: a hidden sibling of
    /// the output folder named with the process id (on the output's file system, so publishing links rather than
    /// copies; a killed run's spool is removed by the next run, like its staging folder), or the temporary folder when
    /// the output's parent does not exist yet. The lock is held until the spool is removed.
    public static func claimSpoolFolder(for directory: String) throws -> OwnerLock {
        let target = FileSystem.resolved(directory)
        return try OwnerLock.claim(prefix: (scratchFolder(for: directory) as NSString).appendingPathComponent(".\((target as NSString).lastPathComponent).spool-"))
    }

    /// Claims a working folder `.NAME.KIND-PID` beside the output folder `directory` (`verify`, `shards`): held until
    /// released, and removed by a later run only once no live process holds it.
    public static func claimWorkingFolder(_ kind: String, beside directory: String) throws -> OwnerLock {
        precondition(workingFolderKinds.contains(kind))
        let absolute = PathUtilities.absolute(directory)
        return try OwnerLock.claim(prefix: (absolute as NSString).deletingLastPathComponent + "/.\((absolute as NSString).lastPathComponent).\(kind)-")
    }

    /// Where a run publishing to `directory` keeps what it makes on the way (the spool, transcript stores): the output
    /// folder's parent when it can be written, else the temporary folder.
    public static func scratchFolder(for directory: String) -> String {
        let parent = (FileSystem.resolved(directory) as NSString).deletingLastPathComponent
        return FileSystem.kind(parent) == .directory && access(parent, W_OK) == 0 ? parent : NSTemporaryDirectory()
    }

    /// What a run keeps beside the output folder `NAME` while it works, each as `.NAME.KIND-PID` with its lock file:
    /// staging, the retired output, a verification's re-run, the spool, and the work folder `thematic analyze
    /// --shards` makes (it holds identifiers).
    static let workingFolderKinds = ["staging", "old", "verify", "spool", "shards"]

    /// Removes what runs that ended left beside `parent/name` — folders whose lock (`OwnerLock`) no live process holds,
    /// wherever it runs —, and puts a retired output back when the output itself is missing.
    static func recoverStaleStaging(parent: String, name: String) {
        let target = parent + "/" + name
        for kind in workingFolderKinds {
            for entry in OwnerLock.names(in: parent, prefix: ".\(name).\(kind)-") {
                let path = parent + "/" + entry
                OwnerLock.ifAbandoned(path) {
                    switch kind {
                    case "old" where FileSystem.kind(target) == .missing && FileSystem.kind(path) != .missing:
                        try? FileSystem.rename(path, target)
                    case "verify":
                        // The re-run published into this folder: what it left beside it goes too.
                        recoverStaleStaging(parent: parent, name: entry)
                        unlink(parent + "/.\(entry).lock")
                        FileSystem.removeTree(path)
                    default:
                        FileSystem.removeTree(path)
                    }
                }
            }
        }
    }

    /// Removes `.KEY.tmp-PID` files whose lock no live process holds (a run killed while writing its key).
    static func removeStaleKeyTemporaries(folder: String, name: String) {
        for entry in OwnerLock.names(in: folder, prefix: ".\(name).tmp-") {
            OwnerLock.ifAbandoned(folder + "/" + entry) { unlink(folder + "/" + entry) }
        }
    }

    /// Puts the staged folder in place of the target; remembers how, so it can be undone.
    private struct Swap {
        let staging: String
        let target: String
        let retired: String
        let exchanged: Bool
        let hadPrevious: Bool

        init(staging: String, target: String, retired: String) throws {
            self.staging = staging
            self.target = target
            self.retired = retired
            hadPrevious = FileSystem.kind(target) != .missing
            do {
                if hadPrevious, try FileSystem.exchange(staging, target) {
                    exchanged = true
                    return
                }
                exchanged = false
                if hadPrevious { try FileSystem.rename(target, retired) }
                do { try FileSystem.rename(staging, target) } catch {
                    if hadPrevious { try? FileSystem.rename(retired, target) }
                    throw error
                }
            } catch {
                FileSystem.removeTree(staging)
                throw error
            }
        }

        /// Puts the previous output back (the new one is discarded).
        func undo() {
            if exchanged {
                _ = try? FileSystem.exchange(staging, target)
                FileSystem.removeTree(staging)
            } else {
                FileSystem.removeTree(target)
                if hadPrevious { try? FileSystem.rename(retired, target) }
            }
        }

        /// Deletes the previous output, which this process's earlier run wrote and the check allowed replacing.
        func discardPrevious() {
            FileSystem.removeTree(exchanged ? staging : retired)
        }
    }
}
