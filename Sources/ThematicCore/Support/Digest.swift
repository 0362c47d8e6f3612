import Crypto
import Foundation

/// SHA-256 digests as lower-case hex, the form the manifest records.
public enum Digest {
    /// The SHA-256 of `data` as 64 lower-case hex digits.
    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// The SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256(_ text: String) -> String {
        sha256(Data(text.utf8))
    }

    /// The SHA-256 of the file at `path`, read in pieces (a large artifact is never in memory whole).
    public static func sha256(file path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Diagnostic(file: path, "cannot be read to compute its digest") }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty { hasher.update(data: piece) }
        return hex(hasher.finalize())
    }

    /// A SHA-256 as its 32 bytes, held without a heap allocation (what a set of thousands of files keeps per file).
    public struct Bytes: Sendable, Equatable {
        private var words: (UInt64, UInt64, UInt64, UInt64)

        init<D: Sequence>(_ digest: D) where D.Element == UInt8 {
            var words: [UInt64] = [0, 0, 0, 0]
            for (index, byte) in digest.enumerated() where index < 32 { words[index / 8] |= UInt64(byte) << (8 * UInt64(7 - index % 8)) }
            self.words = (words[0], words[1], words[2], words[3])
        }

        /// The SHA-256 of `data`.
        public init(of data: Data) { self.init(SHA256.hash(data: data)) }

        /// As 64 lower-case hex digits.
        public var hex: String {
            let all = [words.0, words.1, words.2, words.3]
            return Digest.hex(all.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64(7 - $0))) } })
        }

        public static func == (lhs: Bytes, rhs: Bytes) -> Bool { lhs.words == rhs.words }
    }

    /// A SHA-256 taken over pieces as they pass (of a file written piece by piece).
    public struct Hasher {
        private var state = SHA256()

        /// Starts an empty digest.
        public init() {}

        /// Adds `data`.
        public mutating func update(_ data: Data) { state.update(data: data) }

        /// The digest of everything added, as 64 lower-case hex digits.
        public func finalize() -> String { Digest.hex(state.finalize()) }

        /// The digest of everything added, as bytes.
        public func finalizeBytes() -> Bytes { Bytes(state.finalize()) }
    }

    fileprivate static func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
