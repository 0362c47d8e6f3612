import Foundation

/// What a running stage sees: the corpus, the products of earlier stages, and the artifacts being collected.
///
/// The context is handed from stage to stage in pipeline order; it is not shared between threads, so stages that
/// parallelise work do so internally and merge their results in a fixed order before touching the context.
public final class StageContext {
    /// The study and its transcripts; a stage that rewrites transcripts replaces them here.
    public var corpus: Corpus
    /// Products of earlier stages, by name.
    public private(set) var products: [ProductName: any Sendable] = [:]
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
    /// Where a stage that keeps a re-identification key writes it (`thematic analyze --key`); overrides the stage's option.
    public var keyFile: String?
    /// Identifiers nothing the run publishes may contain (those an anonymization stage replaced).
    public private(set) var protectedIdentifiers: [ProtectedIdentifier] = []
    /// One-line findings stages report for the terminal summary (never written to artifacts).
    public private(set) var summaryLines: [String] = []

    /// Creates a context.
    public init(corpus: Corpus, artifacts: ArtifactSet = ArtifactSet(), jobs: Int = 1, baseDirectory: String = ".") {
        self.corpus = corpus
        self.artifacts = artifacts
        self.jobs = max(1, jobs)
        self.baseDirectory = baseDirectory
    }

    /// A path from a stage option, resolved against the pipeline file's folder unless it is absolute.
    public func path(_ option: String) -> String {
        option.hasPrefix("/") ? option : (baseDirectory as NSString).appendingPathComponent(option)
    }

    /// Leaves a product for later stages.
    public func put<Value: Sendable>(_ value: Value, as name: ProductName) {
        products[name] = value
    }

    /// A product of an earlier stage, or an error naming what is missing.
    public func product<Value: Sendable>(_ name: ProductName, as type: Value.Type = Value.self) throws -> Value {
        guard let stored = products[name] else {
            throw Diagnostic("no earlier stage produced '\(name)'")
        }
        guard let value = stored as? Value else {
            throw Diagnostic("product '\(name)' is a \(Swift.type(of: stored)), not a \(Value.self)")
        }
        return value
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
