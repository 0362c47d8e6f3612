import Foundation
import ThematicCore

/// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same study, code or segment gets the same GUID in every
/// export, so a re-run reproduces the archive byte for byte and tools can match an updated export to an earlier one.
enum NameBasedUUID {
    /// Thematic's namespace for REFI-QDA GUIDs (itself a version-5 UUID of "thematic.refi-qda" in the URL namespace).
    static let namespace: [UInt8] = make(namespace: [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8],
                                         name: "thematic.refi-qda")

    /// The GUID for `name`, lower-case 8-4-4-4-12.
    static func guid(_ name: String) -> String {
        // A project has a GUID per coding, so this runs hundreds of thousands of times: hex digits by table, not by
        // String(format:).
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in make(namespace: namespace, name: name).enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func make(namespace: [UInt8], name: String) -> [UInt8] {
        var hash = Array(Digest.sha1(namespace + Array(name.utf8)).prefix(16))
        hash[6] = hash[6] & 0x0F | 0x50
        hash[8] = hash[8] & 0x3F | 0x80
        return hash
    }
}
