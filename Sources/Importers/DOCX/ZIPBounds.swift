import Foundation
import ThematicCore

/// A check of a ZIP archive's directory against its size, before ZIPFoundation reads it.
///
/// ZIPFoundation 0.9.20 trusts the offsets an archive records: reading an in-memory archive whose directory points
/// past its end traps in `MemoryFile.readData` (found by `make fuzz`). Every offset and size it will follow is
/// checked here first, so a crafted or damaged .docx is refused with a message instead of stopping the process.
enum ZIPBounds {
    /// Throws a diagnostic naming `file` when the central directory, a local header or an entry's data lies
    /// outside the archive, or the archive is ZIP64 (a .docx never needs 4 GiB).
    static func check(_ data: Data, file: String) throws {
        let bytes = [UInt8](data)
        func fail(_ why: String) -> Diagnostic {
            Diagnostic(file: file, "the .docx archive is corrupt: \(why)")
        }
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record: 22 bytes and a comment of up to 64 KiB, at the very end.
        guard bytes.count >= 22 else { throw fail("it is too short to be a ZIP archive") }
        var end = -1
        var at = bytes.count - 22
        while at >= max(0, bytes.count - 65_557) {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06, at + 22 + u16(at + 20) <= bytes.count {
                end = at
                break
            }
            at -= 1
        }
        guard end >= 0 else { throw fail("it is cut short (no end-of-central-directory record); save or download it again") }
        let entries = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        if entries == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw fail("it is a ZIP64 archive, which a Word document never needs")
        }
        guard directoryOffset + directorySize <= end else { throw fail("its central directory lies outside the archive") }
        var entry = directoryOffset
        for _ in 0..<entries {
            guard entry + 46 <= directoryOffset + directorySize,
                  bytes[entry] == 0x50, bytes[entry + 1] == 0x4B, bytes[entry + 2] == 0x01, bytes[entry + 3] == 0x02 else {
                throw fail("its central directory is damaged")
            }
            let compressedSize = u32(entry + 20)
            let uncompressedSize = u32(entry + 24)
            let local = u32(entry + 42)
            if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                throw fail("it is a ZIP64 archive, which a Word document never needs")
            }
            guard local + 30 <= directoryOffset,
                  bytes[local] == 0x50, bytes[local + 1] == 0x4B, bytes[local + 2] == 0x03, bytes[local + 3] == 0x04 else {
                throw fail("an entry's local header lies outside the archive or is damaged")
            }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + compressedSize <= directoryOffset else { throw fail("an entry's data lies outside the archive") }
            entry += 46 + u16(entry + 28) + u16(entry + 30) + u16(entry + 32)
        }
    }
}
