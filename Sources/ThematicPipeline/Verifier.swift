import Foundation
import ThematicCore

/// Re-runs the pipeline recorded in an output folder's manifest and compares the result byte for byte.
public struct Verifier {
    /// What a verification found.
    public struct Report: Sendable {
        /// Inputs whose current hash differs from the recorded one, or that are missing.
        public var changedInputs: [String]
        /// Files that differ between the recorded output and the re-run.
        public var differing: [String]
        /// Files present in the recorded output but not in the re-run.
        public var missing: [String]
        /// Files the re-run made that the recorded output lacks.
        public var unexpected: [String]

        /// Whether the output reproduced exactly from unchanged inputs.
        public var isReproduced: Bool { changedInputs.isEmpty && differing.isEmpty && missing.isEmpty && unexpected.isEmpty }
    }

    private let runner: PipelineRunner

    /// Creates a verifier that re-runs with `runner`.
    public init(runner: PipelineRunner) {
        self.runner = runner
    }

    /// Verifies the output folder `directory`.
    public func verify(_ directory: String) throws -> Report {
        let manifestPath = directory + "/" + Manifest.fileName
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw Diagnostic(file: manifestPath, "no manifest: this is not a Thematic output folder")
        }
        let manifest: Manifest
        do { manifest = try JSONDecoder().decode(Manifest.self, from: data) } catch {
            throw Diagnostic(file: manifestPath, "the manifest cannot be read: \(error)")
        }
        let pipelinePath = PathUtilities.join(directory, manifest.pipeline.file)
        var changed: [String] = []
        guard let pipelineData = FileManager.default.contents(atPath: pipelinePath) else {
            throw Diagnostic(file: pipelinePath, "the pipeline file recorded in the manifest is missing")
        }
        if Digest.sha256(pipelineData) != manifest.pipeline.sha256 { changed.append(pipelinePath) }
        let base = (pipelinePath as NSString).deletingLastPathComponent
        for (input, hash) in manifest.inputs.sorted(by: { $0.key < $1.key }) {
            let path = PathUtilities.join(base, input)
            guard let bytes = FileManager.default.contents(atPath: path) else { changed.append(path + " (missing)"); continue }
            if Digest.sha256(bytes) != hash { changed.append(path) }
        }
        if !changed.isEmpty {
            return Report(changedInputs: changed, differing: [], missing: [], unexpected: [])
        }

        // A sibling of the recorded folder, so the pipeline's path relative to it (recorded in the manifest) is the same.
        let absolute = PathUtilities.absolute(directory)
        let rerun = (absolute as NSString).deletingLastPathComponent + "/.\((absolute as NSString).lastPathComponent).verify-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.removeItem(atPath: rerun)
        defer { try? FileManager.default.removeItem(atPath: rerun) }
        // A run that kept a key writes one again, to a throw-away file, so its manifest records the same side outputs.
        var rerunner = runner
        if !manifest.sideOutputs.isEmpty {
            rerunner.keyFile = rerun + ".key"
        }
        defer { try? FileManager.default.removeItem(atPath: rerun + ".key") }
        _ = try rerunner.run(pipelinePath: pipelinePath, outputOverride: rerun)

        let recorded = Set(try Self.files(under: absolute))
        let fresh = Set(try Self.files(under: rerun))
        var differing: [String] = []
        for path in recorded.intersection(fresh).sorted() {
            if FileManager.default.contents(atPath: absolute + "/" + path) != FileManager.default.contents(atPath: rerun + "/" + path) {
                differing.append(path)
            }
        }
        return Report(changedInputs: [], differing: differing, missing: recorded.subtracting(fresh).sorted(),
                      unexpected: fresh.subtracting(recorded).sorted())
    }

    /// Every regular file under `root`, relative to it, sorted.
    static func files(under root: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
