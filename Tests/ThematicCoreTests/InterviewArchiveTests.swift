import Foundation
import Testing
@testable import ThematicCore
import ThematicTestSupport

/// The transcripts shards hand on come back exactly: every field, inline markup, line numbers and times.
@Suite struct InterviewArchiveTests {
    @Test func theBundledCorpusComesBackExactly() throws {
        var interviews = Array(try TestSupport.bundledCorpus().interviews)
        interviews[0].turns[0].start = 12.5
        interviews[0].turns[0].end = 15.25
        interviews[0].meta.setting = "ward office, «quiet» — æøå"
        interviews[1].turns[1].content.append(.element(InlineElement(name: "x:note", attributes: [Attribute("who", "a\"b")],
                                                                     children: [.element(InlineElement(name: "anon", children: [.text("deep")]))])))
        let archive = InterviewArchive.encode(interviews)
        #expect(try InterviewArchive.decode(archive, what: "test") == interviews)
    }

    @Test func aDamagedArchiveIsAnErrorNotACrash() throws {
        let archive = InterviewArchive.encode(Array(try TestSupport.bundledCorpus().interviews.prefix(1)))
        for length in stride(from: 0, to: archive.count - 1, by: 97) {
            #expect(throws: Diagnostic.self) { try InterviewArchive.decode(archive.prefix(length), what: "test") }
        }
        var flipped = archive
        flipped[InterviewArchive.magic.count] = 0xFF
        #expect(throws: Diagnostic.self) { try InterviewArchive.decode(flipped, what: "test") }
    }
}
