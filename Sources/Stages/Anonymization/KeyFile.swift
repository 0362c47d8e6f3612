import Foundation
import ThematicCore

/// The re-identification key: which label stands for which original text, and the hits listed for review.
///
/// Written only where the user says (`--key`, never inside the artifact folder), with mode 0600, and sealed with
/// AES-GCM under a key derived from a passphrase (scrypt, N = 2^15, r = 8, p = 1) when one is given. The stage
/// only encodes it; the runner publishes it together with the output (see `KeptKey`).
public struct KeyFile: Codable, Sendable, Equatable {
    public var format = "thematic-anonymization-key/1"
    public var study: String
    public var entities: [Anonymizer.Entity]
    public var review: [Anonymizer.Review]
    /// Old → new ids when the stage renamed them (`interview:OLD`, `participant:OLD`); absent otherwise.
    public var renamed: [String: String]?

    public init(study: String, entities: [Anonymizer.Entity], review: [Anonymizer.Review]) {
        self.study = study
        self.entities = entities
        self.review = review
    }

    /// The sealed form.
    struct Envelope: Codable {
        var format = "thematic-anonymization-key/1+aes-gcm"
        var kdf = "scrypt"
        var n = 1 << 15
        var r = 8
        var p = 1
        var salt: String
        var sealed: String
    }

    /// SHA-256 of the plain canonical content (the manifest records it; the content itself is never published).
    public func contentDigest() throws -> String {
        Digest.sha256(try canonical())
    }

    /// The plain canonical content; the entities and the review list (the longest parts of a large study's key) are
    /// encoded an item at a time and spliced in, the same bytes as encoding it whole.
    func canonical() throws -> Data {
        var out = ArtifactWriter()
        try writeCanonical(to: &out)
        return out.buffer
    }

    /// `canonical()` written to `out` a piece at a time; with `list`, the review list is read from it (a large study's
    /// waits in a scratch file) rather than from `review`.
    func writeCanonical(to out: inout ArtifactWriter, review list: ReviewList? = nil, jobs: Int = 1) throws {
        var outer = self
        outer.review = []
        // The entities too: a large study has tens of thousands, which one encoder on one thread took long over.
        outer.entities = []
        try CanonicalJSON.write(outer, splicing: [CanonicalJSON.Splice(entities, as: "entities"), list?.splice(as: "review") ?? CanonicalJSON.Splice(review, as: "review")],
                                jobs: jobs, to: &out)
    }

    /// The bytes of the key file: canonical JSON, sealed with AES-GCM under a scrypt-derived key when `passphrase`
    /// is given (the runner writes them, mode 0600, outside the output folder, together with the output).
    public func encoded(passphrase: String?) throws -> Data {
        try encoded(canonical(), passphrase: passphrase)
    }

    /// `data` (the canonical content) as the key file's bytes.
    func encoded(_ data: Data, passphrase: String?) throws -> Data {
        guard let passphrase, !passphrase.isEmpty else { return data }
        var salt = [UInt8](repeating: 0, count: 16)
        for index in salt.indices { salt[index] = UInt8.random(in: 0...255) }
        let envelope = Envelope(salt: Data(salt).base64EncodedString(), sealed: try Self.seal(data, passphrase: passphrase, salt: salt).base64EncodedString())
        return try CanonicalJSON.encode(envelope)
    }

    /// Reads a key file, opening it with `passphrase` when sealed.
    public static func read(from path: String, passphrase: String?) throws -> KeyFile {
        guard let data = FileManager.default.contents(atPath: path) else { throw Diagnostic(file: path, "cannot read the key file") }
        guard KeptKey.isKeyFile(data) else { throw Diagnostic(file: path, "this is not a Thematic re-identification key file") }
        if let envelope = try? JSONDecoder().decode(Envelope.self, from: data), envelope.format.hasSuffix("aes-gcm") {
            guard let passphrase, let salt = Data(base64Encoded: envelope.salt), let sealed = Data(base64Encoded: envelope.sealed) else {
                throw Diagnostic(file: path, "the key file is sealed: give its passphrase")
            }
            let key = try derive(passphrase, salt: Array(salt))
            do {
                let opened = try SealedBox.open(sealed, key: key)
                return try JSONDecoder().decode(KeyFile.self, from: opened)
            } catch {
                throw Diagnostic(file: path, "cannot open the key file: wrong passphrase or damaged file")
            }
        }
        return try JSONDecoder().decode(KeyFile.self, from: data)
    }

    static func seal(_ data: Data, passphrase: String, salt: [UInt8]) throws -> Data {
        try SealedBox.seal(data, key: try derive(passphrase, salt: salt))
    }

    static func derive(_ passphrase: String, salt: [UInt8]) throws -> [UInt8] {
        try SealedBox.scrypt(Array(passphrase.utf8), salt: salt, n: 1 << 15, r: 8, p: 1, count: 32)
    }
}
