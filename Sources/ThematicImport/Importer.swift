import Foundation
import ThematicCore

/// Reads transcripts in a format other than Interview XML (Word, plain text, WebVTT, SRT, TEI …).
///
/// An importer is a type in a target of its own under `Sources/Importers/<Name>`, like a stage. It says which files
/// it takes (by extension, and by content through `recognizes`), takes its options in `init`, and turns one file
/// into an `ImportedDocument`: turns with the speaker *labels* as written, timestamps and non-verbal events kept out
/// of the text, metadata lines, and findings for whatever it left out. Mapping labels to ids, protecting names and
/// writing the study folder is the same for every format and is done by `StudyImport`.
public protocol Importer: Sendable {
    /// The importer's identity, documentation, file kinds and options.
    static var descriptor: ImporterDescriptor { get }

    /// Whether `file`'s content is this importer's format (a signature such as `WEBVTT` or a ZIP member), regardless
    /// of its extension. Content wins over extensions, so a `.txt` that holds WebVTT is read as WebVTT.
    static func recognizes(_ file: ImportFile) -> Bool

    /// Creates the importer with options validated against `descriptor.options` and filled with defaults.
    init(options: StageOptions) throws

    /// Reads one file; throws a `Diagnostic` naming the file and line (or cue) when it cannot be read at all.
    func read(_ file: ImportFile) throws -> ImportedDocument

    /// Reads a project of an interactive tool (many transcripts with their coding, the code tree, cases, memos);
    /// `nil` for a single-transcript format, and then `read` is called. `StudyImport` splits the sources into turns
    /// and maps their selections to turn offsets.
    func readProject(_ file: ImportFile) throws -> ImportedProject?
}

extension Importer {
    /// By default an importer is chosen by extension only.
    public static func recognizes(_ file: ImportFile) -> Bool { false }

    /// By default a format holds one transcript.
    public func readProject(_ file: ImportFile) throws -> ImportedProject? { nil }
}

/// What an importer is and what it takes.
public struct ImporterDescriptor: Sendable {
    /// The name used in `import-report.json` and `thematic importers` (kebab-case, e.g. `webvtt`).
    public var id: String
    /// The importer's version; recorded in the import report so a changed reading shows.
    public var version: String
    /// One line for `thematic importers`.
    public var summary: String
    /// Longer documentation: what the format looks like in practice and which of its quirks are read.
    public var discussion: String
    /// File extensions claimed, lower-case without the dot.
    public var extensions: [String]
    /// The importer's options (`thematic import --option NAME=VALUE`).
    public var options: [OptionSpec]

    /// Creates a descriptor.
    public init(id: String, version: String, summary: String, discussion: String = "", extensions: [String], options: [OptionSpec] = []) {
        self.id = id
        self.version = version
        self.summary = summary
        self.discussion = discussion
        self.extensions = extensions
        self.options = options
    }
}

/// One file handed to an importer.
public struct ImportFile: Sendable {
    /// The file's name for messages and the import report (as the user gave it).
    public var displayName: String
    /// The file's bytes.
    public var data: Data
    /// Speaker labels the user named (`--speaker`, `--interviewer`), normalised: a label seen once is a speaker when
    /// it is one of these.
    public var knownLabels: Set<String>
    /// The one speaker of every line or cue (`--speaker-all P03`), for a file that names no speakers (a one-voice
    /// recording, subtitles from a recogniser without diarisation).
    public var speakerForAll: String?
    /// The encoding the user named for a text file (`--encoding CP949`), as iconv names it; nil to detect it.
    public var encoding: String?

    /// Creates an import file.
    public init(displayName: String, data: Data, knownLabels: Set<String> = []) {
        self.displayName = displayName
        self.data = data
        self.knownLabels = knownLabels
    }

    /// The lower-cased extension of the file's name, without the dot ("" when none).
    public var fileExtension: String { (displayName as NSString).pathExtension.lowercased() }

    /// Whether the bytes start with `prefix` (after a UTF-8 byte-order mark when `skippingBOM`).
    public func starts(with prefix: String, skippingBOM: Bool = true) -> Bool {
        var bytes = data[...]
        if skippingBOM, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.starts(with: Array(prefix.utf8))
    }

    /// The first `count` bytes decoded as UTF-8 where they can be (for signature checks).
    public func head(_ count: Int = 4096) -> String {
        String(decoding: data.prefix(count), as: UTF8.self)
    }
}
