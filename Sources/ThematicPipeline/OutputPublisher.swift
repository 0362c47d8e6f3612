import Foundation
import ThematicCore

/// Writes an artifact set to its output folder all at once.
///
/// Files go to a hidden sibling folder first; only when every file is written is the old folder moved aside and
/// the new one renamed into place, so a failed run (or a crash mid-write) leaves the previous output untouched.
public enum OutputPublisher {
    /// Publishes `artifacts` to `directory`. An existing non-empty folder is replaced only when it holds `marker`
    /// (an earlier run's manifest), or, with `marker` nil, only when it holds nothing but files this set replaces.
    public static func publish(_ artifacts: ArtifactSet, to directory: String, marker: String? = Manifest.fileName) throws {
        let fileManager = FileManager.default
        let target = PathUtilities.absolute(directory)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Diagnostic(file: directory, "the output path exists and is not a folder") }
            let contents = (try? fileManager.contentsOfDirectory(atPath: target)) ?? []
            if let marker, !contents.isEmpty, !contents.contains(marker) {
                throw Diagnostic(file: directory, "refusing to replace this folder: it is not empty and holds no \(marker) from an earlier Thematic run")
            }
            if marker == nil, contents.contains(where: { artifacts[$0] == nil }) {
                throw Diagnostic(file: directory, "refusing to replace this folder: it holds files that are not this run's output")
            }
        }
        try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent + "/.\(name).tmp-\(pid)"
        let retired = parent + "/.\(name).old-\(pid)"
        try? fileManager.removeItem(atPath: staging)
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            for path in artifacts.paths {
                let destination = staging + "/" + path
                try fileManager.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard fileManager.createFile(atPath: destination, contents: artifacts[path]) else {
                    throw Diagnostic(file: destination, "could not write the file")
                }
            }
            if fileManager.fileExists(atPath: target) {
                try fileManager.moveItem(atPath: target, toPath: retired)
            }
            try fileManager.moveItem(atPath: staging, toPath: target)
            try? fileManager.removeItem(atPath: retired)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            if !fileManager.fileExists(atPath: target), fileManager.fileExists(atPath: retired) {
                try? fileManager.moveItem(atPath: retired, toPath: target)
            }
            throw error
        }
    }
}
