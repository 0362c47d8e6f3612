import Dispatch
import ThematicCore
import ThematicModel
import ThematicStatistics

/// Everything `saturation.json` holds.
struct SaturationReport: Encodable, Sendable {
    typealias Level = SaturationMeasures
    typealias Permutations = SaturationMeasures.Permutations

    struct Prevalence: Encodable, Sendable {
        var id: String
        var name: String
        var level: String
        var participants: Int
        var of: Int
        var prevalence: Double
        var sampleSize: Nullable<Int>
    }

    struct FugardPottsReport: Encodable, Sendable {
        var method = "Fugard & Potts (2015): smallest n with P(Binomial(n, prevalence) >= instances) >= power"
        var instances: Int
        var power: Double
        var observed: [Prevalence]
    }

    struct Dimension: Encodable, Sendable {
        var dimension: String
        var value: String
        var implication: String
    }

    struct InformationPowerReport: Encodable, Sendable {
        var method = "Malterud, Siersma & Guassora (2016): information power"
        var dimensions: [Dimension]
        var pointingToFewer: Int
        var assessment: String

        enum CodingKeys: String, CodingKey {
            case method, dimensions, assessment
            case pointingToFewer = "dimensions_pointing_to_fewer_participants"
        }
    }

    var note = "These measures rest on assumptions interview studies meet only loosely (interviews as random draws, codes as species); they support, and do not replace, the analyst's judgement of whether the data answer the research question."
    var order: [String]
    var orderBasis: String
    var coders: [String]
    var levels: [Level]
    var fugardPotts: FugardPottsReport
    var informationPower: Nullable<InformationPowerReport>

    init(corpus: Corpus, coding: CodingResult, order: [OrderedInterview], settings: SaturationSettings) {
        self.order = order.map(\.id)
        orderBasis = settings.order.isEmpty ? "interview date, then id" : "the pipeline's 'order' option"
        coders = coding.analysisCoders
        let codebook = coding.codebook
        // Each interview's entries per level, sorted: the codings come interview by interview, so one interview's sets
        // are open at a time (a large study's would otherwise be millions of set entries).
        // Stretches of whole interviews are read on threads of their own and their sets merged (no interview is in two).
        let codings = coding.analysed
        let parts = codings.interviewParts(settings.jobs)
        var byLevel: [Codebook.Level: [String: [String]]] = [:]
        for part in ConcurrentSlots<[Codebook.Level: [String: [String]]]>.map(count: parts.count, jobs: settings.jobs, { Self.entrySets(codings, parts[$0], codebook: codebook) }) {
            for (level, sets) in part { byLevel[level, default: [:]].merge(sets) { first, _ in first } }
        }
        levels = [Codebook.Level.code, .subtheme, .theme].map { level in
            let sets = byLevel[level] ?? [:]
            let incidence = Incidence(interviews: order.map(\.id), codes: order.map { sets[$0.id] ?? [] })
            return Self.measures(incidence, level: level, settings: settings)
        }

        let interviewed = Set(order.flatMap(\.participants))
        var prevalences: [Prevalence] = []
        for level in [Codebook.Level.theme, .subtheme] {
            for entry in codebook.entries(at: level) {
                let covered = Set(order.filter { (byLevel[level]?[$0.id] ?? []).contains(entry.id) }.flatMap(\.participants))
                let share = interviewed.isEmpty ? 0 : Double(covered.count) / Double(interviewed.count)
                prevalences.append(Prevalence(id: entry.id, name: entry.name, level: level.rawValue, participants: covered.count, of: interviewed.count,
                                              prevalence: rounded(share, places: 6),
                                              sampleSize: Nullable(FugardPotts.sampleSize(prevalence: share, instances: settings.instances, power: settings.power))))
            }
        }
        fugardPotts = FugardPottsReport(instances: settings.instances, power: settings.power, observed: prevalences)
        informationPower = Nullable(corpus.study.informationPower.map(Self.informationPower))
    }

    /// Each interview's entries per level, sorted, from the codings at `range` (whole interviews, in order).
    static func entrySets(_ codings: CodingList, _ range: Range<Int>, codebook: Codebook) -> [Codebook.Level: [String: [String]]] {
        var byLevel: [Codebook.Level: [String: [String]]] = [:]
        var open: (interview: String, sets: [Codebook.Level: Set<String>])?
        func close() {
            guard let open else { return }
            for (level, set) in open.sets { byLevel[level, default: [:]][open.interview] = set.sorted() }
        }
        var lineages: [String: [Codebook.Entry]] = [:]
        for position in range {
            let item = codings[position]
            if open?.interview != item.interview {
                close()
                open = (item.interview, [:])
            }
            if lineages[item.code] == nil { lineages[item.code] = codebook.lineage(of: item.code) }
            for entry in lineages[item.code]! { open!.sets[entry.level, default: []].insert(entry.id) }
            if codebook[item.code] == nil { open!.sets[.code, default: []].insert(item.code) }
        }
        close()
        return byLevel
    }

    static func measures(_ data: Incidence, level: Codebook.Level, settings: SaturationSettings) -> Level {
        SaturationMeasures(data, level: level == .code ? "codes" : level == .subtheme ? "sub-themes" : "themes",
                           guest: (settings.guestBase, settings.guestRun, settings.guestThreshold),
                           francis: (settings.francisInitial, settings.francisStop), moreInterviews: [1, settings.moreInterviews],
                           permutations: permutations(data, settings: settings))
    }

    /// The Guest saturation point over `settings.permutations` random interview orders from a seeded generator.
    ///
    /// Each order is the one before it shuffled again, as the generator gives the shuffles one after another. The
    /// shuffles — the work, as long as the study each — run on threads: each starts where the generator's sequence
    /// stands after the ones before it (found by stepping the generator alone, `skipShuffle`, far cheaper than
    /// shuffling), is made on the identity, and the orders are then composed in turn (order = previous order read in
    /// the shuffle's arrangement): the same orders as shuffling one array in place, step by step.
    static func permutations(_ data: Incidence, settings: SaturationSettings) -> Permutations? {
        guard settings.permutations > 0, data.sampleSize > 1 else { return nil }
        let size = data.sampleSize
        var generator = SplitMix64(seed: settings.seed)
        var calls: UInt64 = 0
        var order = (0..<size).map(Int32.init)
        var points: [Int] = []
        var distribution: [String: Int] = [:]
        var number: [String: Int] = [:]
        let codes = data.codes.map { list in list.map { code in number[code] ?? { number[code] = number.count; return number.count - 1 }() } }
        let codeCount = number.count
        var remaining = settings.permutations
        // A batch of orders at a time, each as long as the study, in one buffer made once: threads shuffle their rows
        // of it in place, then each row is turned into its order (allocating rows per batch on the threads left their
        // memory spread over the threads' heaps: 15 MiB at 20,000 interviews).
        let rows = max(8, 4 * settings.jobs)
        let buffer = OrderRows(rows: rows, length: size)
        defer { buffer.free() }
        while remaining > 0 {
            let batch = min(rows, remaining)
            remaining -= batch
            let starts = (0..<batch).map { _ in
                defer { calls += generator.skipShuffle(count: size) }
                return calls
            }
            DispatchQueue.concurrentPerform(iterations: max(1, min(settings.jobs, batch))) { stripe in
                for row in stride(from: stripe, to: batch, by: max(1, min(settings.jobs, batch))) {
                    var shuffler = SplitMix64(seed: settings.seed, skipping: starts[row])
                    var arrangement = buffer.row(row)
                    for position in arrangement.indices { arrangement[position] = Int32(position - arrangement.startIndex) }
                    shuffler.shuffle(&arrangement)
                }
            }
            // In place: each position reads the arrangement's entry there and writes the order's there.
            for row in 0..<batch {
                var arrangement = buffer.row(row)
                order.withUnsafeBufferPointer { previous in
                    for position in arrangement.indices { arrangement[position] = previous[Int(arrangement[position])] }
                }
                order.withUnsafeMutableBufferPointer { next in
                    for (position, interview) in arrangement.enumerated() { next[position] = interview }
                }
            }
            let found = ConcurrentSlots<Int?>.map(count: batch, jobs: settings.jobs) { row in
                GuestSaturation.saturationPoint(codes: codes, codeCount: codeCount, order: buffer.row(row), base: settings.guestBase,
                                                run: settings.guestRun, threshold: settings.guestThreshold)
            }
            for point in found {
                if let point { points.append(point) }
                distribution[point.map(String.init) ?? "not reached", default: 0] += 1
            }
        }
        points.sort()
        let median: Double? = points.isEmpty ? nil
            : points.count % 2 == 1 ? Double(points[points.count / 2]) : Double(points[points.count / 2 - 1] + points[points.count / 2]) / 2
        return Permutations(count: settings.permutations, seed: settings.seed, reached: points.count, median: Nullable(median),
                            min: Nullable(points.first), max: Nullable(points.last), distribution: distribution)
    }

    /// Where the study falls on the five dimensions; each value that lowers the number of participants needed
    /// counts towards "fewer". Malterud et al. give no formula for a number, so neither do we.
    static func informationPower(_ power: InformationPower) -> InformationPowerReport {
        let table: [(String, String, String, String)] = [
            ("aim", power.aim, "narrow", "a narrow aim needs fewer participants than a broad one"),
            ("sample specificity", power.specificity, "dense", "participants with highly specific experience (dense) need fewer than sparse specificity"),
            ("established theory", power.theory, "applied", "analysis supported by established theory needs fewer than analysis without theory"),
            ("quality of dialogue", power.dialogue, "strong", "strong interview dialogue needs fewer participants than weak dialogue"),
            ("analysis strategy", power.analysis, "case", "in-depth case analysis needs fewer participants than exploratory cross-case analysis"),
        ]
        var fewer = 0
        let dimensions = table.map { name, value, lowering, explanation -> Dimension in
            let isLowering = value == lowering
            if isLowering { fewer += 1 }
            return Dimension(dimension: name, value: value, implication: (isLowering ? "fewer participants: " : "more participants: ") + explanation)
        }
        let assessment = switch fewer {
        case 4...5: "\(fewer) of 5 dimensions point to high information power: a comparatively small sample can suffice."
        case 2...3: "\(fewer) of 5 dimensions point to high information power: a moderate sample is indicated."
        default: "\(fewer) of 5 dimensions point to high information power: a larger sample is indicated."
        }
        return InformationPowerReport(dimensions: dimensions, pointingToFewer: fewer, assessment: assessment)
    }
}

extension SaturationReport {
    /// The typed product later stages read (the report), with the accumulation chart.
    func summary(chart: String) -> SaturationSummary {
        SaturationSummary(
            note: note, orderBasis: orderBasis,
            levels: levels.map { level in
                SaturationSummary.Level(
                    level: level.level, observed: level.observed, chao2: level.chao2,
                    chao2Interval: level.chao2CI95.value.flatMap { $0.count == 2 ? ($0[0], $0[1]) : nil }, coverage: level.coverage.value,
                    expectedNewInOneMore: level.expectedNew["1"], guestPoint: level.guest2020.saturationPoint.value,
                    permutations: level.guest2020.permutations.value.map {
                        SaturationSummary.Permutations(count: $0.count, reached: $0.reached, median: $0.median.value, min: $0.min.value, max: $0.max.value)
                    },
                    francisInitial: level.francis.initial, francisStop: level.francis.stop, francisPoint: level.francis.stoppingPoint.value)
            },
            informationPower: informationPower.value.map { power in
                SaturationSummary.InformationPower(assessment: power.assessment,
                                                   dimensions: power.dimensions.map { ($0.dimension, $0.value, $0.implication) })
            },
            sampleSizes: SaturationSummary.SampleSizes(
                instances: fugardPotts.instances, power: fugardPotts.power,
                rows: fugardPotts.observed.map { ($0.name, $0.participants, $0.of, $0.prevalence, $0.sampleSize.value) }),
            chart: chart)
    }
}

/// Rows of interview positions shared by the threads of the permutation analysis; each thread writes only its rows.
private final class OrderRows: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Int32>
    private let length: Int

    init(rows: Int, length: Int) {
        storage = .allocate(capacity: rows * length)
        storage.initialize(repeating: 0)
        self.length = length
    }

    func row(_ number: Int) -> Slice<UnsafeMutableBufferPointer<Int32>> { storage[(number * length)..<((number + 1) * length)] }

    func free() { storage.deallocate() }
}
