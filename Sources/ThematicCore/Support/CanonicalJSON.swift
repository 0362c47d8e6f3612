import Foundation

/// The one JSON encoding every artifact uses.
///
/// Keys are sorted because `JSONEncoder` on Linux otherwise changes key order between runs of the same program;
/// property names become snake_case keys (`perTranscript` → `per_transcript`; dictionary keys such as interview ids
/// are left as they are), so artifact types need no hand-written `CodingKeys` for it — types that are also decoded
/// (the manifest, the study file) keep explicit keys; slashes stay unescaped so paths read naturally; every file ends
/// with a newline so diffs stay clean.
public enum CanonicalJSON {
    /// Encodes `value` as pretty-printed, key-sorted JSON followed by a newline.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }

    /// Encodes `value` on one line (for digests and logs), key-sorted.
    public static func encodeCompact<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}


/// An optional that JSON shows as `null` instead of leaving the key out, so every artifact of a kind has the same
/// keys whether or not a figure could be computed.
public struct Nullable<Wrapped: Encodable & Sendable>: Encodable, Sendable {
    /// The value, if there is one.
    public var value: Wrapped?

    /// Wraps `value`.
    public init(_ value: Wrapped?) { self.value = value }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}
