import Foundation
import ThematicCore

/// Proof that Thematic wrote a folder: every file it wrote there with its SHA-256, and the subfolders whose whole
/// content its own steps write. A folder (or a file in it) is replaced only when it is proved ours this way — never
/// because its names look like ours: a transcript folder is named like an anonymized one, a user's `plan.json` like a
/// work folder's. A file changed after we wrote it no longer matches its digest, so it is the user's and is kept.
///
/// One rule for every command that replaces what it wrote earlier: `analyze` (whose `manifest.json` is its record),
/// `anonymize` and `import` (`.thematic-written.json` beside what they wrote) and the work folders of sharded runs.
public struct WrittenRecord: Codable, Equatable, Sendable {
    /// The record's file name in a folder that has no manifest.
    public static let fileName = ".thematic-written.json"
    static let currentFormat = "thematic-written/1"

    public var format: String
    /// Files (relative to the folder) and their SHA-256 as written.
    public var files: [String: String]
    /// Subfolders (relative) whose whole content Thematic's own steps write, so no digest is kept per file.
    public var trees: [String]

    public init(files: [String: String], trees: [String] = []) {
        format = Self.currentFormat
        self.files = files
        self.trees = trees.sorted()
    }

    /// The record a folder holds: its manifest's artifacts where `manifest` is set, else `.thematic-written.json`;
    /// nil when the folder holds no record Thematic could have written.
    static func read(in folder: String, manifest: Bool, allowingTrees: Bool = false) -> WrittenRecord? {
        if manifest {
            let path = folder + "/" + Manifest.fileName
            guard FileSystem.kind(path) == .file, let data = FileManager.default.contents(atPath: path),
                  let manifest = try? JSONDecoder().decode(Manifest.self, from: data),
                  manifest.format.hasPrefix("thematic-manifest/"), manifest.tool.name == "thematic" else { return nil }
            // The manifest is the record, so it cannot list itself: it counts as written.
            var files = manifest.artifacts
            files[Manifest.fileName] = Digest.sha256(data)
            return WrittenRecord(files: files)
        }
        let path = folder + "/" + fileName
        guard FileSystem.kind(path) == .file, let data = FileManager.default.contents(atPath: path),
              let record = try? JSONDecoder().decode(WrittenRecord.self, from: data),
              record.format == currentFormat,
              // Only a work folder's steps write whole trees; any other record lists every file with its digest, so a
              // record claiming a tree there is not one Thematic wrote.
              allowingTrees || record.trees.isEmpty else { return nil }
        var files = record.files
        files[fileName] = Digest.sha256(data)
        return WrittenRecord(files: files, trees: record.trees)
    }

    /// What in `folder` this record does not prove ours: entries it does not list (a folder is shown with a slash)
    /// and files whose content differs from what was written. Both empty when the whole folder may be replaced.
    func unproved(in folder: String) throws -> (foreign: [String], changed: [String]) {
        let entries: [String]
        do { entries = try FileManager.default.subpathsOfDirectory(atPath: folder).sorted() } catch {
            throw Diagnostic(file: folder, "cannot list the folder to check that Thematic wrote it: \(error.localizedDescription)")
        }
        var folders: Set<String> = []
        for path in files.keys {
            var parent = (path as NSString).deletingLastPathComponent
            while !parent.isEmpty { folders.insert(parent); parent = (parent as NSString).deletingLastPathComponent }
        }
        var foreign: [String] = []
        var changed: [String] = []
        for entry in entries {
            if trees.contains(where: { entry == $0 || entry.hasPrefix($0 + "/") }) { continue }
            switch FileSystem.kind(folder + "/" + entry) {
            case .directory where folders.contains(entry):
                continue
            case .directory where entries.contains(where: { $0.hasPrefix(entry + "/") }):
                continue // judged by what it holds
            case .file:
                guard let written = files[entry] else { foreign.append(entry); continue }
                if entry == Self.fileName || entry == Manifest.fileName { continue }
                if (try? Digest.sha256(file: folder + "/" + entry)) != written { changed.append(entry) }
            case .directory:
                foreign.append(entry + "/")
            default:
                foreign.append(entry)
            }
        }
        return (foreign, changed)
    }

    /// Refuses, naming what is not proved ours, unless the whole of `folder` may be replaced; `remedy` ends the
    /// message with what the user can do.
    static func checkReplaceable(_ folder: String, displayName: String, manifest: Bool, allowingTrees: Bool = false, remedy: String) throws {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if entries.isEmpty { return }
        guard let record = read(in: folder, manifest: manifest, allowingTrees: allowingTrees) else {
            let proof = manifest ? "it has no Thematic \(Manifest.fileName)" : "it has no \(fileName), which Thematic writes beside what it wrote"
            throw Diagnostic(file: displayName, "refusing to replace this folder: it is not empty (\(listed(entries.sorted()))) and nothing proves Thematic wrote it (\(proof)); \(remedy)")
        }
        let (foreign, changed) = try record.unproved(in: folder)
        if !changed.isEmpty {
            let them = changed.count == 1 ? "it" : "them"
            throw Diagnostic(file: displayName, "refusing to replace this folder: \(listed(changed)) changed after Thematic wrote \(them), so \(changed.count == 1 ? "it is" : "they are") yours now; move \(them) elsewhere or \(remedy)")
        }
        if !foreign.isEmpty {
            let why = manifest ? "that its manifest does not list" : "that Thematic did not write"
            throw Diagnostic(file: displayName, "refusing to replace this folder: it holds files \(why) (\(listed(foreign))); move them elsewhere or \(remedy)")
        }
    }

    private static func listed(_ paths: [String]) -> String {
        paths.prefix(10).joined(separator: ", ") + (paths.count > 10 ? " and \(paths.count - 10) more" : "")
    }
}
