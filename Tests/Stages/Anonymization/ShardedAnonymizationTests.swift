import AnonymizationStage
import Foundation
import Synchronization
import Testing
import ThematicCore
import ThematicPipeline
import ThematicTestSupport

/// The anonymization's rounds, run over shards through the `ShardedStage` API in this process, give exactly what one
/// run gives — on the identifier-dense development corpora and held-out sets, where propagation and study-wide labels
/// do most of their work.
@Suite("sharded anonymization")
struct ShardedAnonymizationTests {
    /// The rounds' results as a batch engine's work folder would keep them.
    final class Store: Sendable {
        let outputs = Mutex<[Int: [Data]]>([:])
        let combined = Mutex<[Int: Data]>([:])
        let files = Mutex<[Int: [[String: Data]]]>([:])
        let interviews = Mutex<[Int: [[Interview]]]>([:])

        func results(shards: Int) -> ShardResults {
            ShardResults(shards: shards,
                         combined: { round in self.combined.withLock { $0[round] ?? Data() } },
                         outputs: { round in self.outputs.withLock { $0[round] ?? [] } },
                         files: { round, shard in self.files.withLock { $0[round]?[shard] ?? [:] } },
                         interviews: { round, shard in self.interviews.withLock { $0[round]?[shard] ?? [] } })
        }
    }

    /// The transcripts of a corpus: a folder of the package (the development corpora are in Tests/Resources).
    static func transcripts(_ corpus: String) throws -> [Interview] {
        let folder = TestSupport.packageRoot.appendingPathComponent(corpus)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        return try CorpusLoader(jobs: 2).load(names.map { (folder.appendingPathComponent($0).path, $0) }).interviews
    }

    static func stage(_ options: [String: OptionValue] = [:]) throws -> Anonymization {
        try Anonymization(options: StageOptions(validating: options, against: Anonymization.descriptor.options, stage: "anonymization"))
    }

    /// Artifacts and key of one run over `interviews`.
    static func single(_ study: Study, _ interviews: [Interview], base: String = ".", options: [String: OptionValue] = [:]) throws -> (ArtifactSet, Data?) {
        let context = StageContext(corpus: Corpus(study: study, interviews: interviews), jobs: 2, baseDirectory: base)
        context.keyFile = "/nonexistent/dev.key"
        context.running = Anonymization.descriptor
        try stage(options).run(in: context)
        return (context.artifacts, context.keptKey?.data)
    }

    /// Artifacts and key of the same run as `shards` contiguous shards, each round's shards run in reverse order.
    static func sharded(_ study: Study, _ interviews: [Interview], shards: Int, base: String = ".", options: [String: OptionValue] = [:]) throws -> (ArtifactSet, Data?) {
        let stage = try stage(options)
        let store = Store()
        let groups = (0..<shards).map { shard in
            Array(interviews[(shard * interviews.count / shards)..<((shard + 1) * interviews.count / shards)]).sorted { $0.id < $1.id }
        }
        for (round, names) in Anonymization.rounds.enumerated() {
            var outputs = Array(repeating: Data(), count: shards)
            var files = Array(repeating: [String: Data](), count: shards)
            var handed = Array(repeating: [Interview](), count: shards)
            for shard in (0..<shards).reversed() {
                let output = try stage.work(round: round, in: ShardInput(shard: shard, shards: shards, study: study, interviews: groups[shard],
                                                                          jobs: 1, earlier: store.results(shards: shards), baseDirectory: base))
                (outputs[shard], files[shard], handed[shard]) = (output.data, output.files, output.interviews ?? [])
            }
            store.outputs.withLock { $0[round] = outputs }
            store.files.withLock { $0[round] = files }
            store.interviews.withLock { $0[round] = handed }
            if names.combine != nil {
                let combined = try stage.combine(round: round, outputs: outputs, study: study, earlier: store.results(shards: shards))
                store.combined.withLock { $0[round] = combined }
            }
        }
        // As the runner's merge: the study, no transcripts (the shards hold them).
        let context = StageContext(corpus: Corpus(study: study, interviews: []), jobs: 2, baseDirectory: base)
        context.keyFile = "/nonexistent/dev.key"
        context.running = Anonymization.descriptor
        try stage.finish(in: context, from: store.results(shards: shards))
        return (context.artifacts, context.keptKey?.data)
    }

    @Test(arguments: ["Tests/Resources/anonymization-dev", "Tests/Resources/anonymization-ext-dev", "Fixtures/anonymization-heldout",
                      "Fixtures/anonymization-blind/round3/norwegian", "Fixtures/anonymization-blind/round3/international"])
    func shardsGiveTheBytesOfOneRun(_ corpus: String) throws {
        let interviews = try Self.transcripts(corpus)
        let study = Study(id: "dev", title: "dev", participants: [])
        let (one, oneKey) = try Self.single(study, interviews)
        #expect(one.paths.count == interviews.count + 1)
        for shards in [3, 5] {
            let (many, manyKey) = try Self.sharded(study, interviews, shards: shards)
            #expect(many.paths == one.paths, "\(corpus), \(shards) shards")
            for path in one.paths { #expect(many[path] == one[path], "\(corpus), \(shards) shards: \(path)") }
            #expect(manyKey != nil && manyKey == oneKey, "\(corpus), \(shards) shards: the key")
        }
    }

    /// An imported project's memos (option `memos`) are read by the first shard as by one process: a name only a memo
    /// holds is the same entity with the same label, in the same key.
    @Test func memosGiveTheBytesOfOneRun() throws {
        let folder = try TestSupport.temporaryDirectory("sharded-memos")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try TestSupport.write("notes:\n  - name: \"Call\"\n    text: \"Ingrid Solbakken called about the rota.\"\n", to: "codebook.yaml", in: folder)
        let interviews = try Self.transcripts("Tests/Resources/anonymization-dev")
        let study = Study(id: "dev", title: "dev", participants: [])
        let options: [String: OptionValue] = ["memos": .string("codebook.yaml")]
        let (one, oneKey) = try Self.single(study, interviews, base: folder.path, options: options)
        let key = String(decoding: try #require(oneKey), as: UTF8.self)
        #expect(key.contains("Ingrid Solbakken"), "the memo's name is an entity of the key")
        let (many, manyKey) = try Self.sharded(study, interviews, shards: 3, base: folder.path, options: options)
        #expect(many.paths == one.paths)
        for path in one.paths { #expect(many[path] == one[path], "\(path)") }
        #expect(manyKey == oneKey, "the key")
    }
}

