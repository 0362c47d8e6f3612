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
    /// SHA-256 of the key's plain canonical content: recorded in the manifest so output and key can be matched
    /// without the passphrase being needed for the run and without the key's content being published.
    public var contentDigest: String
    /// How the summary and manifest describe it ("re-identification key (sealed)").
    public var description: String

    /// Where the bytes wait until publishing: a large study's key (tens of megabytes of review list) waits in a
    /// private scratch file rather than in memory for the rest of the run.
    private enum Bytes: Sendable {
        case memory(Data)
        case scratch(ScratchFile, [ScratchFile.Place])
    }
    private let bytes: Bytes

    /// Creates a key to publish from its bytes (sealed or plain).
    public init(destination: String, data: Data, contentDigest: String, description: String) {
        self.destination = destination
        bytes = .memory(data)
        self.contentDigest = contentDigest
        self.description = description
    }

    /// Creates a plain key whose canonical content `write` writes piece by piece; the pieces go to a new scratch
    /// file in `folder` (owner-only and unlinked, see `ScratchFile`) and the content digest is taken as they pass.
    public init(destination: String, scratchFolder folder: String, description: String,
                content write: (inout ArtifactWriter) throws -> Void) throws {
        let scratch = try ScratchFile(in: folder)
        var places: [ScratchFile.Place] = []
        var hasher = Digest.Hasher()
        var writer = ArtifactWriter { piece in
            hasher.update(piece)
            places += try scratch.append([[UInt8](piece)])
        }
        try write(&writer)
        try writer.finish()
        self.destination = destination
        bytes = .scratch(scratch, places)
        contentDigest = hasher.finalize()
        self.description = description
    }

    /// The bytes to write (sealed or plain), whole.
    public var data: Data {
        var data = Data()
        forEachPiece { data.append(contentsOf: $0) }
        return data
    }

    /// Hands the bytes to `body` a piece at a time, in order.
    public func forEachPiece(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        switch bytes {
        case .memory(let data): try data.withUnsafeBytes(body)
        case .scratch(let scratch, let places):
            for place in places { try scratch.read(place) { try body(UnsafeRawBufferPointer($0)) } }
        }
    }

    /// Whether `data` is a key file Thematic wrote (plain or sealed): a JSON object whose `format` starts with
    /// `formatPrefix`.
    public static func isKeyFile(_ data: Data) -> Bool {
        struct Header: Decodable { var format: String }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else { return false }
        return header.format.hasPrefix(formatPrefix)
    }
}
