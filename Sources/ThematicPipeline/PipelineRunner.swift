import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// Runs a pipeline: loads the study and transcripts, runs the stages in order, writes the manifest, and publishes
/// the output folder atomically.
public struct PipelineRunner {
    /// What a finished run produced.
    public struct Result: Sendable {
        /// The folder the artifacts were published to.
        public var outputDirectory: String
        /// The manifest written there (none for a transcript folder).
        public var manifest: Manifest?
        /// The corpus after all stages ran.
        public var corpus: Corpus
        /// The stages' one-line findings, in pipeline order.
        public var summary: [String]
        /// Reading the study and transcripts, then each stage, in order (for `--timings` and benchmarks; never
        /// written to artifacts).
        public var timings: [StepTiming]
    }

    /// How long one step of a run took and what it used.
    public struct StepTiming: Sendable {
        /// `read`, a stage id, `leak-gate` or `publish`.
        public var step: String
        /// Wall-clock seconds.
        public var seconds: Double
        /// Processor seconds of the whole process (user and system) in that time: over `seconds`, how many threads
        /// were busy on average — what tells a step that does not use `--jobs` from one that waits on the disk.
        public var processorSeconds: Double
        /// The process's peak resident memory so far in MiB, where the system tells it.
        public var peakMiB: Int?
    }

    let registry: StageRegistry
    private let jobs: Int
    private let progress: (@Sendable (String) -> Void)?

    /// Creates a runner over the stages in `registry`.
    /// Where stages keeping a re-identification key write it (`thematic analyze --key`).
    public var keyFile: String?
    /// Importers for transcripts the pipeline lists in other formats than Interview XML (none: only XML is read).
    public var importers = ImporterRegistry([])

    /// For the merge of a sharded run: the results of each sharded stage's rounds, by the stage's place in the
    /// pipeline; such a stage finishes from them instead of running.
    public var shardResults: [Int: ShardResults] = [:]
    /// For the merge of a sharded run: each interview's transcript digest as the shards read it.
    public var expectedTranscripts: [String: String]?
    /// For the merge of a sharded run whose first stage rewrote the transcripts in the shards: the transcripts are not
    /// read again (that stage's `finish` puts the rewritten ones in place); the manifest takes the shards' digests, and
    /// these names (from converted files' speaker labels) join the study's people.
    public var transcriptsReadByShards: (digests: [String: String], names: [String])?

    public init(registry: StageRegistry, jobs: Int = 1, progress: (@Sendable (String) -> Void)? = nil) {
        self.registry = registry
        self.jobs = max(1, jobs)
        self.progress = progress
    }

    /// The process's peak resident memory in MiB (Linux `VmHWM`), nil where the system does not say.
    static func peakResidentMiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return nil }
        return kilobytes / 1024
    }

    /// The processor time the process has used so far (user and system, all threads), in seconds.
    static func processorSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Resolves the stage entries of `pipeline` against the registry, validating options and order: every product a
    /// stage reads is made earlier (the runner makes the corpus) and not made anew later — so a stage that rewrites
    /// the transcripts, anonymization, comes before every stage that reads them.
    public func plan(_ pipeline: PipelineFile) throws -> [(stage: any Stage.Type, options: StageOptions)] {
        var problems: [Diagnostic] = []
        var planned: [(any Stage.Type, StageOptions)] = []
        var available: [ProductName: String] = [Products.corpus.name: "the runner"]
        for (position, entry) in pipeline.stages.enumerated() {
            guard let stage = registry.stage(entry.id) else {
                problems.append(Diagnostic(file: pipeline.path, line: entry.line,
                                           "unknown stage '\(quoting: entry.id)' (registered stages: \(registry.ids.joined(separator: ", ")))"))
                continue
            }
            let descriptor = stage.descriptor
            do {
                planned.append((stage, try StageOptions(validating: entry.options, against: descriptor.options, stage: entry.id, file: pipeline.path)))
            } catch let error as Diagnostic {
                problems.append(Diagnostic(file: pipeline.path, line: entry.line, error.message))
            } catch let error as DiagnosticList {
                problems += error.diagnostics.map { Diagnostic(file: pipeline.path, line: entry.line, $0.message) }
            }
            for needed in descriptor.reads where available[needed] == nil {
                let makers = registry.stages.filter { $0.descriptor.writes.contains(needed) }.map { $0.descriptor.id }
                let hint = makers.isEmpty ? "no registered stage makes it" : "add \(makers.joined(separator: " or ")) before it"
                let later = pipeline.stages.drop(while: { $0.id != entry.id }).dropFirst().first { makers.contains($0.id) }
                let why = later.map { "stage '\(entry.id)' needs '\(needed)', which stage '\($0.id)' makes only later in the pipeline" }
                    ?? "stage '\(entry.id)' needs '\(needed)' (\(hint))"
                problems.append(Diagnostic(file: pipeline.path, line: entry.line, why))
            }
            for used in descriptor.reads + descriptor.readsIfMade {
                let rewriter = pipeline.stages.dropFirst(position + 1).first { registry.stage($0.id)?.descriptor.writes.contains(used) ?? false }
                if let rewriter, available[used] != nil || descriptor.readsIfMade.contains(used) {
                    let makes = available[used] == nil ? "makes only later" : "makes anew only later"
                    problems.append(Diagnostic(file: pipeline.path, line: entry.line,
                        "stage '\(entry.id)' reads '\(used)', which stage '\(rewriter.id)' \(makes) in the pipeline; move '\(rewriter.id)' before '\(entry.id)'"))
                }
            }
            for made in descriptor.writes { available[made] = entry.id }
            if let options = planned.last?.1, planned.last?.0.descriptor.id == entry.id {
                problems += Self.missingInputFiles(of: descriptor, options, in: pipeline, line: entry.line)
            }
        }
        try problems.throwIfAny()
        return planned
    }

    /// The files a stage's options name, as the pipeline gives them, with whether each must exist: an optional
    /// file is optional under its default name only — one the pipeline names otherwise (`decisions: mine.yaml`) was
    /// meant to be there, and a typo in it is refused at planning, with the pipeline's line, not passed over.
    static func inputFiles(of descriptor: StageDescriptor, _ options: StageOptions) -> [(path: String, required: Bool)] {
        descriptor.options.flatMap { spec -> [(path: String, required: Bool)] in
            switch (spec.kind, options.values[spec.name]) {
            case (.inputFile(let required), .string(let path)?) where !path.isEmpty: [(path, required || spec.defaultValue != .string(path))]
            case (.inputFiles, .list(let paths)?): paths.map { ($0, true) }
            default: []
            }
        }
    }

    /// A stage's required input files that do not exist, found when the pipeline is planned — not halfway through a run.
    static func missingInputFiles(of descriptor: StageDescriptor, _ options: StageOptions, in pipeline: PipelineFile, line: Int?) -> [Diagnostic] {
        inputFiles(of: descriptor, options).filter { $0.required && !FileManager.default.fileExists(atPath: pipeline.resolve($0.path)) }.map {
            let path = pipeline.resolve($0.path)
            // A symbolic link that cannot be followed (a loop, a missing target) is there, so "does not exist" would
            // send the user looking for a file that is in plain sight: say what the link is, as reading it would.
            var entry = stat()
            if lstat(path, &entry) == 0 {
                do { _ = try InputFile.read(path, displayName: $0.path) } catch let error as Diagnostic {
                    return Diagnostic(file: pipeline.path, line: line, "stage '\(descriptor.id)': the file '\(quoting: $0.path)': \(error.message) (\(path))")
                } catch {}
            }
            return Diagnostic(file: pipeline.path, line: line, "stage '\(descriptor.id)': the file '\(quoting: $0.path)' does not exist (\(path))")
        }
    }

    /// Reads every file the stages' options name, before any stage runs, so a file changed during the run cannot
    /// differ from the bytes the manifest's digest is of.
    static func readInputFiles(of plan: [(stage: any Stage.Type, options: StageOptions)], into context: StageContext) throws {
        for (stage, options) in plan {
            for file in inputFiles(of: stage.descriptor, options) where context.inputFiles[file.path] == nil {
                let path = context.path(file.path)
                if !file.required, !FileManager.default.fileExists(atPath: path) { continue }
                context.inputFiles[file.path] = try InputFile.read(path, displayName: file.path, what: "file")
            }
        }
    }

    /// Runs the pipeline in `pipelinePath`, publishing to `outputOverride` or the folder the pipeline names.
    public func run(pipelinePath: String, outputOverride: String? = nil) throws -> Result {
        let pipeline = try PipelineFile.load(pipelinePath)
        guard let output = outputOverride ?? pipeline.output.map(pipeline.resolve) else {
            throw Diagnostic(file: pipelinePath, "no output folder: give 'output' in the pipeline or --out")
        }
        let plan = try plan(pipeline)
        let files = try CorpusLoader.resolve(patterns: pipeline.transcripts, base: pipeline.baseDirectory, file: pipeline.path)
        return try run(RunRequest(studyFile: pipeline.resolve(pipeline.study), transcripts: files, plan: plan, output: output,
                                  baseDirectory: pipeline.baseDirectory, layout: .analysis(pipeline)))
    }

    /// Runs `request`: reads the study and transcripts, runs the stages under their contract, records the run, checks
    /// everything for identifiers and publishes it all at once.
    public func run(_ request: RunRequest) throws -> Result {
        let output = request.output
        let plan = request.plan
        var inputPaths = request.namedInputs
        // Refuse an output folder or key path that publishing would refuse, before any work is done.
        try OutputPublisher.preflight(to: output, ownership: request.ownership, inputs: inputPaths, key: keyFile)

        let clock = ContinuousClock()
        var timings: [StepTiming] = []
        var started = clock.now
        var startedProcessor = Self.processorSeconds()
        func lap(_ step: String) {
            let now = clock.now
            let processor = Self.processorSeconds()
            let elapsed = now - started
            timings.append(StepTiming(step: step, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                                      processorSeconds: processor - startedProcessor, peakMiB: Self.peakResidentMiB()))
            started = now
            startedProcessor = processor
        }
        progress?("reading the study")
        var (study, studyInputs) = try request.studyFile.map { try StudyLoader.load(path: $0, displayName: $0) }
            ?? (Study(id: "transcripts", title: "transcripts", participants: []), [])
        // Only the digests of the files are kept (for the manifest), and the transcripts live on in the context alone, so
        // a stage that rewrites them (anonymization) frees the originals.
        var transcriptDigests: [String: String] = [:]
        let context: StageContext
        // Every file waits on disk, however small: a large study's de-identified transcripts are thousands of small
        // files, which would otherwise sit in memory until publishing (which then links them into place).
        let spoolOwner = try OutputPublisher.claimSpoolFolder(for: output)
        let spooled = ArtifactSet(spoolingTo: spoolOwner.path, threshold: 1, owner: spoolOwner)
        // Names in the speaker labels of converted files are protected like the study's own identifiers.
        func protect(_ names: [String]) {
            for name in names where !(study.identifiers["person"] ?? []).contains(name) { study.identifiers["person", default: []].append(name) }
        }
        if let shards = transcriptsReadByShards {
            protect(shards.names)
            transcriptDigests = shards.digests
            context = StageContext(corpus: Corpus(study: study, interviews: []), artifacts: spooled, jobs: jobs, baseDirectory: request.baseDirectory)
        } else {
            // The transcripts are read in chunks into a store on disk (private, and gone with the process), so the run
            // holds a chunk of them at a time, however large the study.
            let store = try TranscriptStore(in: OutputPublisher.scratchFolder(for: output))
            let checksSpeakers = if case .analysis = request.layout { true } else { false }
            let loaded = try CorpusLoader(jobs: jobs, progress: progress, importers: importers)
                .load(request.transcripts, study: study, into: store, checkingSpeakers: checksSpeakers)
            protect(loaded.names)
            transcriptDigests = loaded.digests
            if let expected = expectedTranscripts {
                for (interview, source) in loaded.sources where expected[interview] != transcriptDigests[interview] {
                    throw Diagnostic(file: source, "the transcript changed (or is new) since the shards read it; run the sharded steps again")
                }
                if expected.count != loaded.digests.count {
                    throw Diagnostic(file: inputPaths.first, "the pipeline's transcripts are not those the shards read (\(expected.count) then, \(loaded.digests.count) now); run the sharded steps again")
                }
            }
            context = StageContext(corpus: Corpus(study: study, interviews: store.list()), artifacts: spooled, jobs: jobs,
                                   baseDirectory: request.baseDirectory)
        }
        context.scratchFolder = OutputPublisher.scratchFolder(for: output)
        context.plan = plan.map { $0.stage.descriptor }
        context.outputDirectory = PathUtilities.absolute(output)
        context.keyFile = keyFile
        context.progress = progress
        try Self.readInputFiles(of: plan, into: context)
        lap("read")
        var records: [Manifest.StageRecord] = []
        for (index, (stage, options)) in plan.enumerated() {
            let descriptor = stage.descriptor
            progress?("stage \(index + 1)/\(plan.count): \(descriptor.id)")
            context.progressLabel = "stage \(index + 1)/\(plan.count) \(descriptor.id)"
            let inputsBefore = Set(context.extraInputs.keys)
            let instance = try stage.init(options: options)
            try StageHarness.run(descriptor, in: context) { context in
                if let results = shardResults[index], let sharded = instance as? any ShardedStage {
                    try sharded.finish(in: context, from: results)
                } else {
                    try instance.run(in: context)
                }
            }
            lap(descriptor.id)
            let read = Set(context.extraInputs.keys).subtracting(inputsBefore).sorted()
            records.append(Manifest.StageRecord(id: descriptor.id, version: descriptor.version, options: options.values, inputs: read.isEmpty ? nil : read))
        }

        var artifacts = try request.published(context.artifacts)
        var manifest: Manifest?
        if case .analysis(let pipeline) = request.layout {
            manifest = try self.manifest(of: pipeline, stages: records, studyInputs: studyInputs, transcriptDigests: transcriptDigests, context: context)
            try artifacts.addJSON(Manifest.fileName, manifest!, by: "pipeline")
        }

        progress?("checking everything this run publishes for identifiers")
        let summary = context.summaryLines
        let anonymized = plan.contains { $0.stage.descriptor.writes.contains(Products.corpus.name) }
        do {
            try LeakGate.check(artifacts, extra: [LeakGate.Channel(name: "(the terminal summary)", text: summary.joined(separator: "\n"))],
                               protected: context.gateProtection(study: study), ownWording: Self.ownWording(of: artifacts, plan: plan.map { $0.stage.descriptor }),
                               advice: anonymized ? nil : "add the anonymization stage at the start of the pipeline (the study lists identifiers)", jobs: jobs)
        } catch var refusal as DiagnosticList where anonymized {
            // What the anonymizer left in transcripts is for a person to decide, in the review page.
            let inTranscripts = refusal.diagnostics.filter { $0.file.map(request.carriesTranscriptText) ?? false }.count
            if inTranscripts > 0, case .analysis(let pipeline) = request.layout {
                refusal.diagnostics.append(Diagnostic("\(inTranscripts) of these \(inTranscripts == 1 ? "is" : "are") in transcripts: run `thematic review \(pipeline.path)` to decide \(inTranscripts == 1 ? "it" : "them") (each waits there in the queue \"gate\"), then run again"))
            }
            throw refusal
        }
        lap("leak-gate")

        progress?("publishing \(artifacts.paths.count) files")
        inputPaths += studyInputs.map(\.path) + context.extraInputs.keys.map(context.path)
        try OutputPublisher.publish(artifacts, to: output, ownership: request.ownership, inputs: inputPaths, key: context.keptKey, waiting: progress)
        lap("publish")
        return Result(outputDirectory: output, manifest: manifest, corpus: context.finalCorpus, summary: summary, timings: timings)
    }

    /// The manifest of a pipeline's run: its stages with their options and inputs, every input's and artifact's digest.
    private func manifest(of pipeline: PipelineFile, stages records: [Manifest.StageRecord], studyInputs: [(path: String, data: Data)],
                          transcriptDigests: [String: String], context: StageContext) throws -> Manifest {
        var inputs: [String: String] = [:]
        for (path, data) in studyInputs { inputs[PathUtilities.relative(path, from: pipeline.baseDirectory)] = Digest.sha256(data) }
        for (interview, digest) in transcriptDigests { inputs[Manifest.interviewInputPrefix + interview] = digest }
        for (path, hash) in context.extraInputs { inputs[path] = hash }
        // Hashed on the run's threads, each spooled file read in pieces.
        let hashed = context.artifacts.paths.filter { $0 != Manifest.fileName }
        let artifactSet = context.artifacts
        let digests = ConcurrentSlots<Swift.Result<String, any Error>>.map(count: hashed.count, jobs: jobs) { index in
            Swift.Result { try artifactSet.sha256(of: hashed[index]) ?? "" }
        }
        var artifactHashes: [String: String] = [:]
        for (path, digest) in zip(hashed, digests) { artifactHashes[path] = try digest.get() }
        let tool = Manifest.Tool(name: "thematic", version: ThematicVersion.current)
        return Manifest(
            format: Manifest.currentFormat, tool: tool,
            pipeline: .init(file: (pipeline.path as NSString).lastPathComponent, sha256: Digest.sha256(pipeline.data)),
            stages: records, inputs: inputs, artifacts: artifactHashes, sideOutputs: context.sideOutputs.sorted(),
            keySHA256: context.keptKey?.contentDigest,
            runDigest: try Manifest.digest(tool: tool, stages: records, inputs: inputs, artifacts: artifactHashes))
    }
}

extension PipelineRunner {
    /// Thematic's own fixed phrases per published file, for the leak gate: each stage's `ownWording` in the files it
    /// wrote, and every stage's option names in the manifest (which records the options), so a participant called
    /// Francis is not found in `francis-initial`.
    static func ownWording(of artifacts: ArtifactSet, plan: [StageDescriptor]) -> [String: [String]] {
        var byStage: [String: [String]] = [:]
        for descriptor in plan where !descriptor.ownWording.isEmpty { byStage[descriptor.id] = descriptor.ownWording }
        var wording: [String: [String]] = [:]
        for path in artifacts.paths {
            if let owner = artifacts.owner(of: path), let phrases = byStage[owner] { wording[path] = phrases }
        }
        wording[Manifest.fileName, default: []] += plan.flatMap { $0.options.map { "\"\($0.name)\"" } }
        return wording
    }
}
