import Foundation
import ThematicCore

/// `manifest.json`: what produced an output folder, precisely enough to re-run it and compare.
///
/// It holds no timestamps and no absolute paths: inputs are named relative to the pipeline file, and the pipeline
/// file by its name, so the same run in another checkout, or into an output folder elsewhere, writes the same manifest.
public struct Manifest: Codable, Equatable, Sendable {
    /// One stage as it ran.
    public struct StageRecord: Codable, Equatable, Sendable {
        public var id: String
        public var version: String
        public var options: [String: OptionValue]
        /// The files the stage itself read (a codebook, coding tables, review decisions), relative to the pipeline;
        /// absent when it read none beyond the study and transcripts every stage sees. `verify` names the first stage a
        /// changed input reaches.
        public var inputs: [String]?

        public init(id: String, version: String, options: [String: OptionValue], inputs: [String]? = nil) {
            (self.id, self.version, self.options, self.inputs) = (id, version, options, inputs)
        }
    }

    /// The pipeline file and its hash.
    public struct PipelineRecord: Codable, Equatable, Sendable {
        /// The pipeline file's name (its folder is the base of every input path; where it lies is not recorded, so
        /// the manifest does not depend on where the output folder sits; `verify --pipeline` finds a moved one).
        public var file: String
        public var sha256: String
    }

    /// The tool that made the output.
    public struct Tool: Codable, Equatable, Sendable {
        public var name: String
        public var version: String
    }

    public var format: String
    public var tool: Tool
    public var pipeline: PipelineRecord
    public var stages: [StageRecord]
    /// Input files (relative to the pipeline file; transcripts as `interview:<id>`) and their SHA-256.
    public var inputs: [String: String]
    /// Artifacts (relative to the output folder) and their SHA-256; the manifest itself is not listed.
    public var artifacts: [String: String]
    /// Files written outside the output folder (e.g. a key file), named but not hashed.
    public var sideOutputs: [String]
    /// SHA-256 of the re-identification key's plain content when the run kept one: `thematic verify --key` uses it
    /// to tell whether a key belongs to this output (the key's content is never published).
    public var keySHA256: String?
    /// SHA-256 over the tool, stages, inputs and artifacts: one value that changes whenever any of them does.
    public var runDigest: String

    enum CodingKeys: String, CodingKey {
        case format, tool, pipeline, stages, inputs, artifacts
        case sideOutputs = "side_outputs"
        case keySHA256 = "key_sha256"
        case runDigest = "run_digest"
    }

    /// How transcripts are named among the inputs: by interview id, never by file name (a file name may hold an
    /// identifier, and the manifest is published).
    public static let interviewInputPrefix = "interview:"

    /// The file name in the output folder.
    public static let fileName = "manifest.json"
    /// The current manifest format.
    public static let currentFormat = "thematic-manifest/1"

    /// Computes the digest over everything but the pipeline's location.
    static func digest(tool: Tool, stages: [StageRecord], inputs: [String: String], artifacts: [String: String]) throws -> String {
        struct Digested: Encodable {
            var tool: Tool
            var stages: [StageRecord]
            var inputs: [String: String]
            var artifacts: [String: String]
        }
        return Digest.sha256(try CanonicalJSON.encodeCompact(Digested(tool: tool, stages: stages, inputs: inputs, artifacts: artifacts)))
    }
}

