import ThematicCore
import ThematicStatistics

/// How much new each interview added, and whether the sample is likely sufficient, by several named methods side
/// by side with the study's information-power assessment.
public struct SaturationAssessment: Stage {
    public static let descriptor = StageDescriptor(
        id: "saturation",
        version: "1.0.0",
        summary: "Accumulation of new codes and themes, Guest 2020, Francis 2010, Chao2, Fugard & Potts, information power.",
        discussion: """
            From the codings (which codes, sub-themes and themes occur in which interview) in interview order (the \
            transcripts' dates, or the 'order' option): accumulation curves; Guest, Namey & Chen (2020) base/run/\
            threshold saturation point and its distribution over seeded random interview orders; the Francis et al. \
            (2010) stopping rule; Chao2 bias-corrected richness with variance, log-normal 95% interval and incidence \
            coverage, and the expected new codes in more interviews (Chao et al. 2014); Fugard & Potts (2015) sample \
            sizes for the observed theme prevalences; and the study's information power (Malterud, Siersma & \
            Guassora 2016). Each measure rests on assumptions (interviews as random draws, codes as species) that \
            interview studies meet only loosely: the figures support, and do not replace, the analyst's judgement.
            """,
        options: [
            order.spec, guestBase.spec, guestRun.spec, guestThreshold.spec, francisInitial.spec, francisStop.spec, permutations.spec,
            seed.spec, moreInterviews.spec, prevalenceInstances.spec, power.spec,
        ],
        reads: [Products.corpus, Products.codings],
        writes: [Products.saturation],
        artifacts: ["saturation.json", "saturation.svg"],
        coreq: [22: "saturation.json and saturation.svg (accumulation, Guest 2020, Francis 2010, Chao2, information power)"],
        // Methods named after their authors, as this stage writes them: not a participant's name.
        ownWording: ["Francis et al. (2010)", "Francis 2010", "\"francis\" :", "Fugard & Potts", "Guest et al. (2020)", "Guest 2020"]
    )

    let settings: SaturationSettings

    static let order = StageOption<[String]>("order", default: [], help: "Interview ids in the order to analyse (default: by date, then id).")
    static let guestBase = StageOption<Int>("guest-base", default: 4, in: 1...1000, help: "Guest 2020 base size.")
    static let guestRun = StageOption<Int>("guest-run", default: 2, in: 1...1000, help: "Guest 2020 run length.")
    static let guestThreshold = StageOption<Double>("guest-threshold", default: 0.05, in: 0...1, help: "Guest 2020 new-information threshold (share of the base).")
    static let francisInitial = StageOption<Int>("francis-initial", default: 10, in: 0...1000, help: "Francis 2010 initial analysis sample.")
    static let francisStop = StageOption<Int>("francis-stop", default: 3, in: 1...1000, help: "Francis 2010 run of interviews without new codes.")
    static let permutations = StageOption<Int>("permutations", default: 1000, in: 0...100_000, help: "Random interview orders for the Guest distribution.")
    static let seed = StageOption<Int>("seed", default: 20_231, in: 0...Int.max, help: "Seed of the permutation generator.")
    static let moreInterviews = StageOption<Int>("more-interviews", default: 5, in: 1...1000, help: "k for the expected new codes in k more interviews.")
    static let prevalenceInstances = StageOption<Int>("prevalence-instances", default: 3, in: 1...1000, help: "Fugard & Potts: instances a theme must appear in.")
    static let power = StageOption<Double>("power", default: 0.8, in: 0.01...0.999, help: "Fugard & Potts: required probability.")

    public init(options: StageOptions) throws {
        settings = SaturationSettings(
            order: options[Self.order], guestBase: options[Self.guestBase], guestRun: options[Self.guestRun],
            guestThreshold: options[Self.guestThreshold], francisInitial: options[Self.francisInitial],
            francisStop: options[Self.francisStop], permutations: options[Self.permutations],
            seed: UInt64(options[Self.seed]), moreInterviews: options[Self.moreInterviews],
            instances: options[Self.prevalenceInstances], power: options[Self.power])
    }

    public func run(in context: StageContext) throws {
        let coding = try context.read(Products.codings)
        let corpus = try context.read(Products.corpus)
        let order = try interviewOrder(corpus)
        var settings = settings
        settings.jobs = context.jobs
        let report = SaturationReport(corpus: corpus, coding: coding, order: order, settings: settings)
        let chart = SaturationChart.render(report)
        try context.put(report.summary(chart: chart), for: Products.saturation)
        try context.artifacts.addJSON("saturation.json", report, by: Self.descriptor.id)
        try context.artifacts.addText("saturation.svg", chart, by: Self.descriptor.id)
        let codes = report.levels[0]
        let guest = codes.guest2020.saturationPoint.value.map { "after interview \($0)" } ?? "not reached"
        context.summarize("saturation: \(codes.observed) codes in \(codes.interviews) interviews; Chao2 \(formatNumber(codes.chao2, places: 1)); Guest 2020 saturation \(guest)")
    }

    /// The interviews in the order of analysis, by id and participant (the transcripts themselves are not needed).
    /// Documents are not interviews: saturation is about what another interview would add, so they are left out.
    func interviewOrder(_ corpus: Corpus) throws -> [OrderedInterview] {
        let interviews = corpus.interviews
        guard !settings.order.isEmpty else {
            let dated = interviews.indices.filter { !interviews.isDocument(at: $0) }.map { (date: interviews.date(at: $0) ?? "\u{10FFFF}",
                                                  interview: OrderedInterview(id: interviews.id(at: $0), participants: interviews.participants(at: $0))) }
            return dated.sorted { ($0.date, $0.interview.id) < ($1.date, $1.interview.id) }.map(\.interview)
        }
        var seen: Set<String> = []
        var ordered: [OrderedInterview] = []
        for id in settings.order {
            guard let position = interviews.position(of: id) else { throw Diagnostic("stage 'saturation': option 'order' names unknown interview '\(quoting: id)'") }
            guard seen.insert(id).inserted else { throw Diagnostic("stage 'saturation': option 'order' lists '\(quoting: id)' twice") }
            guard !interviews.isDocument(at: position) else { throw Diagnostic("stage 'saturation': option 'order' names '\(quoting: id)', a document, not an interview") }
            ordered.append(OrderedInterview(id: id, participants: interviews.participants(at: position)))
        }
        let missing = interviews.indices.filter { !interviews.isDocument(at: $0) }.map(interviews.id(at:)).filter { !seen.contains($0) }
        guard missing.isEmpty else { throw Diagnostic("stage 'saturation': option 'order' leaves out \(missing.joined(separator: ", "))") }
        return ordered
    }
}

/// An interview's place in the order of analysis. Saturation works per session: a focus group is one step of the
/// order, and a code found in it counts for each of its participants in the prevalence.
struct OrderedInterview: Sendable {
    var id: String
    var participants: [String]
}

/// The stage's parameters.
struct SaturationSettings: Sendable {
    var order: [String]
    var guestBase: Int
    var guestRun: Int
    var guestThreshold: Double
    var francisInitial: Int
    var francisStop: Int
    var permutations: Int
    var seed: UInt64
    var moreInterviews: Int
    var instances: Int
    var power: Double
    /// Threads for the permutation orders; the result does not depend on it.
    var jobs = 1
}
