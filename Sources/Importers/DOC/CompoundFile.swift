import Foundation
import ThematicCore

/// The streams of an OLE compound file (Microsoft's Compound File Binary format, the container of .doc, .xls and
/// .msg): a header, a FAT of sector chains, a directory of named streams, and a mini stream for streams under the
/// cut-off. Every offset and chain is checked against the file, and a chain that loops or leaves the file is an
/// error, so a hostile file can neither crash the reader nor make it run without end.
struct CompoundFile {
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    static let endOfChain: UInt32 = 0xFFFF_FFFA

    private let data: [UInt8]
    private let sectorSize: Int
    private let sectorCount: Int
    private let fat: [UInt32]
    private var miniFAT: [UInt32] = []
    private var miniStream: [UInt8] = []
    private let miniCutoff: Int
    /// The directory's streams by name: first sector and size.
    private(set) var streams: [String: (start: UInt32, size: Int)] = [:]
    private let name: String

    init(_ bytes: Data, name: String) throws {
        self.name = name
        data = [UInt8](bytes)
        guard data.count >= 512, data.starts(with: Self.signature) else { throw Self.damaged(name, "it is shorter than its header") }
        let shift = Int(Self.u16(data, 30))
        guard shift == 9 || shift == 12 else { throw Self.damaged(name, "a sector size of 2^\(shift) bytes") }
        sectorSize = 1 << shift
        sectorCount = max((data.count - sectorSize) / sectorSize, 0) + ((data.count - sectorSize) % sectorSize > 0 ? 1 : 0)
        miniCutoff = Int(Self.u32(data, 56))
        // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
        let header = Array(data.prefix(512))
        var fatSectors = (0..<109).map { Self.u32(header, 76 + $0 * 4) }.filter { $0 < Self.endOfChain }
        var difat = Self.u32(data, 68)
        var hops = 0
        while difat < Self.endOfChain {
            hops += 1
            guard hops <= sectorCount else { throw Self.damaged(name, "the DIFAT chain loops") }
            let block = Array(try Self.sector(difat, data: data, size: sectorSize, count: sectorCount, name: name))
            let perSector = sectorSize / 4 - 1
            fatSectors += (0..<perSector).map { Self.u32(block, $0 * 4) }.filter { $0 < Self.endOfChain }
            difat = Self.u32(block, perSector * 4)
        }
        guard fatSectors.count <= sectorCount else { throw Self.damaged(name, "more FAT sectors than sectors") }
        var table: [UInt32] = []
        for index in fatSectors {
            let block = Array(try Self.sector(index, data: data, size: sectorSize, count: sectorCount, name: name))
            table += stride(from: 0, to: block.count - 3, by: 4).map { Self.u32(block, $0) }
        }
        fat = table
        let directory = try read(Self.u32(data, 48))
        // The root entry is the directory's first; the document's streams are its children, a tree of siblings
        // (left, right) from its child. Streams of the same name inside storages (an embedded Word object's own
        // WordDocument in ObjectPool) are another document's, so the walk does not go below the root.
        guard directory.count >= 128, directory[66] == 5 else { throw Self.damaged(name, "the directory does not start with its root entry") }
        let entries = directory.count / 128
        let (rootStart, rootSize) = (Self.u32(directory, 116), Int(Self.u32(directory, 120)))
        var pending = [Self.u32(directory, 76)]
        var visited = Set<UInt32>()
        while let index = pending.popLast() {
            guard Int(index) < entries else { continue }
            guard visited.insert(index).inserted else { throw Self.damaged(name, "the directory's tree loops") }
            let offset = Int(index) * 128
            pending += [Self.u32(directory, offset + 68), Self.u32(directory, offset + 72)]
            let length = Int(Self.u16(directory, offset + 64))
            guard (4...64).contains(length), directory[offset + 66] == 2 else { continue }
            let units = (0..<(length / 2 - 1)).map { UInt16(directory[offset + $0 * 2]) | UInt16(directory[offset + $0 * 2 + 1]) << 8 }
            let entryName = String(decoding: units, as: UTF16.self)
            if streams[entryName] == nil { streams[entryName] = (Self.u32(directory, offset + 116), Int(Self.u32(directory, offset + 120))) }
        }
        if rootStart < Self.endOfChain { miniStream = Array(try read(rootStart).prefix(rootSize)) }
        if Self.u32(data, 60) < Self.endOfChain {
            let block = try read(Self.u32(data, 60))
            miniFAT = stride(from: 0, to: block.count - 3, by: 4).map { Self.u32(block, $0) }
        }
    }

    /// The bytes of the stream called `stream`, nil when the file has none.
    func stream(_ stream: String) throws -> [UInt8]? {
        guard let entry = streams[stream] else { return nil }
        var out: [UInt8] = []
        if entry.size < miniCutoff {
            var current = entry.start
            var visited = Set<UInt32>()
            while current < Self.endOfChain, out.count < entry.size {
                let from = Int(current) * 64
                guard visited.insert(current).inserted, Int(current) < miniFAT.count, from + 64 <= miniStream.count else {
                    throw Self.damaged(name, "the mini stream chain of '\(stream)' loops or leaves the file")
                }
                out += miniStream[from..<(from + 64)]
                current = miniFAT[Int(current)]
            }
        } else {
            out = try read(entry.start, upTo: entry.size)
        }
        guard out.count >= entry.size else { throw Self.damaged(name, "'\(stream)' is shorter than its directory says") }
        return Array(out.prefix(entry.size))
    }

    /// The sectors of the chain from `start`, up to `limit` bytes.
    private func read(_ start: UInt32, upTo limit: Int = .max) throws -> [UInt8] {
        var out: [UInt8] = []
        var current = start
        var visited = Set<UInt32>()
        while current < Self.endOfChain, out.count < limit {
            guard visited.insert(current).inserted, Int(current) < fat.count else { throw Self.damaged(name, "a sector chain loops or leaves the FAT") }
            out += try Self.sector(current, data: data, size: sectorSize, count: sectorCount, name: name)
            current = fat[Int(current)]
        }
        return out
    }

    private static func sector(_ index: UInt32, data: [UInt8], size: Int, count: Int, name: String) throws -> ArraySlice<UInt8> {
        guard Int(index) < count else { throw damaged(name, "sector \(index) is past the end of the file") }
        let start = size + Int(index) * size
        return data[start..<min(start + size, data.count)]
    }

    private static func damaged(_ name: String, _ what: String) -> Diagnostic {
        Diagnostic(file: name, "the OLE compound file is damaged: \(what)")
    }

    static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}
