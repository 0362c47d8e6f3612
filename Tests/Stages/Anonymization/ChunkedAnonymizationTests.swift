import AnonymizationStage
import Foundation
import Testing
import ThematicCore
import ThematicPipeline
import ThematicTestSupport

/// A run anonymizes its corpus a chunk of transcripts at a time, keeping what each phase found in a scratch file;
/// whatever the chunk size, the result is exactly that of the whole corpus at once — on the identifier-dense
/// development corpora and held-out sets, where propagation across transcripts and study-wide labels matter most.
@Suite("chunked anonymization")
struct ChunkedAnonymizationTests {
    @Test(arguments: ["Tests/Resources/anonymization-dev", "Tests/Resources/anonymization-ext-dev", "Fixtures/anonymization-heldout",
                      "Fixtures/anonymization-blind/round3/international"])
    func chunksGiveTheResultOfTheWholeCorpus(_ corpus: String) throws {
        let interviews = try ShardedAnonymizationTests.transcripts(corpus)
        let anonymizer = try Anonymizer(study: Study(id: "dev", title: "dev", participants: []))
        let list = InterviewList(interviews)
        var whole: [Interview] = []
        let reference = try anonymizer.anonymize(list, jobs: 2, chunkSize: list.count) { whole += $0 }
        #expect(!reference.entities.isEmpty && whole.count == interviews.count)
        for size in [1, 3, 7] {
            let scratch = try ScratchFile(in: NSTemporaryDirectory())
            var chunked: [Interview] = []
            var handed: [Int] = []
            let result = try anonymizer.anonymize(list, jobs: 2, scratch: scratch, chunkSize: size) { chunked += $0; handed.append($0.count) }
            #expect(handed.allSatisfy { $0 <= size }, "\(corpus): chunks of \(size)")
            let differing = zip(chunked, whole).first { $0 != $1 }?.0.id
            #expect(chunked.count == whole.count && differing == nil, "\(corpus): chunks of \(size), the rewritten transcripts differ from \(differing ?? "the end")")
            // Compared as booleans: a failure names what differs without printing a corpus of identifiers.
            let same = [("entity table", result.entities == reference.entities), ("review list", result.review == reference.review),
                        ("counts", result.counts == reference.counts), ("replacements", result.replacements == reference.replacements),
                        ("protected strings", result.protectedStrings == reference.protectedStrings)]
            #expect(same.filter { !$0.1 }.map(\.0) == [], "\(corpus): chunks of \(size)")
        }
    }
}
