import Foundation
import ThematicCore
import ThematicImport

/// The steps of a sharded run, each a plain command (`thematic step …`) that any batch engine can run:
///
/// 1. `prepare` (once): plans the shards and steps into a work folder;
/// 2. for each step in the plan: `work` once per shard (an array job), then `combine` once;
/// 3. `merge` (once): runs the pipeline in one process, where each sharded stage finishes from its rounds' results
///    instead of redoing them, and publishes atomically like any run — exactly the bytes a single process publishes.
public struct ShardedRun {
    let registry: StageRegistry
    let importers: ImporterRegistry
    let jobs: Int
    let progress: (@Sendable (String) -> Void)?

    /// Steps using the stages in `registry`, reading other transcript formats with `importers`, on `jobs` threads each.
    public init(registry: StageRegistry, importers: ImporterRegistry, jobs: Int = 1, progress: (@Sendable (String) -> Void)? = nil) {
        self.registry = registry
        self.importers = importers
        self.jobs = max(1, jobs)
        self.progress = progress
    }

    // MARK: prepare

    /// Plans `shards` shards of the pipeline into `work`: resolves the transcripts, splits them into contiguous groups
    /// of (nearly) equal count, and lists the steps: reading and checking, then the rounds of every stage that can
    /// run in shards, up to the first stage that rewrites the transcripts without being able to.
    @discardableResult
    public func prepare(pipelinePath: String, output: String?, key: String?, shards: Int, work: ShardWorkFolder) throws -> ShardPlan {
        guard shards >= 1 else { throw Diagnostic("--shards must be at least 1") }
        let pipeline = try PipelineFile.load(pipelinePath)
        guard let output = output ?? pipeline.output.map(pipeline.resolve) else {
            throw Diagnostic(file: pipelinePath, "no output folder: give 'output' in the pipeline or --out")
        }
        let files = try CorpusLoader.resolve(patterns: pipeline.transcripts, base: pipeline.baseDirectory, file: pipeline.path)
        try OutputPublisher.preflight(to: output, inputs: [pipelinePath, pipeline.resolve(pipeline.study)] + files.map(\.path), key: key)
        let outputFolder = PathUtilities.absolute(output)
        if FileSystem.isInside(FileSystem.resolved(work.path), FileSystem.resolved(outputFolder)) || FileSystem.resolved(work.path) == FileSystem.resolved(outputFolder) {
            throw Diagnostic(file: work.path, "the work folder holds identifiers and may not lie inside the output folder")
        }
        let planned = try PipelineRunner(registry: registry).plan(pipeline)
        guard !files.isEmpty else { throw Diagnostic(file: pipelinePath, "the corpus is empty: no transcripts were read") }
        let count = min(shards, files.count)
        var groups: [[ShardPlan.File]] = []
        for shard in 0..<count {
            let range = (shard * files.count / count)..<((shard + 1) * files.count / count)
            groups.append(files[range].map { ShardPlan.File(path: PathUtilities.absolute($0.path), displayName: $0.displayName) })
        }
        var steps = [TranscriptCheck.round]
        for (index, (stage, options)) in planned.enumerated() {
            let rewrites = stage.descriptor.writes.contains(Products.corpus.name)
            guard let sharded = stage as? any ShardedStage.Type else {
                if rewrites { break }
                continue
            }
            _ = try stage.init(options: options)
            for (round, names) in sharded.rounds.enumerated() {
                steps.append(ShardPlan.Step(number: steps.count, stage: stage.descriptor.id, stageIndex: index, round: round,
                                            work: names.work, combine: names.combine,
                                            handsOnTranscripts: rewrites && round == sharded.rounds.count - 1))
            }
        }
        let plan = ShardPlan(pipeline: PathUtilities.absolute(pipelinePath), pipelineSHA256: Digest.sha256(pipeline.data), output: outputFolder,
                             key: key.map(PathUtilities.absolute), jobs: jobs, files: groups, steps: steps)
        try work.create(plan: plan)
        return plan
    }

    // MARK: work

    /// Runs one shard's part of a step and saves it in the work folder.
    public func work(_ work: ShardWorkFolder, step number: Int, shard: Int) throws {
        let plan = try work.plan()
        let step = try self.step(number, of: plan)
        guard (0..<plan.shards).contains(shard) else { throw Diagnostic("shard \(shard) does not exist (the plan has shards 0–\(plan.shards - 1))") }
        let pipeline = try PipelineFile.load(plan.pipeline)
        var (study, _) = try StudyLoader.load(path: pipeline.resolve(pipeline.study), displayName: pipeline.resolve(pipeline.study))
        guard let stageName = step.stage, let stageIndex = step.stageIndex else {
            progress?("\(step.work): shard \(shard + 1)/\(plan.shards), reading \(plan.files[shard].count) transcripts")
            let loaded = try CorpusLoader(jobs: jobs, importers: importers).load(plan.files[shard].map { ($0.path, $0.displayName) }, study: study)
            try CorpusLoader.check(loaded.interviews, against: study)
            let read = zip(loaded.interviews, loaded.sources).map {
                TranscriptCheck.Read(interview: $0.id, source: $1.displayName, sha256: $1.sha256)
            }
            try work.save(ShardOutput(data: ShardCoding.encode(TranscriptCheck(interviews: read, names: loaded.names))), step: number, shard: shard)
            return
        }
        let stage = try sharded(stageIndex, named: stageName, in: pipeline)
        try protectCheckedNames(work, in: &study)
        // The transcripts as the last stage that rewrote them handed them on in this shard, else as the files have them.
        let interviews: [Interview]
        if let handOff = plan.steps[..<number].last(where: \.handsOnTranscripts) {
            interviews = try work.interviews(step: handOff.number, shard: shard)
        } else {
            interviews = try CorpusLoader(jobs: jobs, importers: importers).load(plan.files[shard].map { ($0.path, $0.displayName) }, study: study).interviews
        }
        let input = ShardInput(shard: shard, shards: plan.shards, study: study, interviews: interviews.sorted { $0.id < $1.id }, jobs: jobs,
                               earlier: work.results(firstStep: number - step.round, shards: plan.shards), baseDirectory: pipeline.baseDirectory)
        progress?("\(step.work): shard \(shard + 1)/\(plan.shards), \(stageName) on \(input.interviews.count) transcripts")
        let output = try stage.work(round: step.round, in: input)
        if step.handsOnTranscripts, output.interviews == nil {
            throw Diagnostic("stage '\(stageName)' rewrites the transcripts but its step '\(step.work)' did not hand them on (ShardOutput.interviews)")
        }
        try work.save(output, step: number, shard: shard)
    }

    // MARK: combine

    /// Combines every shard's output of a step and saves the result in the work folder.
    public func combine(_ work: ShardWorkFolder, step number: Int) throws {
        let plan = try work.plan()
        let step = try self.step(number, of: plan)
        guard step.combine != nil else { throw Diagnostic("step \(number) (\(step.work)) has no combining step") }
        let outputs = try (0..<plan.shards).map { try work.read(work.shardData(step: number, shard: $0), step: number, shard: $0, what: "shard \($0)'s output of step \(number) (\(step.work))") }
        guard let stageName = step.stage, let stageIndex = step.stageIndex else {
            try work.saveCombined(try Self.check(outputs), step: number)
            return
        }
        let pipeline = try PipelineFile.load(plan.pipeline)
        var (study, _) = try StudyLoader.load(path: pipeline.resolve(pipeline.study), displayName: pipeline.resolve(pipeline.study))
        try protectCheckedNames(work, in: &study)
        let stage = try sharded(stageIndex, named: stageName, in: pipeline)
        let combined = try stage.combine(round: step.round, outputs: outputs, study: study, earlier: work.results(firstStep: number - step.round, shards: plan.shards))
        try work.saveCombined(combined, step: number)
    }

    /// The check across shards: every interview id once; the names of converted files' speakers, gathered.
    static func check(_ outputs: [Data]) throws -> Data {
        var first: [String: String] = [:]
        var read: [TranscriptCheck.Read] = []
        var names = Set<String>()
        var problems: [Diagnostic] = []
        for output in outputs {
            let part = try ShardCoding.decode(TranscriptCheck.self, from: output, what: "transcript check")
            for item in part.interviews {
                if let earlier = first[item.interview] {
                    problems.append(Diagnostic(file: item.source, line: 2, "duplicate interview id '\(quoting: item.interview)' (also in \(earlier))"))
                } else {
                    first[item.interview] = item.source
                }
            }
            read += part.interviews
            names.formUnion(part.names)
        }
        try problems.throwIfAny()
        return try ShardCoding.encode(TranscriptCheck(interviews: read, names: names.sorted()))
    }

    // MARK: merge

    /// Runs the pipeline in this process, each sharded stage finishing from its rounds' results, and publishes.
    public func merge(_ work: ShardWorkFolder) throws -> PipelineRunner.Result {
        let plan = try work.plan()
        for step in plan.steps {
            for shard in 0..<plan.shards where !work.finished(step: step.number, shard: shard) {
                throw Diagnostic(file: work.path, "step \(step.number) (\(step.work)) has not finished for shard \(shard); run the steps in order before merge")
            }
            if step.combine != nil, !work.finished(step: step.number, shard: nil) {
                throw Diagnostic(file: work.path, "step \(step.number) (\(step.combine!)) has not run; run the steps in order before merge")
            }
        }
        let checked = try ShardCoding.decode(TranscriptCheck.self, from: work.read(work.combined(step: 0), step: 0, shard: nil, what: "the check step's result"), what: "transcript check")
        var runner = PipelineRunner(registry: registry, jobs: jobs, progress: progress)
        runner.importers = importers
        runner.keyFile = plan.key
        let digests = Dictionary(checked.interviews.map { ($0.interview, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        // When the first stage rewrote the transcripts in the shards, the merge needs none of the files: the stage
        // finishes from the rewritten ones. Otherwise it reads them, and refuses any that changed since the shards did.
        if plan.steps.contains(where: { $0.stageIndex == 0 && $0.handsOnTranscripts }) {
            try checkTranscriptsUnchanged(plan, read: checked)
            runner.transcriptsReadByShards = (digests, checked.names)
        } else {
            runner.expectedTranscripts = digests
        }
        for step in plan.steps where step.round == 0 {
            guard let stageIndex = step.stageIndex else { continue }
            runner.shardResults[stageIndex] = work.results(firstStep: step.number, shards: plan.shards)
        }
        return try runner.run(pipelinePath: plan.pipeline, outputOverride: plan.output)
    }

    /// When the merge finishes from the transcripts the shards handed on, it still refuses a transcript file changed
    /// (or added, or removed) since the shards read it, as a merge that reads them does: the published output and the
    /// manifest's digests are then those of the files as they are.
    private func checkTranscriptsUnchanged(_ plan: ShardPlan, read checked: TranscriptCheck) throws {
        let pipeline = try PipelineFile.load(plan.pipeline)
        let now = try CorpusLoader.resolve(patterns: pipeline.transcripts, base: pipeline.baseDirectory, file: pipeline.path)
        let planned = plan.files.joined().map(\.path)
        let then = Set(planned)
        var problems: [Diagnostic] = []
        for file in now where !then.contains(PathUtilities.absolute(file.path)) {
            problems.append(Diagnostic(file: file.displayName, "the transcript is new since the shards read the transcripts; run the sharded steps again"))
        }
        let recorded = Dictionary(checked.interviews.map { ($0.source, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        let files = Array(plan.files.joined())
        let digests = ConcurrentSlots<String?>.map(count: files.count, jobs: jobs) { index in
            (try? InputFile.read(files[index].path, displayName: files[index].displayName, what: "transcript")).map(Digest.sha256)
        }
        for (file, digest) in zip(files, digests) where digest == nil || digest != recorded[file.displayName] {
            problems.append(Diagnostic(file: file.displayName, digest == nil ? "the transcript is gone (or cannot be read) since the shards read it; run the sharded steps again"
                                                                             : "the transcript changed (or is new) since the shards read it; run the sharded steps again"))
        }
        try problems.throwIfAny()
    }

    // MARK: helpers

    private func step(_ number: Int, of plan: ShardPlan) throws -> ShardPlan.Step {
        guard plan.steps.indices.contains(number) else {
            throw Diagnostic("step \(number) does not exist (the plan has steps 0–\(plan.steps.count - 1): \(plan.outline))")
        }
        return plan.steps[number]
    }

    private func sharded(_ index: Int, named id: String, in pipeline: PipelineFile) throws -> any ShardedStage {
        let planned = try PipelineRunner(registry: registry).plan(pipeline)
        guard planned.indices.contains(index), planned[index].stage.descriptor.id == id,
              let stage = try planned[index].stage.init(options: planned[index].options) as? any ShardedStage else {
            throw Diagnostic(file: pipeline.path, "the pipeline no longer has stage '\(id)' at place \(index + 1); prepare the work folder again")
        }
        return stage
    }

    /// Names the check step gathered from converted files' speaker labels join the study's people, as in a single run.
    private func protectCheckedNames(_ work: ShardWorkFolder, in study: inout Study) throws {
        let checked = try ShardCoding.decode(TranscriptCheck.self, from: work.read(work.combined(step: 0), step: 0, shard: nil, what: "the check step's result"), what: "transcript check")
        for name in checked.names where !(study.identifiers["person"] ?? []).contains(name) { study.identifiers["person", default: []].append(name) }
    }
}
