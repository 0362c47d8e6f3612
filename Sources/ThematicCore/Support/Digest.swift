import COpenSSL
import Foundation

/// SHA-256 digests as lower-case hex, the form the manifest records (libcrypto's, through its EVP interface).
public enum Digest {
    /// The SHA-256 of `data` as 64 lower-case hex digits.
    public static func sha256(_ data: Data) -> String {
        hex(oneShot(data, EVP_sha256()))
    }

    /// The SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256(_ text: String) -> String {
        sha256(Data(text.utf8))
    }

    /// The SHA-1 of `bytes` (20 bytes): only for name-based UUIDs (RFC 9562 version 5), which are defined with it.
    public static func sha1(_ bytes: [UInt8]) -> [UInt8] {
        oneShot(Data(bytes), EVP_sha1())
    }

    /// The SHA-256 of the file at `path`, read in pieces (a large artifact is never in memory whole).
    public static func sha256(file path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Diagnostic(file: path, "cannot be read to compute its digest") }
        defer { try? handle.close() }
        var hasher = Hasher()
        while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty { hasher.update(piece) }
        return hasher.finalize()
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
        public init(of data: Data) { self.init(Digest.oneShot(data, EVP_sha256())) }

        /// As 64 lower-case hex digits.
        public var hex: String {
            let all = [words.0, words.1, words.2, words.3]
            return Digest.hex(all.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64(7 - $0))) } })
        }

        public static func == (lhs: Bytes, rhs: Bytes) -> Bool { lhs.words == rhs.words }
    }

    /// A SHA-256 taken over pieces as they pass (of a file written piece by piece). A value: a copy goes on on its own.
    public struct Hasher {
        private var state = HashState()

        /// Starts an empty digest.
        public init() {}

        /// Adds `data`.
        public mutating func update(_ data: Data) {
            if !isKnownUniquelyReferenced(&state) { state = state.copy() }
            state.update(data)
        }

        /// The digest of everything added, as 64 lower-case hex digits.
        public func finalize() -> String { Digest.hex(state.copy().finish()) }

        /// The digest of everything added, as bytes.
        public func finalizeBytes() -> Bytes { Bytes(state.copy().finish()) }
    }

    /// libcrypto's digest context, owned (freed with the object).
    private final class HashState {
        private let context: OpaquePointer

        init() {
            context = EVP_MD_CTX_new()
            EVP_DigestInit_ex(context, EVP_sha256(), nil)
        }

        private init(copying other: OpaquePointer) {
            context = EVP_MD_CTX_new()
            EVP_MD_CTX_copy_ex(context, other)
        }

        deinit { EVP_MD_CTX_free(context) }

        func copy() -> HashState { HashState(copying: context) }

        func update(_ data: Data) {
            data.withUnsafeBytes { raw in _ = EVP_DigestUpdate(context, raw.baseAddress, raw.count) }
        }

        func finish() -> [UInt8] {
            var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
            var size: UInt32 = 0
            EVP_DigestFinal_ex(context, &out, &size)
            return Array(out.prefix(Int(size)))
        }
    }

    private static func oneShot(_ data: Data, _ method: OpaquePointer?) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var size: UInt32 = 0
        data.withUnsafeBytes { raw in _ = EVP_Digest(raw.baseAddress, raw.count, &out, &size, method, nil) }
        return Array(out.prefix(Int(size)))
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
