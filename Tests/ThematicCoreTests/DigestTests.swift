import Foundation
import Testing
import ThematicCore

/// The digests the manifest records and REFI-QDA's GUIDs are made from, checked against published test vectors
/// (FIPS 180-4 examples) so a change of the library under them cannot change a recorded hash unnoticed.
struct DigestTests {
    @Test func sha256MatchesTheStandardsExamples() {
        #expect(Digest.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Digest.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Digest.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func sha1MatchesTheStandardsExample() {
        let hex = Digest.sha1(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(hex == "a9993e364706816aba3e25717850c26c9cd0d89d")
    }

    @Test func aHasherFedInPiecesGivesTheWholesDigestAndACopyGoesOnAlone() {
        var hasher = Digest.Hasher()
        hasher.update(Data("ab".utf8))
        let copy = hasher
        hasher.update(Data("c".utf8))
        #expect(hasher.finalize() == Digest.sha256("abc"))
        #expect(hasher.finalize() == Digest.sha256("abc"), "finalize leaves the hasher as it was")
        #expect(copy.finalize() == Digest.sha256("ab"))
        #expect(hasher.finalizeBytes() == Digest.Bytes(of: Data("abc".utf8)))
        #expect(Digest.Bytes(of: Data("abc".utf8)).hex == Digest.sha256("abc"))
    }

    @Test func aFilesDigestIsItsContentsDigest() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("digest-\(UUID().uuidString)").path
        let data = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Digest.sha256(file: path) == Digest.sha256(data))
    }
}
