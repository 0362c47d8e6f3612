import Foundation
import Testing
import ThematicCore
import ThematicTestSupport

/// Large artifacts wait on disk, not in memory; what the set gives back is what was added, also to earlier copies.
@Suite struct ArtifactSpoolTests {
    @Test func largeFilesAreKeptInTheSpoolAndReadBackWhole() throws {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent(".out.spool-1").path
        let large = Data((0..<100_000).map { UInt8($0 % 251) })
        do {
            var set = ArtifactSet(spoolingTo: folder, threshold: 1000)
            try set.add("small.txt", Data("small".utf8), by: "a")
            try set.add("anonymized/T1.xml", large, by: "a")
            #expect(set.spooledFile("small.txt") == nil)
            let spooled = try #require(set.spooledFile("anonymized/T1.xml"))
            #expect(spooled.hasPrefix(folder))
            #expect(set["anonymized/T1.xml"] == large && set["small.txt"] == Data("small".utf8))
            let mode = try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? NSNumber
            #expect(mode?.intValue == 0o700, "the spool holds transcript text before the leak gate ran")

            // A stage writing the file again leaves an earlier copy of the set reading what it held.
            let before = set
            try set.add("anonymized/T1.xml", Data(large.reversed()), by: "a")
            #expect(before["anonymized/T1.xml"] == large)
            #expect(set["anonymized/T1.xml"] == Data(large.reversed()))
            #expect(before.writeCount(of: "anonymized/T1.xml") == 1 && set.writeCount(of: "anonymized/T1.xml") == 2)
        }
        #expect(!FileManager.default.fileExists(atPath: folder), "the spool goes with the last set using it")
    }

    @Test func aFileWrittenPieceByPieceIsTheSameInTheSpoolAndInMemory() throws {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent(".out.spool-2").path
        let pieces = (0..<40).map { Data(repeating: UInt8($0), count: 50_000) }
        var spooled = ArtifactSet(spoolingTo: folder)
        var inMemory = ArtifactSet()
        for set in [0, 1] {
            let write: (inout ArtifactWriter) throws -> Void = { out in for piece in pieces { try out.append(piece) } }
            if set == 0 { try spooled.addStreamed("project.qdpx", by: "refi-qda", write) } else { try inMemory.addStreamed("project.qdpx", by: "refi-qda", write) }
        }
        #expect(spooled.spooledFile("project.qdpx") != nil && inMemory.spooledFile("project.qdpx") == nil)
        #expect(spooled["project.qdpx"] == pieces.reduce(Data(), +) && inMemory["project.qdpx"] == spooled["project.qdpx"])
        #expect(throws: (any Error).self) { try spooled.addStreamed("project.qdpx", by: "another-stage") { _ in } }
    }

    /// The size and digest of a spooled file are taken as it is written (the manifest does not read it again); they
    /// must be those of the file's bytes, however it was added.
    @Test func aSpooledFilesSizeAndDigestAreThoseOfItsBytes() throws {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent(".out.spool-3").path
        var set = ArtifactSet(spoolingTo: folder, threshold: 1)
        let one = Data("one".utf8)
        let many = (0..<40).map { (path: "anonymized/T\($0).xml", data: Data(repeating: UInt8($0), count: 1000 + $0)) }
        // Small pieces through the buffer, then pieces of a megabyte and more that pass it by.
        let pieces = [Data("head".utf8), Data(repeating: 7, count: 3 << 20), Data("middle".utf8), Data(repeating: 9, count: 1 << 20), Data("tail".utf8)]
        try set.add("one.txt", one, by: "a")
        try set.addAll(many, by: "a", jobs: 3)
        try set.addStreamed("archive.zip", by: "a") { out in for piece in pieces { try out.append(piece) } }
        var checked = 0
        for path in set.paths {
            let file = try #require(set.spooledFile(path), "\(path) is spooled")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(set.size(of: path) == bytes.count, "\(path)")
            #expect(try set.sha256(of: path) == Digest.sha256(bytes), "\(path)")
            checked += 1
        }
        #expect(checked == 42)
        #expect(set.size(of: "archive.zip") == pieces.reduce(0) { $0 + $1.count })
        // Files created at the same moment go to different folders of the spool.
        let folders = Set(set.paths.compactMap { set.spooledFile($0).map { ($0 as NSString).deletingLastPathComponent } })
        #expect(folders.count > 8 && folders.allSatisfy { $0.hasPrefix(folder + "/") })
    }

    @Test func aSetInMemoryNeverTouchesTheDisk() throws {
        var set = ArtifactSet()
        try set.add("big.bin", Data(count: 1 << 20), by: "a")
        #expect(set.spooledFile("big.bin") == nil && set["big.bin"]?.count == 1 << 20)
    }
}
