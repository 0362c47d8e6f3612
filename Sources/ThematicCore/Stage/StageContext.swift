import Foundation

/// What a running stage sees: the corpus, the products of earlier stages, and the artifacts being collected.
///
/// The context is handed from stage to stage in pipeline order; it is not shared between threads, so stages that
/// parallelise work do so internally and merge their results in a fixed order before touching the context.
public final class StageContext {
    /// Products of earlier stages, by name (the corpus among them).
    private var products: [ProductName: any Sendable] = [:]
    /// The stage running now, whose declaration `read` and `put` hold it to; nil between stages.
    public var running: StageDescriptor?
    /// The files this run will publish.
    public var artifacts: ArtifactSet
    /// How many worker threads a stage may use; results must not depend on it.
    public let jobs: Int
    /// The directory the pipeline file is in, for stages that read further inputs (a codebook, say).
    public let baseDirectory: String
    /// Input files a stage read beyond the transcripts and study; recorded with their hashes in the manifest.
    public private(set) var extraInputs: [String: String] = [:]
    /// Files written outside the artifact folder (e.g. a re-identification key), recorded by name only.
    public private(set) var sideOutputs: [String] = []
    /// The re-identification key a stage kept, published by the runner together with the output.
    public private(set) var keptKey: KeptKey?
    /// The descriptors of every stage in the pipeline, in order (a report stage lists what ran and the COREQ
    /// items the pipeline covers).
    public var plan: [StageDescriptor] = []
    /// The folder the run will publish to, when known; files a stage writes elsewhere must not land in it.
    public var outputDirectory: String?
    /// The folder transcript stores are made in (each file unlinked as soon as it is made, so nothing stays there);
    /// the runner names the output folder's parent, which it knows it can write.
    public var scratchFolder = NSTemporaryDirectory()
    /// Where a stage that keeps a re-identification key writes it (`thematic analyze --key`); overrides the stage's option.
    public var keyFile: String?
    /// Identifiers nothing the run publishes may contain (those an anonymization stage replaced).
    public private(set) var protectedIdentifiers: [ProtectedIdentifier] = []
    /// One-line findings stages report for the terminal summary (never written to artifacts).
    public private(set) var summaryLines: [String] = []
    /// Where progress goes (the terminal, or a log with `--progress`); nil shows none. Set by the runner, which also
    /// names the running stage in `progressLabel`.
    public var progress: (@Sendable (String) -> Void)?
    public var progressLabel = ""

    /// Creates a context.
    public init(corpus: Corpus, artifacts: ArtifactSet = ArtifactSet(), jobs: Int = 1, baseDirectory: String = ".") {
        products[Products.corpus.name] = corpus
        self.artifacts = artifacts
        self.jobs = max(1, jobs)
        self.baseDirectory = baseDirectory
    }

    /// A path from a stage option, resolved against the pipeline file's folder unless it is absolute.
    public func path(_ option: String) -> String {
        option.hasPrefix("/") ? option : (baseDirectory as NSString).appendingPathComponent(option)
    }

    /// Leaves a product for later stages; the running stage must declare it in `writes`.
    public func put<Value: Sendable>(_ value: Value, for key: ProductKey<Value>) throws {
        if let running, !running.writes.contains(key.name) {
            throw Diagnostic("stage '\(running.id)' makes '\(key.name)' without declaring it in its descriptor's writes")
        }
        products[key.name] = value
    }

    /// A product of an earlier stage; the running stage must declare it in `reads`, and an earlier stage must have
    /// made it (the runner checks both before the first stage runs).
    public func read<Value: Sendable>(_ key: ProductKey<Value>) throws -> Value {
        if let running, !running.reads.contains(key.name), !running.readsIfMade.contains(key.name) {
            throw Diagnostic("stage '\(running.id)' reads '\(key.name)' without declaring it in its descriptor's reads")
        }
        guard let value = products[key.name] else { throw Diagnostic("no earlier stage produced '\(key.name)'") }
        // Two keys of one name but different types would be a programming error in a stage; say which, not crash.
        guard let typed = value as? Value else {
            throw Diagnostic("'\(key.name)' holds a \(type(of: value)), but \(running.map { "stage '\($0.id)'" } ?? "the reader") reads it as a \(Value.self): two product keys share the name")
        }
        return typed
    }

    /// A product the running stage reads and makes anew (declared in both `reads` and `writes`), taken out of the
    /// context: the stage then holds the only copy, so it can let go of what it no longer needs (anonymization frees
    /// the original transcripts while it works). It must `put` the new product before it returns.
    public func take<Value: Sendable>(_ key: ProductKey<Value>) throws -> Value {
        if let running, !running.writes.contains(key.name) {
            throw Diagnostic("stage '\(running.id)' takes '\(key.name)' without declaring it in its descriptor's writes")
        }
        let value = try read(key)
        products[key.name] = nil
        return value
    }

    /// A product the running stage uses when an earlier stage made it (declared in `readsIfMade`), or nil.
    public func readIfMade<Value: Sendable>(_ key: ProductKey<Value>) throws -> Value? {
        products[key.name] == nil ? nil : try read(key)
    }

    /// The corpus as it stands after the last stage, for the runner (stages read `Products.corpus`).
    public var finalCorpus: Corpus { products[Products.corpus.name] as! Corpus }

    /// A meter for a long part of the running stage ("detect: 1200/2000 transcripts, 850/s, about 1 s left"), safe to
    /// advance from the stage's threads; nil when no progress is shown.
    public func meter(_ task: String, total: Int, unit: String = "transcripts") -> ProgressMeter? {
        guard let progress else { return nil }
        return ProgressMeter(progressLabel.isEmpty ? task : progressLabel + ": " + task, total: total, unit: unit, progress: progress)
    }

    /// A new transcript store for interviews a stage makes (the rewritten corpus), in the run's scratch folder.
    public func transcriptStore() throws -> TranscriptStore {
        try TranscriptStore(in: scratchFolder)
    }

    /// The files the stages' file options name, as the runner read them before any stage ran (path as the pipeline
    /// gives it → bytes).
    public var inputFiles: [String: Data] = [:]

    /// The bytes of a file a file option names (`StageOption(file:…)`), recorded with its digest for the manifest:
    /// those the runner read up front, else (a stage run outside a pipeline) read now. Nil for a file that does not
    /// exist when `optional`.
    public func inputFile(_ path: String, what: String = "file", optional: Bool = false) throws -> Data? {
        let data: Data
        if let read = inputFiles[path] {
            data = read
        } else {
            if optional, !FileManager.default.fileExists(atPath: self.path(path)) { return nil }
            data = try InputFile.read(self.path(path), displayName: path, what: what)
        }
        recordInput(path: path, sha256: Digest.sha256(data))
        return data
    }

    /// Records an input file a stage read, with its SHA-256, for the manifest.
    public func recordInput(path: String, sha256: String) {
        extraInputs[path] = sha256
    }

    /// Adds a line to the summary printed after the run.
    public func summarize(_ line: String) {
        summaryLines.append(line)
    }

    /// Lists identifiers nothing published may contain; the runner checks every artifact, the manifest and the
    /// summary before publishing (the leak gate).
    public func protect(_ identifiers: [ProtectedIdentifier]) {
        protectedIdentifiers += identifiers.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// What the leak gate protects of the study's own identifiers when a stage says it more precisely than the
    /// study's list does (the anonymization stage: the parts of listed names too, and which listed words need a name's
    /// context); nil: the study's list as it is (`Study.protectedIdentifiers`).
    public private(set) var studyProtection: [ProtectedIdentifier]?

    /// Sets `studyProtection`; it must cover every identifier the study lists.
    public func protectStudyIdentifiers(_ identifiers: [ProtectedIdentifier]) {
        studyProtection = identifiers.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Everything the leak gate protects: what stages found, and the study's identifiers.
    public func gateProtection(study: Study) -> [ProtectedIdentifier] {
        protectedIdentifiers + (studyProtection ?? study.protectedIdentifiers)
    }

    /// Records that a stage wrote a file outside the output folder.
    public func recordSideOutput(_ description: String) {
        sideOutputs.append(description)
    }

    /// Hands the runner a re-identification key to publish with the output (one per run).
    public func keep(_ key: KeptKey) throws {
        if keptKey != nil { throw Diagnostic("two stages keep a re-identification key; a run keeps one") }
        keptKey = key
        sideOutputs.append(key.description)
    }
}
