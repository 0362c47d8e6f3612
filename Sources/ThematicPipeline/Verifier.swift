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

    /// Verifies the output folder `directory`; `pipeline` names the pipeline file when the output was moved (else it
    /// is looked for, by the name and digest the manifest records, beside the output and under the current folder).
    public func verify(_ directory: String, pipeline: String? = nil) throws -> Report {
        let manifestPath = directory + "/" + Manifest.fileName
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw Diagnostic(file: manifestPath, "no manifest: this is not a Thematic output folder")
        }
        let manifest: Manifest
        do { manifest = try JSONDecoder().decode(Manifest.self, from: data) } catch {
            throw Diagnostic(file: manifestPath, "the manifest cannot be read: \(error)")
        }
        let pipelinePath: String
        if let pipeline {
            pipelinePath = pipeline
        } else if let found = Self.findPipeline(named: manifest.pipeline.file, sha256: manifest.pipeline.sha256, near: directory,
                                                inputs: manifest.inputs) {
            pipelinePath = found
        } else {
            throw Diagnostic(file: manifestPath, "cannot find the pipeline file '\(manifest.pipeline.file)' this output was made from; give it with --pipeline FILE")
        }
        var changed: [String] = []
        guard let pipelineData = FileManager.default.contents(atPath: pipelinePath) else {
            throw Diagnostic(file: pipelinePath, "the pipeline file cannot be read")
        }
        if Digest.sha256(pipelineData) != manifest.pipeline.sha256 { changed.append(pipelinePath) }
        let base = (pipelinePath as NSString).deletingLastPathComponent
        for (input, hash) in manifest.inputs.sorted(by: { $0.key < $1.key }) where !input.hasPrefix(Manifest.interviewInputPrefix) {
            let path = PathUtilities.join(base, input)
            guard let bytes = FileManager.default.contents(atPath: path) else { changed.append(path + " (missing)"); continue }
            if Digest.sha256(bytes) != hash { changed.append(path) }
        }
        // Transcripts are recorded by interview id and digest (their file names may hold identifiers): every file
        // the pipeline names must have a recorded digest, and every recorded digest a file.
        if let pipelineFile = try? PipelineFile.load(pipelinePath),
           let files = try? CorpusLoader.resolve(patterns: pipelineFile.transcripts, base: pipelineFile.baseDirectory, file: pipelinePath) {
            var recordedDigests: [String: [String]] = [:]
            for (key, hash) in manifest.inputs where key.hasPrefix(Manifest.interviewInputPrefix) { recordedDigests[hash, default: []].append(key) }
            for file in files {
                let hash = (try? InputFile.read(file.path)).map(Digest.sha256)
                if let hash, recordedDigests[hash]?.isEmpty == false { recordedDigests[hash]!.removeLast() } else { changed.append(file.path) }
            }
            changed += recordedDigests.values.flatMap { $0 }.sorted().map { $0 + " (no file with its content)" }
        }
        if !changed.isEmpty {
            return Report(changedInputs: changed, differing: [], missing: [], unexpected: [])
        }

        // A hidden sibling of the recorded folder, held by this process's lock while it exists (publishing into the
        // recorded folder's parent cleans it up if this process is killed, and never while it runs).
        let absolute = PathUtilities.absolute(directory)
        let rerunOwner = try OutputPublisher.claimWorkingFolder("verify", beside: absolute)
        let rerun = rerunOwner.path
        let rerunName = (rerun as NSString).lastPathComponent
        defer {
            try? FileManager.default.removeItem(atPath: rerun)
            try? FileManager.default.removeItem(atPath: (absolute as NSString).deletingLastPathComponent + "/.\(rerunName).lock")
            rerunOwner.release()
        }
        // A run that kept a key writes one again, to a throw-away file, so its manifest records the same side outputs.
        var rerunner = runner
        if !manifest.sideOutputs.isEmpty {
            rerunner.keyFile = rerun + ".key"
        }
        defer { try? FileManager.default.removeItem(atPath: rerun + ".key") }
        let fresh = try rerunner.run(pipelinePath: pipelinePath, outputOverride: rerun).manifest
        // Transcripts are recorded by interview id (their file names may hold identifiers), so they are compared
        // through the re-run's own record.
        for key in Set(manifest.inputs.keys).union(fresh.inputs.keys).sorted() where key.hasPrefix(Manifest.interviewInputPrefix) {
            if manifest.inputs[key] != fresh.inputs[key] {
                changed.append(fresh.inputs[key] == nil ? key + " (missing)" : manifest.inputs[key] == nil ? key + " (new)" : key)
            }
        }
        if !changed.isEmpty {
            return Report(changedInputs: changed, differing: [], missing: [], unexpected: [])
        }

        let recorded = Set(try Self.files(under: absolute))
        let rerunFiles = Set(try Self.files(under: rerun))
        var differing: [String] = []
        for path in recorded.intersection(rerunFiles).sorted() {
            if FileManager.default.contents(atPath: absolute + "/" + path) != FileManager.default.contents(atPath: rerun + "/" + path) {
                differing.append(path)
            }
        }
        return Report(changedInputs: [], differing: differing, missing: recorded.subtracting(rerunFiles).sorted(),
                      unexpected: rerunFiles.subtracting(recorded).sorted())
    }

    /// A file called `name` with SHA-256 `sha256` beside `output`, or under the current folder (four levels deep at
    /// most, hidden folders and build folders skipped).
    /// Of several copies of one pipeline, the first whose recorded inputs are all unchanged is chosen.
    static func findPipeline(named name: String, sha256: String, near output: String, inputs: [String: String]) -> String? {
        var candidates: [String] = []
        func consider(_ path: String) -> Bool {
            guard FileManager.default.contents(atPath: path).map({ Digest.sha256($0) == sha256 }) ?? false else { return false }
            candidates.append(path)
            let base = (path as NSString).deletingLastPathComponent
            return inputs.filter { !$0.key.hasPrefix(Manifest.interviewInputPrefix) }.allSatisfy { input, hash in
                FileManager.default.contents(atPath: PathUtilities.join(base, input)).map { Digest.sha256($0) == hash } ?? false
            }
        }
        let beside = ((PathUtilities.absolute(output) as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        if consider(beside) { return beside }
        var folders = [FileManager.default.currentDirectoryPath]
        for _ in 0..<5 {
            var next: [String] = []
            for folder in folders {
                if consider(folder + "/" + name) { return folder + "/" + name }
                for entry in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !entry.hasPrefix(".") {
                    let path = folder + "/" + entry
                    if FileSystem.kind(path) == .directory { next.append(path) }
                }
            }
            folders = Array(next.prefix(2000))
        }
        return candidates.first
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
