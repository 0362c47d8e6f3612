import Foundation

/// The files a run will publish, held in memory until the whole run has succeeded.
///
/// Stages add files here instead of writing to disk, so that a failing stage leaves no partial output and the
/// runner can publish everything at once, hash it for the manifest, and scan it before publishing.
public struct ArtifactSet: Sendable {
    private var files: [String: Data] = [:]
    private var owners: [String: String] = [:]
    /// How many times each path was written, so a runner can tell a changed file without comparing its bytes.
    private var writes: [String: Int] = [:]

    /// Creates an empty set.
    public init() {}

    /// The artifact paths, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// The contents of the artifact at `path`.
    public subscript(path: String) -> Data? { files[path] }

    /// Adds a file.
    ///
    /// - Parameters:
    ///   - path: a relative path with `/` separators; no `..`, no leading `/`.
    ///   - data: the bytes.
    ///   - stage: the stage writing it, for the message when two stages write the same path.
    public mutating func add(_ path: String, _ data: Data, by stage: String) throws {
        try Self.checkPath(path)
        if let owner = owners[path], owner != stage {
            throw Diagnostic("stages '\(owner)' and '\(stage)' both write the artifact '\(path)'")
        }
        files[path] = data
        owners[path] = stage
        writes[path, default: 0] += 1
    }

    /// Adds `value` as canonical JSON.
    public mutating func addJSON<T: Encodable>(_ path: String, _ value: T, by stage: String) throws {
        try add(path, CanonicalJSON.encode(value), by: stage)
    }

    /// Adds UTF-8 text; line endings are normalised to `\n`.
    public mutating func addText(_ path: String, _ text: String, by stage: String) throws {
        // Checking the bytes first keeps large artifacts off Foundation's slow search path in the common case.
        let normalised = text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        try add(path, Data(normalised.utf8), by: stage)
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
