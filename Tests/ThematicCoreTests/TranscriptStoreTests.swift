import Foundation
import Testing
@testable import ThematicCore
import ThematicTestSupport

/// The transcript store keeps a run's corpus on disk: interviews come back exactly, sorted by id, from any thread,
/// and the file never shows in its folder (a killed run leaves no copy of the transcripts).
@Suite struct TranscriptStoreTests {
    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "thematic-store-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func interviewsComeBackExactlyAndSortedById() throws {
        let interviews = Array(try TestSupport.bundledCorpus().interviews)
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try TranscriptStore(in: folder)
        // Appended in two parts, the later ids first: the list sorts them.
        try store.append(Array(interviews.suffix(from: 5)), jobs: 2)
        try store.append(Array(interviews.prefix(5)), jobs: 1)
        let list = store.list()
        #expect(list.count == interviews.count)
        #expect(Array(list) == interviews)
        #expect(list.ids == interviews.map(\.id))
        #expect(list.indices.map(list.participant(at:)) == interviews.map(\.participant))
        #expect(list.position(of: interviews[3].id) == 3)
        #expect(list.position(of: "no such id") == nil)
        // Read from several threads at once.
        let again = ConcurrentSlots<Interview>.map(count: list.count, jobs: 4) { list[$0] }
        #expect(again == interviews)
    }

    /// Records written on several threads at once (each at the place taken for it) read back exactly, one after
    /// another in the order given, whatever the number of threads and however appends from threads interleave.
    @Test func scratchRecordsWrittenOnThreadsComeBackExactly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try ScratchFile(in: folder)
        let records = (0..<300).map { index in (0..<(index * 37 % 5000)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) } }
        var all: [(record: [UInt8], place: ScratchFile.Place)] = []
        for jobs in [1, 2, 4] {
            let places = try file.append(records, jobs: jobs)
            #expect(zip(places, places.dropFirst()).allSatisfy { $0.offset + Int64($0.length) == $1.offset })
            all += zip(records, places).map { ($0, $1) }
        }
        // Two appends at once from two threads: neither overwrites the other.
        let concurrent = ConcurrentSlots<[ScratchFile.Place]>.map(count: 2, jobs: 2) { part in try! file.append(Array(records[(part * 150)..<(part * 150 + 150)]), jobs: 2) }
        for part in 0..<2 { all += zip(records[(part * 150)..<(part * 150 + 150)], concurrent[part]).map { ($0, $1) } }
        for (record, place) in all { #expect(file.read(place) { Array($0) } == record) }
        let total = records.reduce(0) { $0 + $1.count }
        #expect(all.map(\.place.length).reduce(0, +) == 4 * total)
    }

    @Test func theFileNeverShowsInItsFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try TranscriptStore(in: folder)
        try store.append(Array(try TestSupport.bundledCorpus().interviews))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(store.list().count > 0)
    }

    @Test func aFolderThatCannotBeWrittenIsAnError() throws {
        #expect(throws: Diagnostic.self) { try TranscriptStore(in: "/nonexistent/folder") }
    }

    @Test func chunksCoverTheListInOrder() {
        let list = InterviewList((0..<10).map { Interview(id: String(format: "I%02d", $0), participant: "P", language: "en", turns: [], source: "") })
        #expect(list.chunks(of: 4) == [0..<4, 4..<8, 8..<10])
        #expect(list.chunks(of: 100) == [0..<10])
        #expect(InterviewList([]).chunks(of: 4).isEmpty)
    }

    @Test func scratchRecordsComeBackWhereTheyLie() throws {
        let scratch = try ScratchFile(in: NSTemporaryDirectory())
        let places = try scratch.append([[1, 2, 3], [], [9]])
        let more = try scratch.append([[7, 7]])
        #expect(scratch.read(places[0]) { Array($0) } == [1, 2, 3])
        #expect(scratch.read(places[1]) { Array($0) } == [])
        #expect(scratch.read(places[2]) { Array($0) } == [9])
        #expect(scratch.read(more[0]) { Array($0) } == [7, 7])
    }
}
