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

        /// The pipeline file the output was checked against (given, or found).
        public var pipeline = ""

        /// The first stage, in pipeline order, that a changed input reaches or whose outputs differ, and why.
        public var firstStage: (id: String, reason: String)?

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
        let pipelinePath = try pipeline ?? Self.findPipeline(for: manifest, near: directory, manifestPath: manifestPath)
        var report = try compare(manifest, directory: directory, pipelinePath: pipelinePath)
        report.pipeline = pipelinePath
        report.firstStage = firstStage(report, manifest: manifest, base: (pipelinePath as NSString).deletingLastPathComponent)
        return report
    }

    /// Where the difference starts: the first stage that read a changed input of its own (a codebook: coding), or,
    /// when the study, a transcript or the pipeline changed, the first stage; else the first stage that declares a
    /// file that differs, is missing or is new (artifact patterns never overlap, so each file has one stage).
    private func firstStage(_ report: Report, manifest: Manifest, base: String) -> (id: String, reason: String)? {
        guard !report.isReproduced, let first = manifest.stages.first else { return nil }
        if !report.changedInputs.isEmpty {
            // A changed input is listed by its path, with " (missing)" when it is gone or " (new since the run)" when an
            // optional file appeared: each is the stage's whose file options name it (a missing codebook is coding's).
            for stage in manifest.stages {
                let files = (stage.inputs ?? []) + fileOptions(of: stage)
                for input in files {
                    let path = PathUtilities.join(base, input)
                    if report.changedInputs.contains(path) { return (stage.id, "it reads \(input), which changed") }
                    if report.changedInputs.contains(path + Self.missingSuffix) { return (stage.id, "it reads \(input), which is missing") }
                    if report.changedInputs.contains(path + Self.newSuffix) { return (stage.id, "it reads \(input), which the run did not have") }
                }
            }
            return (first.id, "the study, a transcript or the pipeline changed, and every stage reads them")
        }
        let changedFiles = report.differing + report.missing + report.unexpected
        for stage in manifest.stages {
            guard let patterns = runner.registry.stage(stage.id)?.descriptor.artifacts.map(\.pattern) else { continue }
            if let file = changedFiles.first(where: { file in patterns.contains { StageRegistry.patternsOverlap($0, file) } }) {
                return (stage.id, "it writes \(file)")
            }
        }
        return nil
    }

    static let missingSuffix = " (missing)"
    static let newSuffix = " (new since the run)"

    /// The files a recorded stage's file options name, whether or not it read them.
    private func fileOptions(of stage: Manifest.StageRecord) -> [String] {
        guard let descriptor = runner.registry.stage(stage.id)?.descriptor else { return [] }
        return descriptor.options.flatMap { spec -> [String] in
            switch (spec.kind, stage.options[spec.name]) {
            case (.inputFile, .string(let path)?) where !path.isEmpty: [path]
            case (.inputFiles, .list(let paths)?): paths
            default: []
            }
        }
    }

    private func compare(_ manifest: Manifest, directory: String, pipelinePath: String) throws -> Report {
        var changed: [String] = []
        guard let pipelineData = FileManager.default.contents(atPath: pipelinePath) else {
            throw Diagnostic(file: pipelinePath, "the pipeline file cannot be read")
        }
        if Digest.sha256(pipelineData) != manifest.pipeline.sha256 { changed.append(pipelinePath) }
        let base = (pipelinePath as NSString).deletingLastPathComponent
        for (input, hash) in manifest.inputs.sorted(by: { $0.key < $1.key }) where !input.hasPrefix(Manifest.interviewInputPrefix) {
            let path = PathUtilities.join(base, input)
            guard let bytes = FileManager.default.contents(atPath: path) else { changed.append(path + Self.missingSuffix); continue }
            if Digest.sha256(bytes) != hash { changed.append(path) }
        }
        // A file a stage uses when it exists (review decisions) that was absent at the run and is there now changes
        // what the stage does; the manifest records only the files read, so it is looked for by the stage's options.
        var appeared: Set<String> = []
        for stage in manifest.stages {
            for input in fileOptions(of: stage) where manifest.inputs[input] == nil {
                let path = PathUtilities.join(base, input)
                if FileManager.default.fileExists(atPath: path), appeared.insert(path).inserted { changed.append(path + Self.newSuffix) }
            }
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
        let fresh = try rerunner.run(pipelinePath: pipelinePath, outputOverride: rerun).manifest!
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

    /// The pipeline file an output was made from, when it is not given: a file with the name and SHA-256 the manifest
    /// records, beside the output or under the current folder (four levels deep at most, hidden folders skipped),
    /// chosen only when it is the one such file whose study has every input the manifest records — the study file,
    /// codebook, coding files and each transcript by its digest. When several have them all (copies of the study) or
    /// none does and there are several, nothing is guessed: the error names them and asks for `--pipeline`. One
    /// candidate whose inputs changed is the study that changed since the run (verify then says what changed).
    static func findPipeline(for manifest: Manifest, near output: String, manifestPath: String) throws -> String {
        let name = manifest.pipeline.file
        var candidates: [String] = []
        var seen = Set<String>()
        func consider(_ path: String) {
            guard FileSystem.kind(path) == .file, FileManager.default.contents(atPath: path).map({ Digest.sha256($0) == manifest.pipeline.sha256 }) ?? false,
                  seen.insert(FileSystem.resolved(path)).inserted else { return }
            candidates.append(path)
        }
        let beside = ((PathUtilities.absolute(output) as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        consider(beside)
        // The study the output sits in, with every input as recorded, is the one it was made from.
        if candidates.first == beside, hasRecordedInputs(beside, manifest) { return beside }
        var folders = [FileManager.default.currentDirectoryPath]
        for _ in 0..<5 {
            var next: [String] = []
            for folder in folders {
                consider(folder + "/" + name)
                for entry in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !entry.hasPrefix(".") {
                    let path = folder + "/" + entry
                    if FileSystem.kind(path) == .directory { next.append(path) }
                }
            }
            folders = Array(next.prefix(2000))
        }
        let shown = { (paths: [String]) in paths.map { PathUtilities.relative($0, from: FileManager.default.currentDirectoryPath) }.joined(separator: ", ") }
        let matching = candidates.filter { hasRecordedInputs($0, manifest) }
        if matching.count == 1 { return matching[0] }
        if matching.count > 1 {
            throw Diagnostic(file: manifestPath, "several pipeline files could have made this output (the same '\(name)' with every recorded input: \(shown(matching))); give the one to re-run with --pipeline FILE")
        }
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty {
            throw Diagnostic(file: manifestPath, "cannot find the pipeline file '\(name)' this output was made from; give it with --pipeline FILE")
        }
        throw Diagnostic(file: manifestPath, "none of the pipeline files named '\(name)' with the recorded digest (\(shown(candidates))) has the inputs this output records; give the one to check with --pipeline FILE")
    }

    /// Whether the study of the pipeline at `path` has every input `manifest` records, with the recorded digest: the
    /// files by their path from the pipeline's folder, the transcripts the pipeline names by their digests.
    static func hasRecordedInputs(_ path: String, _ manifest: Manifest) -> Bool {
        let base = (path as NSString).deletingLastPathComponent
        var transcripts: [String: Int] = [:]
        for (input, hash) in manifest.inputs {
            if input.hasPrefix(Manifest.interviewInputPrefix) {
                transcripts[hash, default: 0] += 1
            } else if FileManager.default.contents(atPath: PathUtilities.join(base, input)).map({ Digest.sha256($0) != hash }) ?? true {
                return false
            }
        }
        guard let pipeline = try? PipelineFile.load(path),
              let files = try? CorpusLoader.resolve(patterns: pipeline.transcripts, base: pipeline.baseDirectory, file: path),
              files.count == transcripts.values.reduce(0, +) else { return false }
        for file in files {
            guard let hash = (try? InputFile.read(file.path)).map(Digest.sha256), let left = transcripts[hash], left > 0 else { return false }
            transcripts[hash] = left - 1
        }
        return true
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
