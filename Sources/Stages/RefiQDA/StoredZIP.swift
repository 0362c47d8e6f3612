import Foundation

/// A ZIP archive of stored (uncompressed) members with fixed timestamps: the same members give the same bytes.
///
/// Stored rather than deflated so the leak gate reads every byte the archive publishes, and so a reader can check
/// a member's text without a ZIP tool.
struct StoredZIP {
    private var body = [UInt8]()
    private var directory = [UInt8]()
    private var count = 0

    /// Appends a member; names use `/` and are written as UTF-8.
    mutating func add(_ name: String, _ data: Data) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(data)
        let offset = body.count
        // Local header: signature, version 2.0, flags (bit 11: UTF-8 names), stored, time 00:00, date 1980-01-01.
        body += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021)
        body += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(nameBytes.count) + le16(0)
        body += nameBytes
        body += data
        directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021)
        directory += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(data.count)) + le16(nameBytes.count)
        directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// The archive's bytes.
    var data: Data {
        // Built in place: an archive holds every transcript, so each whole copy of it counts.
        var out = Data(capacity: body.count + directory.count + 22)
        out.append(contentsOf: body)
        out.append(contentsOf: directory)
        out.append(contentsOf: le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count))
        out.append(contentsOf: le32(UInt32(directory.count)) + le32(UInt32(body.count)) + le16(0))
        return out
    }

    private func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
}

/// CRC-32 (IEEE 802.3, as ZIP uses it).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
