import Foundation
import ThematicTestSupport

/// Where the scaffold test builds when it cannot see the checkout through an overlay (`ScaffoldScenario`): a copy of
/// the package in a fixed folder in this checkout's `.build`, kept between runs. The copy's build is then incremental (only what the scaffold adds and what
/// changed since the last run compiles), where a fresh folder each time rebuilt the whole package and its
/// dependencies — minutes on two cores. A build cannot reuse the main build's own products: SwiftPM keys every
/// command on absolute source and output paths, and a copy lives at another path.
enum ScaffoldWorkspace {
    /// The items of the package the copy needs (what a clone has, less docs and scripts).
    static let packageItems = ["Package.swift", "Sources", "Plugins", "Tests", "Fixtures", "Benchmarks"]

    static var root: URL { TestSupport.packageRoot.appendingPathComponent(".build/scaffold-test") }
    static var copy: URL { root.appendingPathComponent("Thematic") }
    static var outside: URL { root.appendingPathComponent("WordCounts") }

    /// Makes `copy` the package as it is now (files unchanged since the last run keep their dates, so the build
    /// skips them), leaves the copy's `.build` alone, and removes what the last run wrote around it.
    static func prepare() throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: copy, withIntermediateDirectories: true)
        // The pins too, when the package has them: the copy then resolves the same versions without asking the network.
        let pins = TestSupport.packageRoot.appendingPathComponent("Package.resolved")
        let items = packageItems + (fileManager.fileExists(atPath: pins.path) ? ["Package.resolved"] : [])
        let wanted = Set(items + [".build"])
        for item in try fileManager.contentsOfDirectory(atPath: copy.path) where !wanted.contains(item) {
            try fileManager.removeItem(at: copy.appendingPathComponent(item))
        }
        for item in items {
            try mirror(TestSupport.packageRoot.appendingPathComponent(item), to: copy.appendingPathComponent(item))
        }
        if fileManager.fileExists(atPath: outside.path) { try fileManager.removeItem(at: outside) }
        // The dependency checkouts already resolved for this package, so the copy needs no fetching (first run only:
        // afterwards SwiftPM keeps the copy's own up to date).
        for item in ["checkouts", "repositories"] {
            let source = TestSupport.packageRoot.appendingPathComponent(".build/\(item)")
            let target = copy.appendingPathComponent(".build/\(item)")
            if fileManager.fileExists(atPath: source.path) && !fileManager.fileExists(atPath: target.path) {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: source, to: target)
            }
        }
    }

    /// Makes `target` hold what `source` holds: files whose size or date differ are copied with the source's date,
    /// files and folders the source lacks are removed, unchanged files are not touched.
    static func mirror(_ source: URL, to target: URL) throws {
        let fileManager = FileManager.default
        let attributes = try fileManager.attributesOfItem(atPath: source.path)
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                try fileManager.removeItem(at: target)
            }
            try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
            let children = try fileManager.contentsOfDirectory(atPath: source.path)
            for extra in Set(try fileManager.contentsOfDirectory(atPath: target.path)).subtracting(children) {
                try fileManager.removeItem(at: target.appendingPathComponent(extra))
            }
            for child in children { try mirror(source.appendingPathComponent(child), to: target.appendingPathComponent(child)) }
            return
        }
        if let existing = try? fileManager.attributesOfItem(atPath: target.path),
           existing[.type] as? FileAttributeType == attributes[.type] as? FileAttributeType,
           existing[.size] as? Int == attributes[.size] as? Int,
           let had = existing[.modificationDate] as? Date, let has = attributes[.modificationDate] as? Date,
           abs(had.timeIntervalSince(has)) < 0.001 {  // set dates may come back rounded to the microsecond
            return
        }
        if (try? fileManager.attributesOfItem(atPath: target.path)) != nil { try fileManager.removeItem(at: target) }
        try fileManager.copyItem(at: source, to: target)
        if let date = attributes[.modificationDate] as? Date, attributes[.type] as? FileAttributeType != .typeSymbolicLink {
            try fileManager.setAttributes([.modificationDate: date], ofItemAtPath: target.path)
        }
    }
}
