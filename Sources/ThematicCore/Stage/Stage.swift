/// A step of the analysis pipeline.
///
/// A stage is a type in a target of its own. It says who it is and what it needs in its `descriptor`, takes its
/// options (already checked against the descriptor) in `init`, and does its work in `run(in:)`: it reads the corpus
/// and the products of earlier stages from the context, and leaves products for later stages and artifacts for
/// the output folder there. It never touches the file system itself, which is what lets the runner publish a run
/// atomically and reproduce it byte for byte.
public protocol Stage {
    /// The stage's identity, documentation, options and data dependencies.
    static var descriptor: StageDescriptor { get }

    /// Creates the stage with options validated against `descriptor.options` and filled with defaults.
    init(options: StageOptions) throws

    /// Runs the stage.
    func run(in context: StageContext) throws
}

/// What a stage is, what it takes and what it gives.
public struct StageDescriptor: Sendable {
    /// The name used in `pipeline.yaml` (kebab-case, e.g. `descriptives`).
    public var id: String
    /// The stage's own version; recorded in the manifest so a changed algorithm shows.
    public var version: String
    /// One line for `thematic stages`.
    public var summary: String
    /// Longer documentation: the method, its reference, its assumptions.
    public var discussion: String
    /// The options the stage accepts.
    public var options: [OptionSpec]
    /// Products that earlier stages must have made (see `ProductName`).
    public var reads: [ProductName]
    /// Products this stage makes for later stages.
    public var writes: [ProductName]
    /// Files the stage writes into the output folder, relative to it.
    public var artifacts: [String]
    /// COREQ checklist items (1–32) the stage's artifacts report, with where a reader finds them; the checklist
    /// marks these items as reported when the stage is in the pipeline.
    public var coreq: [Int: String]

    /// Creates a descriptor.
    public init(id: String, version: String, summary: String, discussion: String = "", options: [OptionSpec] = [],
                reads: [ProductName] = [], writes: [ProductName] = [], artifacts: [String] = [], coreq: [Int: String] = [:]) {
        self.coreq = coreq
        self.id = id
        self.version = version
        self.summary = summary
        self.discussion = discussion
        self.options = options
        self.reads = reads
        self.writes = writes
        self.artifacts = artifacts
    }
}

/// The name of something a stage hands to later stages (codings, themes …).
public struct ProductName: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as written in messages.
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The transcripts after de-identification; stages that must never see identifiers read it.
    public static let anonymizedTranscripts: ProductName = "anonymized-transcripts"
    /// Coded segments.
    public static let codings: ProductName = "codings"
    /// The code hierarchy.
    public static let codebook: ProductName = "codebook"
    /// Aggregated themes.
    public static let themes: ProductName = "themes"
    /// Saturation measures.
    public static let saturation: ProductName = "saturation"
}
