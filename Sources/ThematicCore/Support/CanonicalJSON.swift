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
    public static func encode<T: Encodable, Elements: RandomAccessCollection & Sendable>(_ value: T, splicing elements: Elements, as key: String,
                                                                                         jobs: Int = 1) throws -> Data
        where Elements.Element: Encodable, Elements.Index == Int {
        var out = ArtifactWriter(handle: nil)
        try write(value, splicing: elements, as: key, jobs: jobs, to: &out)
        return out.buffer
    }

    /// `encode(_:splicing:as:jobs:)` written to `out` as it is made (into a spooled artifact, a few chunks of
    /// elements in memory at a time).
    public static func write<T: Encodable, Elements: RandomAccessCollection & Sendable>(_ value: T, splicing elements: Elements, as key: String,
                                                                                        jobs: Int = 1, to out: inout ArtifactWriter) throws
        where Elements.Element: Encodable, Elements.Index == Int {
        try write(value, splicing: [Splice(elements, as: key)], jobs: jobs, to: &out)
    }

    /// A top-level array property of a value, encoded element by element and spliced into the value's JSON.
    public struct Splice: Sendable {
        let key: String
        let count: Int
        /// Elements per piece, when the source reads them in blocks of its own.
        let chunk: Int?
        let piece: @Sendable (Range<Int>) throws -> Data

        /// `elements` as the array property `key` (snake_case as written in the file).
        public init<Elements: RandomAccessCollection & Sendable>(_ elements: Elements, as key: String)
            where Elements.Element: Encodable, Elements.Index == Int {
            self.key = key
            count = elements.count
            chunk = nil
            piece = { try CanonicalJSON.piece(elements, $0, continuing: $0.lowerBound > 0) }
        }

        /// `count` elements as the array property `key`, which `elements` gives a range at a time (from a source read
        /// in blocks of `chunk`, such as a scratch file).
        public init<Element: Encodable & Sendable>(count: Int, chunk: Int, as key: String, elements: @escaping @Sendable (Range<Int>) throws -> [Element]) {
            self.key = key
            self.count = count
            self.chunk = max(1, chunk)
            piece = { range in try CanonicalJSON.piece(try elements(range), 0..<range.count, continuing: range.lowerBound > 0) }
        }
    }

    /// Encodes `value` exactly as `encode(_:)` would with each splice's elements as its top-level array property —
    /// `value` must hold those arrays empty — written to `out` as it is made.
    public static func write<T: Encodable>(_ value: T, splicing splices: [Splice], jobs: Int = 1, to out: inout ArtifactWriter) throws {
        let outer = try encode(value)
        var places: [(range: Range<Data.Index>, splice: Splice)] = []
        for splice in splices where splice.count > 0 {
            guard let place = firstRange(of: Array("\n  \"\(splice.key)\" : [\n\n  ]".utf8), in: outer) else {
                throw Diagnostic("canonical JSON: '\(splice.key)' is not an empty top-level array of the value given")
            }
            places.append((place, splice))
        }
        var position = outer.startIndex
        for (place, splice) in places.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            try out.append(outer[position..<place.lowerBound])
            try out.append("\n  \"\(splice.key)\" : [\n".utf8)
            // Pieces of up to a thousand small elements (codings, ~0.4 MB), or of one large element each (a code's
            // counts in every interview): a piece is encoded in memory, and a few per thread are held at a time.
            let chunk = splice.chunk ?? min(1024, max(1, splice.count / 256))
            let chunks = (splice.count + chunk - 1) / chunk
            // Encoded on the threads a few pieces ahead of the writing: enough to keep them busy, few enough to hold little.
            try OrderedProduction.run(count: chunks, jobs: jobs, make: { index in
                try splice.piece(index * chunk..<min(splice.count, (index + 1) * chunk))
            }, consume: { try out.append($0) })
            try out.append("\n  ]".utf8)
            position = place.upperBound
        }
        try out.append(outer[position...])
    }

    /// Where `needle` first occurs in `data`: `Data.firstRange(of:)` compares generically, a byte at a time through
    /// the collection protocols (54 ms on one thread in the themes stage at 2,000 interviews); `memchr` finds each
    /// candidate first byte and `memcmp` checks the rest.
    static func firstRange(of needle: [UInt8], in data: Data) -> Range<Data.Index>? {
        guard let first = needle.first else { return data.startIndex..<data.startIndex }
        return data.withUnsafeBytes { haystack -> Range<Data.Index>? in
            needle.withUnsafeBytes { needle -> Range<Data.Index>? in
                guard let base = haystack.baseAddress else { return nil }
                var offset = 0
                while haystack.count - offset >= needle.count,
                      let found = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) {
                    offset = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, needle.baseAddress!, needle.count) == 0 {
                        return (data.startIndex + offset)..<(data.startIndex + offset + needle.count)
                    }
                    offset += 1
                }
                return nil
            }
        }
    }

    /// Elements `range`, each pretty-printed and indented into the array, separated by commas.
    fileprivate static func piece<Elements: RandomAccessCollection>(_ elements: Elements, _ range: Range<Int>, continuing: Bool) throws -> Data
        where Elements.Element: Encodable, Elements.Index == Int {
        let encoder = encoder()
        var piece = Data()
        for index in range {
            if index > range.lowerBound || continuing { piece.append(contentsOf: Array(",\n".utf8)) }
            let element = try encoder.encode(elements[index])
            // Each line of the element four spaces in (inside the array inside the top-level object); the blank line
            // of an empty array or object stays blank, as the encoder writes it.
            var lineStart = true
            for byte in element {
                if lineStart, byte != 0x0A { piece.append(contentsOf: Array("    ".utf8)) }
                piece.append(byte)
                lineStart = byte == 0x0A
            }
        }
        return piece
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
