import CZlib
import Foundation
import ThematicCore

/// The members of a ZIP archive held in memory, read with every offset checked against the archive's size and every
/// inflation bounded.
///
/// Word documents and REFI-QDA projects are ZIP archives. ZIPFoundation 0.9.20 was used first: `make fuzz` found that it traps on a
/// directory offset past the end of an in-memory archive and loops forever on some damaged deflate streams, and a
/// hostile .docx must end in a message. Reading the directory takes a page of code; inflating is zlib's.
public struct ZIPArchive: Sendable {
    /// One member, as the central directory describes it.
    public struct Member: Sendable {
        public var name: String
        /// 0 stored, 8 deflated; anything else is refused when the member is read.
        public var method: Int
        public var isEncrypted: Bool
        public var dataRange: Range<Int>
        public var uncompressedSize: Int
        public var crc32: UInt32
    }

    let data: [UInt8]
    let file: String
    /// The members in directory order.
    public let members: [Member]

    /// Reads the central directory of `data`, naming `file` in messages.
    public init(_ data: Data, file: String) throws {
        let bytes = [UInt8](data)
        self.data = bytes
        self.file = file
        func fail(_ why: String) -> Diagnostic { Diagnostic(file: file, "the archive is corrupt: \(why)") }
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
        let count = u16(end + 10)
        let directorySize = u32(end + 12)
        let directoryOffset = u32(end + 16)
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw fail("it is a ZIP64 archive (over 4 GiB), which is not read")
        }
        guard directoryOffset + directorySize <= end else { throw fail("its central directory lies outside the archive") }
        var members: [Member] = []
        var entry = directoryOffset
        for _ in 0..<count {
            guard entry + 46 <= directoryOffset + directorySize,
                  bytes[entry] == 0x50, bytes[entry + 1] == 0x4B, bytes[entry + 2] == 0x01, bytes[entry + 3] == 0x02 else {
                throw fail("its central directory is damaged")
            }
            let flags = u16(entry + 8)
            let method = u16(entry + 10)
            let crc = UInt32(u32(entry + 16))
            let compressedSize = u32(entry + 20)
            let uncompressedSize = u32(entry + 24)
            let nameLength = u16(entry + 28)
            let local = u32(entry + 42)
            if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                throw fail("it is a ZIP64 archive (over 4 GiB), which is not read")
            }
            guard entry + 46 + nameLength <= directoryOffset + directorySize else { throw fail("its central directory is damaged") }
            let name = String(decoding: bytes[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
            guard local + 30 <= directoryOffset,
                  bytes[local] == 0x50, bytes[local + 1] == 0x4B, bytes[local + 2] == 0x03, bytes[local + 3] == 0x04 else {
                throw fail("the local header of '\(quoting: name)' lies outside the archive or is damaged")
            }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + compressedSize <= directoryOffset else { throw fail("the data of '\(quoting: name)' lies outside the archive") }
            members.append(Member(name: name, method: method, isEncrypted: flags & 1 != 0, dataRange: dataStart..<(dataStart + compressedSize),
                                  uncompressedSize: uncompressedSize, crc32: crc))
            entry += 46 + nameLength + u16(entry + 30) + u16(entry + 32)
        }
        self.members = members
    }

    /// The option every importer of a ZIP-based format takes: how far a member may expand (`max-expanded-mb`), so a
    /// small archive cannot unpack to gigabytes.
    public static let maximumExpandedOption = StageOption<Int>("max-expanded-mb", default: 256, in: 1...4096,
                                                               help: "The most one member of the archive may expand to when unzipped, in MiB (guards against ZIP bombs).")

    /// The member called `name` (ZIP names compared exactly, as Word writes them).
    public func member(_ name: String) -> Member? { members.first { $0.name == name } }

    /// The member called `name` in any letter case (REFI-QDA tools write `Sources/` or `sources/`, `project.qde` or
    /// `Project.qde`).
    public func member(caseInsensitive name: String) -> Member? {
        member(name) ?? members.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The member's bytes, inflated; refused past `limit` bytes whatever its header claims, and when damaged.
    public func contents(of member: Member, limit: Int) throws -> Data {
        let name = member.name
        if member.isEncrypted { throw Diagnostic(file: file, "\(name) is encrypted; remove the document's password and import it again") }
        if member.uncompressedSize > limit {
            throw Diagnostic(file: file, "\(name) would expand to \(member.uncompressedSize >> 20) MiB, more than max-expanded-mb (\(limit >> 20)); refusing a possible ZIP bomb")
        }
        let output: Data
        switch member.method {
        case 0:
            output = Data(data[member.dataRange])
        case 8:
            output = try inflate(member, limit: limit)
        default:
            throw Diagnostic(file: file, "\(name) is compressed with method \(member.method); only deflate (8) and none (0) are read")
        }
        let crc = output.withUnsafeBytes { buffer in
            UInt32(crc32(0, buffer.bindMemory(to: Bytef.self).baseAddress, uInt(buffer.count)))
        }
        guard crc == member.crc32 else { throw Diagnostic(file: file, "the archive is corrupt: \(name) fails its checksum") }
        return output
    }

    private func inflate(_ member: Member, limit: Int) throws -> Data {
        var stream = z_stream()
        guard thematic_inflate_init_raw(&stream) == Z_OK else { throw Diagnostic(file: file, "zlib could not start inflating \(member.name)") }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let status: Int32 = data.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + member.dataRange.lowerBound)
            stream.avail_in = uInt(member.dataRange.count)
            while true {
                let (result, produced) = chunk.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let result = CZlib.inflate(&stream, Z_NO_FLUSH)
                    return (result, out.count - Int(stream.avail_out))
                }
                output.append(contentsOf: chunk[..<produced])
                if output.count > limit { return Z_MEM_ERROR }
                // Every call either finishes, fails, or makes progress; a call that does none ends the loop.
                if result != Z_OK || (produced == 0 && stream.avail_in == 0) { return result }
            }
        }
        switch status {
        case Z_STREAM_END:
            return output
        case Z_MEM_ERROR where output.count > limit:
            throw Diagnostic(file: file, "\(member.name) expands past max-expanded-mb (\(limit >> 20) MiB) although its header says \(member.uncompressedSize) bytes; refusing a possible ZIP bomb")
        default:
            throw Diagnostic(file: file, "the archive is corrupt: \(member.name) cannot be inflated (zlib status \(status))")
        }
    }
}
