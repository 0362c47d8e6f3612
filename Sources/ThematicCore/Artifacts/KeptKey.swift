import Foundation

/// A re-identification key a stage keeps: never an artifact, written by the runner to its own destination (outside
/// the output folder) only when the whole run has succeeded, right after the output folder is published, so output
/// and key always change together.
public struct KeptKey: Sendable {
    /// Every key file Thematic writes starts its `format` field with this; a path may only be replaced when the file
    /// already there carries it (sealed or not).
    public static let formatPrefix = "thematic-anonymization-key/"

    /// Where the key goes (absolute, or relative to the current folder).
    public var destination: String
    /// The bytes to write (sealed or plain).
    public var data: Data
    /// SHA-256 of the key's plain canonical content: recorded in the manifest so output and key can be matched
    /// without the passphrase being needed for the run and without the key's content being published.
    public var contentDigest: String
    /// How the summary and manifest describe it ("re-identification key (sealed)").
    public var description: String

    /// Creates a key to publish.
    public init(destination: String, data: Data, contentDigest: String, description: String) {
        self.destination = destination
        self.data = data
        self.contentDigest = contentDigest
        self.description = description
    }

    /// Whether `data` is a key file Thematic wrote (plain or sealed): a JSON object whose `format` starts with
    /// `formatPrefix`.
    public static func isKeyFile(_ data: Data) -> Bool {
        struct Header: Decodable { var format: String }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else { return false }
        return header.format.hasPrefix(formatPrefix)
    }
}
