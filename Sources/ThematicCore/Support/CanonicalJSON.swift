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
        var data = try encoder().encode(value)
        data.append(0x0A)
        return data
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// Encodes `value` exactly as `encode(_:)` would with `elements` as its top-level array property `key` (snake_case
    /// as written in the file) — `value` must hold that array empty. The elements, often most of a large artifact
    /// (every coding of a study), are encoded one by one on `jobs` threads and spliced in, instead of through one
    /// encoder holding a tree of the whole file.
    public static func encode<T: Encodable, Element: Encodable & Sendable>(_ value: T, splicing elements: [Element], as key: String,
                                                                             jobs: Int = 1) throws -> Data {
        let outer = try encode(value)
        let marker = Data("\n  \"\(key)\" : [\n\n  ]".utf8)
        guard !elements.isEmpty else { return outer }
        guard let place = outer.firstRange(of: marker) else {
            throw Diagnostic("canonical JSON: '\(key)' is not an empty top-level array of the value given")
        }
        let chunk = 4096
        let pieces = try ConcurrentSlots<Result<Data, any Error>>.map(count: (elements.count + chunk - 1) / chunk, jobs: jobs) { part in
            Result {
                let encoder = encoder()
                var piece = Data()
                for index in (part * chunk)..<min(elements.count, (part + 1) * chunk) {
                    if index > 0 { piece.append(contentsOf: Array(",\n".utf8)) }
                    let element = try encoder.encode(elements[index])
                    // Each line of the element four spaces in (inside the array inside the top-level object); the blank
                    // line of an empty array or object stays blank, as the encoder writes it.
                    var lineStart = true
                    for byte in element {
                        if lineStart, byte != 0x0A { piece.append(contentsOf: Array("    ".utf8)) }
                        piece.append(byte)
                        lineStart = byte == 0x0A
                    }
                }
                return piece
            }
        }.map { try $0.get() }
        var data = Data(capacity: outer.count + pieces.reduce(0) { $0 + $1.count })
        data.append(outer[outer.startIndex..<place.lowerBound])
        data.append(contentsOf: Array("\n  \"\(key)\" : [\n".utf8))
        for piece in pieces { data.append(piece) }
        data.append(contentsOf: Array("\n  ]".utf8))
        data.append(outer[place.upperBound...])
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
