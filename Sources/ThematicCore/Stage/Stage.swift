/// A step of the analysis pipeline.
///
/// A stage is a type in a target of its own. It says who it is and what it needs in its `descriptor`, takes its
/// options (already checked against the descriptor) in `init`, and does its work in `run(in:)`: it reads the corpus
/// and the products of earlier stages from the context, and leaves products for later stages and artifacts for
/// the output folder there. It never touches the file system itself, which is what lets the runner publish a run
/// atomically and reproduce it byte for byte.
public protocol Stage: Sendable {
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
    /// Products that earlier stages must have made (`Products.codings` …), by name.
    public var reads: [ProductName]
    /// Products this stage makes, or makes anew, for later stages.
    public var writes: [ProductName]
    /// Products the stage uses when an earlier stage made them (none need be in the pipeline, but one that is must come
    /// before this stage).
    public var readsIfMade: [ProductName]
    /// Files the stage writes into the output folder, relative to it; the runner refuses any other file the stage
    /// adds, and any change to an earlier stage's file.
    public var artifacts: [ArtifactDeclaration]
    /// COREQ checklist items (1–32) the stage's artifacts report, with where a reader finds them; the checklist
    /// marks these items as reported when the stage is in the pipeline.
    public var coreq: [Int: String]
    /// Fixed text the stage writes into its own artifacts that holds words people are also named after: a method
    /// named after its author ("Francis et al. (2010)"), a JSON key ("\"francis\" :"). The leak gate reads Thematic's
    /// own wording as nobody's name: these phrases, written exactly so, are not checked in the stage's artifacts
    /// (a study whose participant is called Francis can run).
    public var ownWording: [String]

    /// Creates a descriptor.
    public init(id: String, version: String, summary: String, discussion: String = "", options: [OptionSpec] = [],
                reads: [any AnyProductKey] = [], writes: [any AnyProductKey] = [], readsIfMade: [any AnyProductKey] = [],
                artifacts: [ArtifactDeclaration] = [], coreq: [Int: String] = [:], ownWording: [String] = []) {
        self.coreq = coreq
        self.ownWording = ownWording
        self.id = id
        self.version = version
        self.summary = summary
        self.discussion = discussion
        self.options = options
        self.reads = reads.map(\.name)
        self.writes = writes.map(\.name)
        self.readsIfMade = readsIfMade.map(\.name)
        self.artifacts = artifacts
    }
}

/// A file, or a family of files (`*` stands for any text inside one path segment), a stage writes into the output folder.
public struct ArtifactDeclaration: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The path relative to the output folder, e.g. `themes.json` or `anonymized/*.xml`.
    public var pattern: String
    /// Whether the file holds transcript text (turns, quotes, concordance lines), so a reader knows which results can
    /// be shared apart from the transcripts; the leak gate checks every file either way.
    public var carriesTranscriptText: Bool

    /// Declares a file or family of files.
    public init(_ pattern: String, carriesTranscriptText: Bool = false) {
        self.pattern = pattern
        self.carriesTranscriptText = carriesTranscriptText
    }

    /// A file without transcript text.
    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { pattern + (carriesTranscriptText ? " (transcript text)" : "") }

    /// Whether `path` is one of the declared files.
    public func matches(_ path: String) -> Bool {
        let patternParts = pattern.split(separator: "/", omittingEmptySubsequences: false)
        let pathParts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard patternParts.count == pathParts.count else { return false }
        return zip(patternParts, pathParts).allSatisfy { Self.segment(Substring($0), matches: Substring($1)) }
    }

    /// One path segment against one pattern segment, `*` matching any run of characters.
    private static func segment(_ pattern: Substring, matches text: Substring) -> Bool {
        guard let star = pattern.firstIndex(of: "*") else { return pattern == text }
        let prefix = pattern[..<star]
        let rest = pattern[pattern.index(after: star)...]
        guard text.hasPrefix(prefix) else { return false }
        var remainder = text.dropFirst(prefix.count)
        while true {
            if segment(rest, matches: remainder) { return true }
            guard !remainder.isEmpty else { return false }
            remainder = remainder.dropFirst()
        }
    }
}

/// The name of something a stage hands to later stages, as written in messages and plans.
public struct ProductName: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The name as written in messages.
    public var rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A product a stage reads or writes, with the type of its value: declared once, next to that type, as a static
/// member of `Products` (`Products.codings`, `Products.themes`), and named in stage descriptors.
///
/// Reading a product gives back its declared type, so stage code never casts; the runner checks before any stage
/// runs that every product a stage reads is made earlier and not rewritten later.
public struct ProductKey<Value: Sendable>: AnyProductKey {
    public let name: ProductName

    /// A key named `name` (kebab-case, unique in the program).
    public init(_ name: String) { self.name = ProductName(name) }
}

/// A product key without its value type, for stage descriptors.
public protocol AnyProductKey: Sendable {
    var name: ProductName { get }
}

/// The namespace of product keys; each target that defines a product's value type adds its key here.
public enum Products {
    /// The study and its transcripts. The runner makes it; a stage that rewrites transcripts (anonymization) writes it
    /// again, so every stage that reads it — every stage that sees transcript text — must come after that one.
    public static let corpus = ProductKey<Corpus>("corpus")
}
