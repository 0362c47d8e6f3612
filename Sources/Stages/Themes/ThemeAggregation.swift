import ThematicCore
import ThematicModel

/// Rolls codings up the codebook's hierarchy: for every theme, sub-theme and code, the segments, the participants
/// covered, coverage by participant attribute, exemplar quotes, co-occurrence, and the thematic map.
public struct ThemeAggregation: Stage {
    public static let descriptor = StageDescriptor(
        id: "themes",
        version: "1.0.0",
        summary: "Themes and sub-themes from the codings: coverage, exemplar quotes, co-occurrence, thematic map.",
        discussion: """
            A coding of a code counts for the code and for every sub-theme and theme above it. Coverage is the \
            number of participants with at least one segment (k of N interviewed), also broken down by every \
            participant attribute. Exemplar quotes are chosen deterministically: segments of sensible length, most \
            specific to the theme (the smallest share of the segment's codes outside it), one per participant \
            before any participant is quoted twice; each is cited with the participant's label and the attributes \
            named in 'cite'. Co-occurrence counts pairs within segments (overlapping codings in one turn) and \
            within interviews, with Jaccard indices. Counts support the analyst's interpretation; in reflexive \
            thematic analysis frequency is not importance.
            """,
        options: [quotes.spec, cite.spec, minWords.spec, maxWords.spec],
        reads: [Products.corpus, Products.codings],
        writes: [Products.themes],
        artifacts: [ArtifactDeclaration("themes.json", carriesTranscriptText: true), "themes.csv", "cooccurrence.csv", "thematic-map.svg", "thematic-map.dot"],
        coreq: [25: "thematic-map.svg", 26: "themes.json (codes rolled up into sub-themes and themes)",
                29: "themes.json (exemplar quotes cited by participant)", 31: "themes.json (themes with coverage)",
                32: "themes.json (sub-themes with coverage)"]
    )

    static let quotes = StageOption<Int>("quotes", default: 3, in: 0...50, help: "Exemplar quotes per theme and sub-theme.")
    // No attributes by default: a study's attribute columns are its own, and a default naming some would refuse every
    // study without them.
    static let cite = StageOption<[String]>("cite", default: [],
                                            help: "Participant attributes cited after the label, e.g. [profession, technology] gives (Participant 4, nurse, EHR).")
    static let minWords = StageOption<Int>("min-words", default: 8, in: 1...1000, help: "Shortest quote, in words.")
    static let maxWords = StageOption<Int>("max-words", default: 80, in: 1...5000, help: "Longest quote, in words.")

    let settings: ThemeSettings

    public init(options: StageOptions) throws {
        settings = ThemeSettings(quotes: options[Self.quotes], cite: options[Self.cite],
                                 minWords: options[Self.minWords], maxWords: options[Self.maxWords])
        guard settings.minWords <= settings.maxWords else {
            throw Diagnostic("stage 'themes': min-words (\(settings.minWords)) is larger than max-words (\(settings.maxWords))")
        }
    }

    public func run(in context: StageContext) throws {
        let coding = try context.read(Products.codings)
        let corpus = try context.read(Products.corpus)
        let known = Set(corpus.study.participants.flatMap(\.attributes.keys))
        let unknown = settings.cite.filter { !known.contains($0) }
        guard unknown.isEmpty || corpus.study.participants.isEmpty else {
            throw Diagnostic("stage 'themes': option 'cite' names attributes no participant has: \(unknown.joined(separator: ", ")) (attributes: \(known.sorted().joined(separator: ", ")))")
        }
        let report = ThemeReport(corpus: corpus, coding: coding, settings: settings, jobs: context.jobs)
        let map = ThematicMap.svg(report)
        try context.put(report.coverage(map: map), for: Products.themes)
        let id = Self.descriptor.id
        // A node at a time (each lists its interviews and participants), spliced into the report: the same bytes as
        // encoding it whole, without one encoder's tree of a large study's every list.
        var outer = report
        outer.nodes = []
        outer.cooccurrence = []
        try context.artifacts.addStreamed("themes.json", by: id) {
            try CanonicalJSON.write(outer, splicing: [.init(report.nodes, as: "nodes"), .init(report.cooccurrence, as: "cooccurrence")], jobs: context.jobs, to: &$0)
        }
        try context.artifacts.addText("themes.csv", report.csv, by: id)
        try context.artifacts.addText("cooccurrence.csv", report.cooccurrenceCSV, by: id)
        try context.artifacts.addText("thematic-map.svg", map, by: id)
        try context.artifacts.addText("thematic-map.dot", ThematicMap.dot(report), by: id)
        let themes = report.nodes.filter { $0.level == Codebook.Level.theme.rawValue }
        context.summarize("themes: \(themes.count) themes, \(report.nodes.filter { $0.level == Codebook.Level.subtheme.rawValue }.count) sub-themes; "
            + themes.map { "\($0.name) \($0.participants.count)/\(report.participantsInterviewed)" }.joined(separator: ", "))
    }
}

/// The stage's parameters.
struct ThemeSettings: Sendable {
    var quotes: Int
    var cite: [String]
    var minWords: Int
    var maxWords: Int
}
