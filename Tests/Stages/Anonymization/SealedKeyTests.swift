import Foundation
import Testing
import ThematicTestSupport
@testable import AnonymizationStage

/// The key's sealing: scrypt and AES-256-GCM from libcrypto, read back from what earlier versions wrote.
struct SealedKeyTests {
    @Test func scryptMatchesRFC7914() throws {
        let derived = try SealedBox.scrypt(Array("pleaseletmein".utf8), salt: Array("SodiumChloride".utf8), n: 16384, r: 8, p: 1, count: 64)
        #expect(derived.map { String(format: "%02x", $0) }.joined() == """
            7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2\
            d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887
            """)
    }

    /// A key sealed by Thematic when it sealed with swift-crypto (Tests/Resources/keys, SOURCES.md) still opens,
    /// and gives the plain key written by the same run.
    @Test func aKeySealedByAnEarlierVersionOpens() throws {
        let sealed = TestSupport.resource("keys/sealed-by-swift-crypto.key").path
        let plain = TestSupport.resource("keys/plain.key").path
        let opened = try KeyFile.read(from: sealed, passphrase: "correct horse battery")
        #expect(opened == (try KeyFile.read(from: plain, passphrase: nil)))
        #expect(try opened.canonical() == (try Data(contentsOf: URL(fileURLWithPath: plain))))
        #expect(throws: (any Error).self) { try KeyFile.read(from: sealed, passphrase: "correct horse") }
    }

    @Test func aChangedByteOrAWrongKeyIsRefused() throws {
        let key = [UInt8](repeating: 7, count: 32)
        let box = try SealedBox.seal(Data("participant: Kari".utf8), key: key)
        #expect(box.count == 12 + 17 + 16)
        #expect(try SealedBox.open(box, key: key) == Data("participant: Kari".utf8))
        var changed = box
        changed[20] ^= 1
        #expect(throws: (any Error).self) { try SealedBox.open(changed, key: key) }
        #expect(throws: (any Error).self) { try SealedBox.open(box, key: [UInt8](repeating: 8, count: 32)) }
        #expect(try SealedBox.seal(Data("x".utf8), key: key) != (try SealedBox.seal(Data("x".utf8), key: key)), "a fresh nonce each time")
        #expect(try SealedBox.open(try SealedBox.seal(Data(), key: key), key: key) == Data())
    }
}
