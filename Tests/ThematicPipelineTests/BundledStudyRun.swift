import AnonymizationStage
import CodingStage
import DescriptivesStage
import Foundation
import KeywordsInContextStage
import RefiQDAStage
import ReportStage
import SaturationStage
import ThemesStage
import ThematicCore
import ThematicPipeline
import ThematicTestSupport

/// One run of the bundled study through every stage (one thread, the key kept beside the output folder), made the
/// first time a test asks and then shared: the tests that only read a run's output, its manifest or its key need not
/// each pay for a whole pipeline. Nothing may write into it.
enum BundledStudyRun {
    struct Made: Sendable {
        var result: PipelineRunner.Result
        var out: URL
        var key: URL
    }

    static var registry: StageRegistry {
        StageRegistry([Anonymization.self, Descriptives.self, KeywordsInContext.self, CodebookCoding.self, SaturationAssessment.self,
                       ThemeAggregation.self, StudyReport.self, RefiQDAExport.self])
    }

    static var pipeline: String { TestSupport.bundledStudy.appendingPathComponent("pipeline.yaml").path }

    /// A run of the bundled study into `scratch/out`, its key at `scratch/study.key`.
    static func make(jobs: Int, in scratch: URL) throws -> Made {
        var runner = PipelineRunner(registry: registry, jobs: jobs)
        runner.keyFile = scratch.appendingPathComponent("study.key").path
        let out = scratch.appendingPathComponent("out")
        let result = try runner.run(pipelinePath: pipeline, outputOverride: out.path)
        return Made(result: result, out: out, key: scratch.appendingPathComponent("study.key"))
    }

    /// Swift runs a static's initializer once, whichever test comes first; the others wait for it.
    private static let once: Result<Made, any Error> = Result { try make(jobs: 1, in: try TestSupport.temporaryDirectory("bundled-run")) }

    static func shared() throws -> Made { try once.get() }
}
