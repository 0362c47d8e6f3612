import Foundation

/// Path arithmetic on `/`-separated strings, independent of the current directory where possible.
public enum PathUtilities {
    /// `base/relative`, with `.` parts removed.
    public static func join(_ base: String, _ relative: String) -> String {
        if base.isEmpty || base == "." { return normalize(relative) }
        return normalize(base + "/" + relative)
    }

    /// Removes `.` and resolvable `..` parts and duplicate slashes.
    public static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The absolute form of `path` (relative to the current directory).
    public static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? normalize(path) : normalize(FileManager.default.currentDirectoryPath + "/" + path)
    }

    /// The path of `target` as seen from the directory `base`, with `..` where needed.
    public static func relative(_ target: String, from base: String) -> String {
        let targetParts = absolute(target).split(separator: "/")
        let baseParts = absolute(base).split(separator: "/")
        var common = 0
        while common < targetParts.count, common < baseParts.count, targetParts[common] == baseParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: baseParts.count - common)
        let rest = targetParts[common...].map(String.init)
        let joined = (ups + rest).joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    /// Expands a path or glob pattern (`*`, `?`, `[…]`) to the files it names, sorted by byte order.
    public static func expand(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let pointer = result.gl_pathv[index] { paths.append(String(cString: pointer)) }
        }
        return paths.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The absolute path with symbolic links resolved (also when its last parts do not exist yet).
    public static func resolvingLinks(_ path: String) -> String {
        FileSystem.resolved(path)
    }

    /// Whether `path` contains glob metacharacters.
    public static func isPattern(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
