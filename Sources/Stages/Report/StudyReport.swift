import Foundation
import ThematicCore
import ThematicModel

/// The study report: one self-contained HTML file for co-authors, and the COREQ checklist as JSON and Markdown.
///
/// The report renders the typed products of earlier stages (`ThematicModel`): descriptives, the thematic map and themes
/// with quotes, co-occurrence, agreement and saturation, each section present when its stage ran. The plan puts it
/// after every stage that makes one of them.
public struct StudyReport: Stage {
    public static let descriptor = StageDescriptor(
        id: "report",
        version: "1.0.0",
        summary: "report.html (self-contained study report) and the COREQ checklist (coreq.json, coreq.md).",
        discussion: """
            report.html has no external assets and needs no scripts: study summary in COREQ order, participants, \
            descriptives, the thematic map, each theme with sub-themes, coverage and quotes, the co-occurrence heat \
            map, agreement and the saturation curve when those stages ran, and the COREQ checklist. It prints on A4. \
            COREQ items are filled from the study file, and from the pipeline's stages for what they report \
            (number of coders, coding tree, derivation of themes, software, quotations, major and minor themes, data \
            saturation); coreq.md lists what is missing. 'thematic validate --coreq' makes the same check.
            """,
        options: [attributesOption.spec],
        reads: [Products.corpus],
        readsIfMade: [Products.descriptives, Products.codings, Products.agreement, Products.themes, Products.saturation],
        artifacts: [ArtifactDeclaration("report.html", carriesTranscriptText: true), "coreq.json", "coreq.md"],
        coreq: [27: "report.html and manifest.json (tool and version)", 30: "report.html (each theme beside its quotes and coverage)"],
        // Methods named after their authors, as the report writes them: not a participant's name.
        ownWording: ["Francis et al. (2010)", "Francis 2010", "Fugard & Potts", "Guest et al. (2020)", "Guest 2020"]
    )

    static let attributesOption = StageOption<[String]>("attributes", default: [], help: "Participant attributes in the participants table (all when empty).")

    private let attributes: [String]

    public init(options: StageOptions) throws {
        attributes = options[Self.attributesOption]
    }

    public func run(in context: StageContext) throws {
        let corpus = try context.read(Products.corpus)
        let inputs = try ReportInputs(context)
        let checklist = COREQ.assess(study: corpus.study, interviews: corpus.interviews,
                                     stages: context.plan.isEmpty ? [Self.descriptor] : context.plan, facts: facts(inputs))
        let id = Self.descriptor.id
        try context.artifacts.addJSON("coreq.json", COREQFile(reported: checklist.filter(\.reported).count, items: checklist), by: id)
        try context.artifacts.addText("coreq.md", COREQ.markdown(checklist, title: corpus.study.title), by: id)
        var page = ReportPage(corpus: corpus, inputs: inputs, checklist: checklist, attributes: attributes, plan: context.plan, jobs: context.jobs)
        try context.artifacts.addStreamed("report.html", by: id) { try page.render(to: &$0) }
        let missing = checklist.filter { !$0.reported }.map { String($0.number) }
        context.summarize("report: report.html; COREQ \(checklist.count - missing.count)/\(checklist.count) items reported"
            + (missing.isEmpty ? "" : " (missing: \(missing.joined(separator: ", ")))"))
    }

    /// Values the run measured for items stages report.
    func facts(_ inputs: ReportInputs) -> [Int: String] {
        var facts: [Int: String] = [27: "Thematic \(ThematicVersion.current)"]
        if let coding = inputs.codings {
            let coders = coding.coders
            facts[24] = "\(coders.count) (\(coders.joined(separator: ", ")))"
        }
        if let themes = inputs.themes {
            let names = { (level: Codebook.Level) in themes.nodes(at: level).map(\.name) }
            facts[25] = "\(names(.theme).count) themes, \(names(.subtheme).count) sub-themes, \(names(.code).count) codes"
            facts[31] = names(.theme).joined(separator: "; ")
            facts[32] = names(.subtheme).joined(separator: "; ")
            facts[29] = "\(themes.nodes.reduce(0) { $0 + $1.quotes.count }) exemplar quotes, each cited by participant"
        }
        if let codes = inputs.saturation?.levels.first {
            facts[22] = "Guest 2020 saturation " + (codes.guestPoint.map { "after interview \($0)" } ?? "not reached")
        }
        return facts
    }
}

/// The products of earlier stages the report renders; each is nil when its stage is not in the pipeline.
struct ReportInputs {
    var descriptives: DescriptivesSummary?
    var codings: CodingResult?
    var agreement: AgreementSummary?
    var themes: ThemeCoverage?
    var saturation: SaturationSummary?

    init(_ context: StageContext) throws {
        descriptives = try context.readIfMade(Products.descriptives)
        codings = try context.readIfMade(Products.codings)
        agreement = try context.readIfMade(Products.agreement)
        themes = try context.readIfMade(Products.themes)
        saturation = try context.readIfMade(Products.saturation)
    }
}

/// `coreq.json`.
struct COREQFile: Encodable {
    var reported: Int
    var items: [COREQEntry]
}
