import Foundation
import Testing
@testable import ThematicCore

/// A stage's descriptor is checked once, when the registry is built (issue 32): each rule with an example that breaks
/// it and one that keeps it.
@Suite struct StageDescriptorValidationTests {
    static func descriptor(_ id: String = "good-stage", version: String = "1.0.0", options: [OptionSpec] = [], artifacts: [ArtifactDeclaration] = []) -> StageDescriptor {
        StageDescriptor(id: id, version: version, summary: "s", options: options, artifacts: artifacts)
    }

    @Test func aWellFormedSetHasNoProblems() {
        let options = [StageOption<Int>("window", default: 8, help: "h").spec, StageOption<String>("key", default: "", help: "h").spec]
        #expect(StageRegistry.problems(in: [Self.descriptor(options: options, artifacts: ["themes.json", "anonymized/*.xml"]),
                                            Self.descriptor("other", artifacts: ["anonymized.json", "kwic/*.csv"])]).isEmpty)
    }

    @Test func eachBrokenRuleNamesTheStage() {
        let twice = [StageOption<Int>("window", default: 8, help: "h").spec, StageOption<Int>("window", default: 9, help: "h").spec]
        let cases: [(StageDescriptor, String)] = [
            (Self.descriptor(options: twice), "stage 'good-stage': the option 'window' is declared twice"),
            (Self.descriptor(options: [StageOption<Int>("Window_Size", default: 8, help: "h").spec]), "stage 'good-stage': the option 'Window_Size' is not kebab-case"),
            (Self.descriptor("Bad Id"), "stage 'Bad Id': the id is not kebab-case (lower-case words joined by hyphens)"),
            (Self.descriptor(version: "2.x"), "stage 'good-stage': version '2.x' is not a version number (major.minor.patch)"),
            (Self.descriptor(artifacts: ["anonymized/*.xml", "anonymized/P*.xml"]), "stage 'good-stage': the artifacts 'anonymized/*.xml' and 'anonymized/P*.xml' could name the same file"),
        ]
        for (descriptor, message) in cases {
            #expect(StageRegistry.problems(in: [descriptor]).contains(message), "\(StageRegistry.problems(in: [descriptor]))")
        }
        let clash = StageRegistry.problems(in: [Self.descriptor(artifacts: ["report.html"]), Self.descriptor("writer", artifacts: ["*.html"])])
        #expect(clash == ["stages 'good-stage' and 'writer' could both write a file matching 'report.html' and '*.html'"])
        #expect(StageRegistry.problems(in: [Self.descriptor(), Self.descriptor()]).contains("two stages are registered as 'good-stage'"))
    }

    struct Clashing: Stage {
        static let descriptor = StageDescriptor(id: "clashing", version: "1.0.0", summary: "s", artifacts: ["*.json", "themes.json"])
        init(options: StageOptions) throws {}
        func run(in context: StageContext) throws {}
    }

    @Test func theProgramsRegistryRefusesABrokenDescriptor() {
        #expect(throws: (any Error).self) { try StageRegistry(validating: [Clashing.self]) }
    }

    @Test(arguments: [("a/*.xml", "a/b.xml", true), ("*.json", "anonymized/x.json", false), ("a/*", "a/b/c", false), ("x*y", "*z", false),
                      ("*.csv", "kwic-*.csv", true), ("codings.csv", "coding.csv", false)])
    func patternsOverlapWhereSomePathMatchesBoth(_ left: String, _ right: String, _ overlap: Bool) {
        #expect(StageRegistry.patternsOverlap(left, right) == overlap)
        #expect(StageRegistry.patternsOverlap(right, left) == overlap)
    }
}

/// A sharded stage's rounds are checked with its descriptor: a typed round key listed out of place would hand one
/// round's payload to another's reader.
@Suite(.serialized) struct ShardRoundValidationTests {
    struct Counting: ShardedStage {
        static let count = ShardRoundKey<[Int], Int>(0, work: "count", combine: "add")
        static let label = ShardRoundKey<[String], NothingCombined>(1, work: "label", combine: nil)
        nonisolated(unsafe) static var rounds = [count.round, label.round]
        static let descriptor = StageDescriptor(id: "counting", version: "1.0.0", summary: "s")
        init(options: StageOptions) throws {}
        func run(in context: StageContext) throws {}
        func work(round: Int, in shard: ShardInput) throws -> ShardOutput { try Self.count.output([shard.interviews.count]) }
        func combine(round: Int, outputs: [Data], study: Study, earlier: ShardResults) throws -> Data {
            try Self.count.combining(outputs) { $0.joined().reduce(0, +) }
        }
        func finish(in context: StageContext, from results: ShardResults) throws {}
    }

    @Test func roundsInPlaceHaveNoProblems() {
        #expect(StageRegistry.roundProblems(of: Counting.self).isEmpty)
    }

    @Test func aKeyOutOfPlaceOrARepeatedStepNamesTheStage() {
        let listed = Counting.rounds
        defer { Counting.rounds = listed }
        Counting.rounds = [Counting.label.round, Counting.count.round]
        #expect(StageRegistry.roundProblems(of: Counting.self).contains("stage 'counting': the round 'label' is keyed as round 1 but listed as round 0"))
        Counting.rounds = [Counting.count.round, ShardRound(work: "add", combine: nil)]
        #expect(StageRegistry.roundProblems(of: Counting.self).contains("stage 'counting': the step 'add' is named twice"))
        Counting.rounds = []
        #expect(StageRegistry.roundProblems(of: Counting.self) == ["stage 'counting': a sharded stage needs at least one round"])
    }

    @Test func aCombinedResultIsReadAsItsRoundsType() throws {
        let outputs = [try Counting.count.output([2, 3]).data, try Counting.count.output([4]).data]
        let combined = try Counting.count.combining(outputs) { $0.joined().reduce(0, +) }
        let results = ShardResults(shards: 2, combined: { _ in combined }, outputs: { _ in outputs }, files: { _, _ in [:] }, interviews: { _, _ in [] })
        #expect(try results.combined(Counting.count) == 9)
        #expect(try results.output(Counting.count, shard: 1) == [4])
    }
}
