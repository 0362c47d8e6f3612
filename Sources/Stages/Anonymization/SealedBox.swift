import COpenSSL
import Foundation
import ThematicCore

/// AES-256-GCM sealing and scrypt key derivation (libcrypto) for the re-identification key.
///
/// The sealed form is nonce (12 bytes) + ciphertext + tag (16 bytes), the "combined" layout key files have always
/// had, so a key sealed by an earlier Thematic opens here (a test keeps one).
enum SealedBox {
    static let nonceCount = 12
    static let tagCount = 16

    static func seal(_ plain: Data, key: [UInt8]) throws -> Data {
        var nonce = [UInt8](repeating: 0, count: nonceCount)
        var generator = SystemRandomNumberGenerator()
        for index in nonce.indices { nonce[index] = generator.next() }
        var tag = [UInt8](repeating: 0, count: tagCount)
        let cipher = try crypt(plain, key: key, nonce: nonce, encrypt: true) { context in
            EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, Int32(tagCount), &tag) == 1
        }
        return Data(nonce) + cipher + Data(tag)
    }

    /// Throws when the key is wrong or the box was changed (the tag does not verify).
    static func open(_ sealed: Data, key: [UInt8]) throws -> Data {
        let bytes = [UInt8](sealed)
        guard bytes.count >= nonceCount + tagCount else { throw Diagnostic("the sealed key is too short") }
        var tag = Array(bytes.suffix(tagCount))
        let cipher = Data(bytes[nonceCount..<(bytes.count - tagCount)])
        return try crypt(cipher, key: key, nonce: Array(bytes.prefix(nonceCount)), encrypt: false, tagSetBeforeFinal: { context in
            EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, Int32(tagCount), &tag) == 1
        }) { _ in true }
    }

    /// scrypt (RFC 7914).
    static func scrypt(_ passphrase: [UInt8], salt: [UInt8], n: UInt64, r: UInt64, p: UInt64, count: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        // 128·r·N bytes of work memory, and some room: OpenSSL's default ceiling (32 MiB) is exactly N = 2^15, r = 8.
        let memory = 128 * r * n * 2
        // A non-empty buffer even for an empty passphrase: libcrypto reads a null one as "only check the parameters".
        let passBytes = passphrase + [0]
        let status = passBytes.withUnsafeBufferPointer { pass in
            pass.withMemoryRebound(to: CChar.self) { pass in
                salt.withUnsafeBufferPointer { salt in
                    EVP_PBE_scrypt(pass.baseAddress, passphrase.count, salt.baseAddress, salt.count, n, r, p, memory, &out, count)
                }
            }
        }
        guard status == 1 else { throw Diagnostic("cannot derive the key's sealing key (scrypt)") }
        return out
    }

    private static func crypt(_ input: Data, key: [UInt8], nonce: [UInt8], encrypt: Bool,
                              tagSetBeforeFinal: (OpaquePointer) -> Bool = { _ in true },
                              afterFinal: (OpaquePointer) -> Bool) throws -> Data {
        guard key.count == 32, let context = EVP_CIPHER_CTX_new() else { throw Diagnostic("cannot set up AES-256-GCM") }
        defer { EVP_CIPHER_CTX_free(context) }
        let initialise = encrypt ? EVP_EncryptInit_ex : EVP_DecryptInit_ex
        guard initialise(context, EVP_aes_256_gcm(), nil, nil, nil) == 1,
              EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_IVLEN, Int32(nonceCount), nil) == 1,
              initialise(context, nil, nil, key, nonce) == 1 else { throw Diagnostic("cannot set up AES-256-GCM") }
        var out = [UInt8](repeating: 0, count: input.count + 16)
        var written: Int32 = 0
        let update = encrypt ? EVP_EncryptUpdate : EVP_DecryptUpdate
        let updated = input.withUnsafeBytes { raw in
            update(context, &out, &written, raw.bindMemory(to: UInt8.self).baseAddress, Int32(raw.count))
        }
        guard updated == 1 || input.isEmpty else { throw Diagnostic("AES-256-GCM failed") }
        var total = Int(written)
        guard tagSetBeforeFinal(context) else { throw Diagnostic("AES-256-GCM failed") }
        var tail: Int32 = 0
        let finish = encrypt ? EVP_EncryptFinal_ex : EVP_DecryptFinal_ex
        let finished = out.withUnsafeMutableBufferPointer { buffer in finish(context, buffer.baseAddress! + total, &tail) }
        guard finished == 1 else { throw Diagnostic("the sealed key does not open: wrong passphrase or damaged file") }
        total += Int(tail)
        guard afterFinal(context) else { throw Diagnostic("AES-256-GCM failed") }
        return Data(out.prefix(total))
    }
}
