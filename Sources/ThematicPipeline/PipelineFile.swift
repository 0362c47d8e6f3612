import Foundation
import ThematicCore
import ThematicIO
import Yams

/// A parsed `pipeline.yaml`: which study, which transcripts, which stages with which options, and where to write.
public struct PipelineFile: Sendable {
    /// One entry of the `stages` list.
    public struct StageEntry: Sendable {
        /// The stage id.
        public var id: String
        /// The options as written.
        public var options: [String: OptionValue]
        /// The line of the entry, for messages.
        public var line: Int?
    }

    /// The path of the pipeline file as the user gave it.
    public var path: String
    /// The directory relative paths in the file are resolved against.
    public var baseDirectory: String
    /// The study file, relative to `baseDirectory`.
    public var study: String
    /// Transcript paths or glob patterns, relative to `baseDirectory`.
    public var transcripts: [String]
    /// The stages, in order.
    public var stages: [StageEntry]
    /// The output folder, relative to `baseDirectory`, if the file names one.
    public var output: String?
    /// The raw bytes, for the manifest's hash.
    public var data: Data

    private struct Raw: Decodable {
        var study: String
        var transcripts: [String]
        var stages: [RawStage]
        var output: String?
    }

    private enum RawStage: Decodable {
        case id(String)
        case configured(String, [String: OptionValue])

        private enum Keys: String, CodingKey { case stage, options }

        init(from decoder: any Decoder) throws {
            if let id = try? decoder.singleValueContainer().decode(String.self) {
                self = .id(id)
                return
            }
            let container = try decoder.container(keyedBy: Keys.self)
            self = .configured(try container.decode(String.self, forKey: .stage),
                               try container.decodeIfPresent([String: OptionValue].self, forKey: .options) ?? [:])
        }
    }

    /// Loads and checks the pipeline file at `path`.
    public static func load(_ path: String) throws -> PipelineFile {
        let (raw, data) = try YAMLDocument.load(Raw.self, path: path, displayName: path)
        let root = try YAMLDocument.compose(data, file: path)
        var problems = YAMLDocument.unknownKeys(in: root, allowed: ["study", "transcripts", "stages", "output"], context: "the pipeline", file: path)
        let stageNodes = root?.mapping?["stages"]?.sequence
        var entries: [StageEntry] = []
        for (index, stage) in raw.stages.enumerated() {
            let node = stageNodes.flatMap { index < $0.count ? $0[index] : nil }
            problems += YAMLDocument.unknownKeys(in: node, allowed: ["stage", "options"], context: "stage entry \(index + 1)", file: path)
            switch stage {
            case .id(let id): entries.append(StageEntry(id: id, options: [:], line: node?.mark?.line))
            case .configured(let id, let options): entries.append(StageEntry(id: id, options: options, line: node?.mark?.line))
            }
        }
        if raw.transcripts.isEmpty { problems.append(Diagnostic(file: path, "'transcripts' lists no files")) }
        if entries.isEmpty { problems.append(Diagnostic(file: path, "'stages' lists no stages")) }
        try problems.throwIfAny()
        let base = (path as NSString).deletingLastPathComponent
        return PipelineFile(path: path, baseDirectory: base.isEmpty ? "." : base, study: raw.study, transcripts: raw.transcripts,
                            stages: entries, output: raw.output, data: data)
    }

    /// `relative` resolved against the pipeline's directory (absolute paths stay as they are).
    public func resolve(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : PathUtilities.join(baseDirectory, relative)
    }
}
