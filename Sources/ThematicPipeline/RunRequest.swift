import Foundation
import ThematicCore

/// What one run reads, which stages it runs and where it publishes — whoever asked for it: a pipeline file
/// (`thematic analyze`, `verify`, a sharded merge) or the command line (`thematic anonymize`). `PipelineRunner` runs
/// every request the same way (the stage contract, the leak gate, atomic publishing), so no command has a path of its own.
public struct RunRequest: Sendable {
    /// How the output folder is laid out and what records the run in it.
    public enum Layout: Sendable {
        /// Every artifact at its own path, and `manifest.json` recording the pipeline, inputs, options and digests.
        case analysis(PipelineFile)
        /// A folder of de-identified transcripts (`thematic anonymize`): files declared as transcript text at the top
        /// of the folder by file name, the stages' other files beside them, and `.thematic-written.json` instead of a
        /// manifest. Speakers are not checked against the study, which may list no participants.
        case transcriptFolder
    }

    /// The study file; nil for transcripts with no study (an empty study named `transcripts`).
    public var studyFile: String?
    /// The transcripts, with the names messages and the manifest use.
    public var transcripts: [(path: String, displayName: String)]
    /// The stages, in order, with their options validated.
    public var plan: [(stage: any Stage.Type, options: StageOptions)]
    /// The output folder.
    public var output: String
    /// The folder relative paths in stage options are resolved against.
    public var baseDirectory: String
    public var layout: Layout

    public init(studyFile: String?, transcripts: [(path: String, displayName: String)], plan: [(stage: any Stage.Type, options: StageOptions)],
                output: String, baseDirectory: String, layout: Layout) {
        self.studyFile = studyFile
        self.transcripts = transcripts
        self.plan = plan
        self.output = output
        self.baseDirectory = baseDirectory
        self.layout = layout
    }

    /// Every file the request names (none may lie inside the output folder).
    var namedInputs: [String] {
        var inputs = transcripts.map(\.path) + (studyFile.map { [$0] } ?? [])
        if case .analysis(let pipeline) = layout { inputs.insert(pipeline.path, at: 0) }
        return inputs
    }

    var ownership: OutputPublisher.Ownership {
        if case .analysis = layout { return .manifest }
        return .record
    }

    /// Whether an artifact holds transcript text, by the declarations of the stages the request runs.
    func carriesTranscriptText(_ path: String) -> Bool {
        plan.contains { $0.stage.descriptor.artifacts.contains { $0.carriesTranscriptText && $0.matches(path) } }
    }

    /// The artifacts as the layout publishes them: in a transcript folder, the transcripts move to the top.
    func published(_ artifacts: ArtifactSet) throws -> ArtifactSet {
        guard case .transcriptFolder = layout else { return artifacts }
        var moved = artifacts
        for path in artifacts.paths where path.contains("/") && carriesTranscriptText(path) {
            try moved.move(path, to: (path as NSString).lastPathComponent)
        }
        return moved
    }
}
