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

    /// A SHA-256 taken over pieces as they pass (of a file written piece by piece).
    public struct Hasher {
        private var state = SHA256()

        /// Starts an empty digest.
        public init() {}

        /// Adds `data`.
        public mutating func update(_ data: Data) { state.update(data: data) }

        /// The digest of everything added, as 64 lower-case hex digits.
        public func finalize() -> String { Digest.hex(state.finalize()) }
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
