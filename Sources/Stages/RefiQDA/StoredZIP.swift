import CZlib
import Foundation
import ThematicCore

/// A ZIP archive of stored (uncompressed) members with fixed timestamps: the same members give the same bytes.
///
/// Stored rather than deflated so the leak gate reads every byte the archive publishes, and so a reader can check
/// a member's text without a ZIP tool.
///
/// Members are written to the archive as they are added (the archive of a large study is never in memory whole); the
/// central directory, a few dozen bytes per member, is kept until `finish`.
struct StoredZIP {
    private var length = 0
    private var directory = [UInt8]()
    private var count = 0

    /// Appends a member to `out`; names use `/` and are written as UTF-8.
    mutating func add(_ name: String, _ data: Data, to out: inout ArtifactWriter) throws {
        try add(name, crc: CRC32.checksum(data), size: data.count, to: &out) { try $0.append(data) }
    }

    /// Appends a member whose `size` bytes with checksum `crc` `body` writes (a member too large to hold at once, whose
    /// checksum and size were taken in a first pass).
    mutating func add(_ name: String, crc: UInt32, size: Int, to out: inout ArtifactWriter, body: (inout ArtifactWriter) throws -> Void) throws {
        let nameBytes = Array(name.utf8)
        let offset = length
        // Local header: signature, version 2.0, flags (bit 11: UTF-8 names), stored, time 00:00, date 1980-01-01.
        let header = le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021)
            + le32(crc) + le32(UInt32(size)) + le32(UInt32(size)) + le16(nameBytes.count) + le16(0) + nameBytes
        try out.append(header)
        try body(&out)
        length += header.count + size
        directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(0x0021)
        directory += le32(crc) + le32(UInt32(size)) + le32(UInt32(size)) + le16(nameBytes.count)
        directory += le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(UInt32(offset))
        directory += nameBytes
        count += 1
    }

    /// Writes the central directory and the end record to `out`.
    func finish(to out: inout ArtifactWriter) throws {
        try out.append(directory)
        try out.append(le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count))
        try out.append(le32(UInt32(directory.count)) + le32(UInt32(length)) + le16(0))
    }

    private func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(value >> (8 * $0) & 0xFF) } }
}

/// CRC-32 (IEEE 802.3, as ZIP uses it), by zlib's `crc32` (several times faster than a byte-at-a-time table here).
enum CRC32 {
    static func checksum(_ data: Data) -> UInt32 {
        var running = Running()
        running.add(data)
        return running.value
    }

    /// A checksum taken over pieces.
    struct Running {
        private var crc: uLong = 0
        /// The bytes seen so far.
        private(set) var count = 0

        mutating func add(_ bytes: some Collection<UInt8>) {
            if bytes.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) }) == nil {
                Array(bytes).withUnsafeBytes { add($0) }
            }
        }

        mutating func add(_ text: String.UTF8View) {
            var text = String(text)
            text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        }

        mutating func add(_ buffer: UnsafeRawBufferPointer) {
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: Bytef.self) else { return }
            // zlib takes a 32-bit length.
            var offset = 0
            while offset < buffer.count {
                let length = min(buffer.count - offset, 1 << 30)
                crc = crc32(crc, base + offset, uInt(length))
                offset += length
            }
            count += buffer.count
        }

        var value: UInt32 { UInt32(truncatingIfNeeded: crc) }
    }
}
