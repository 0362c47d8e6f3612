import Foundation
import ThematicCore

/// The study report: one self-contained HTML file for co-authors, and the COREQ checklist as JSON and Markdown.
///
/// The report renders what earlier stages published (their artifacts are its interface, so it needs none of their
/// types): descriptives, the thematic map and themes with quotes, co-occurrence, agreement and saturation, each
/// section present when its stage ran. Place it last in the pipeline.
public struct Report: Stage {
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
        options: [
            OptionSpec("attributes", .stringList, default: .list([]), help: "Participant attributes in the participants table (all when empty)."),
        ],
        reads: [Products.corpus],
        artifacts: ["report.html", "coreq.json", "coreq.md"],
        coreq: [27: "report.html and manifest.json (tool and version)", 30: "report.html (each theme beside its quotes and coverage)"]
    )

    private let attributes: [String]

    public init(options: StageOptions) throws {
        attributes = options.list("attributes")
    }

    public func run(in context: StageContext) throws {
        let artifacts = ArtifactReader(context.artifacts)
        let corpus = try context.read(Products.corpus)
        let checklist = COREQ.assess(study: corpus.study, interviews: corpus.interviews,
                                     stages: context.plan.isEmpty ? [Self.descriptor] : context.plan, facts: facts(artifacts))
        let id = Self.descriptor.id
        try context.artifacts.addJSON("coreq.json", COREQFile(reported: checklist.filter(\.reported).count, items: checklist), by: id)
        try context.artifacts.addText("coreq.md", COREQ.markdown(checklist, title: corpus.study.title), by: id)
        var page = ReportPage(corpus: corpus, artifacts: artifacts, checklist: checklist, attributes: attributes, plan: context.plan)
        let html = page.render()
        try context.artifacts.addText("report.html", html, by: id)
        let missing = checklist.filter { !$0.reported }.map { String($0.number) }
        context.summarize("report: report.html; COREQ \(checklist.count - missing.count)/\(checklist.count) items reported"
            + (missing.isEmpty ? "" : " (missing: \(missing.joined(separator: ", ")))"))
    }

    /// Values the run measured for items stages report.
    func facts(_ artifacts: ArtifactReader) -> [Int: String] {
        var facts: [Int: String] = [27: "Thematic \(ThematicVersion.current)"]
        if let coders = artifacts.json("codings.json")?["coders"] as? [String] {
            facts[24] = "\(coders.count) (\(coders.joined(separator: ", ")))"
        }
        if let nodes = artifacts.json("themes.json")?["nodes"] as? [[String: Any]] {
            let names = { (level: String) in nodes.filter { $0["level"] as? String == level }.compactMap { $0["name"] as? String } }
            facts[25] = "\(names("theme").count) themes, \(names("sub-theme").count) sub-themes, \(names("code").count) codes"
            facts[31] = names("theme").joined(separator: "; ")
            facts[32] = names("sub-theme").joined(separator: "; ")
            let quotes = nodes.reduce(0) { $0 + (($1["quotes"] as? [Any])?.count ?? 0) }
            facts[29] = "\(quotes) exemplar quotes, each cited by participant"
        }
        if let levels = artifacts.json("saturation.json")?["levels"] as? [[String: Any]], let codes = levels.first {
            let point = (codes["guest2020"] as? [String: Any])?["saturation_point"] as? Int
            facts[22] = "Guest 2020 saturation " + (point.map { "after interview \($0)" } ?? "not reached")
        }
        return facts
    }
}

/// `coreq.json`.
struct COREQFile: Encodable {
    var reported: Int
    var items: [COREQEntry]
}

/// Earlier stages' artifacts, decoded loosely for rendering; each JSON artifact is parsed once, on first use.
final class ArtifactReader {
    let artifacts: ArtifactSet
    private var parsed: [String: [String: Any]?] = [:]

    init(_ artifacts: ArtifactSet) { self.artifacts = artifacts }

    func json(_ path: String) -> [String: Any]? {
        if let cached = parsed[path] { return cached }
        let value = artifacts[path].flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        parsed[path] = .some(value)
        return value
    }

    func text(_ path: String) -> String? {
        artifacts[path].map { String(decoding: $0, as: UTF8.self) }
    }
}
