import ThematicCore
import ThematicStatistics

/// The saturation measures of one level of a codebook, as `saturation.json` holds them for each level and
/// `thematic saturation` prints them for a table of codes: one schema for both, so a number means the same under the
/// same key wherever it is read.
public struct SaturationMeasures: Encodable, Sendable {
    /// `codes`, `sub-themes` or `themes`.
    public var level: String
    public var interviews: Int
    public var observed: Int
    public var newPerInterview: [Int]
    public var accumulation: [Int]
    public var q1: Int
    public var q2: Int
    public var chao2: Double
    public var chao2Variance: Double
    public var chao2CI95: Nullable<[Double]>
    public var coverage: Nullable<Double>
    /// Why a statistic is null, by its key (present only when one is).
    public var undefined: [String: String]?
    public var expectedNew: [String: Double]
    public var guest2020: Guest
    public var francis: Francis

    enum CodingKeys: String, CodingKey {
        case level, interviews, q1, q2, chao2, coverage, guest2020, francis, accumulation, undefined
        case observed = "codes_observed"
        case newPerInterview
        case chao2Variance
        case chao2CI95 = "chao2_ci95"
        case expectedNew = "expected_new_codes"
    }

    public struct Guest: Encodable, Sendable {
        public var method = "Guest, Namey & Chen (2020): base size, run length, new-information threshold"
        public var base: Int
        public var run: Int
        public var threshold: Double
        public var saturationPoint: Nullable<Int>
        public var permutations: Nullable<Permutations>
    }

    public struct Permutations: Encodable, Sendable {
        public var count: Int
        public var seed: UInt64
        public var reached: Int
        public var median: Nullable<Double>
        public var min: Nullable<Int>
        public var max: Nullable<Int>
        /// Saturation point → number of orders reaching it there ("not reached" for none).
        public var distribution: [String: Int]

        public init(count: Int, seed: UInt64, reached: Int, median: Nullable<Double>, min: Nullable<Int>, max: Nullable<Int>, distribution: [String: Int]) {
            (self.count, self.seed, self.reached, self.median, self.min, self.max, self.distribution) = (count, seed, reached, median, min, max, distribution)
        }
    }

    public struct Francis: Encodable, Sendable {
        public var method = "Francis et al. (2010): initial analysis sample plus a stopping criterion of consecutive interviews without new codes"
        public var initial: Int
        public var stop: Int
        public var stoppingPoint: Nullable<Int>
    }

    /// The measures of `data` (interviews in the order they were conducted): Chao2 with its variance and log-normal
    /// interval, coverage, the expected new codes in each of `moreInterviews` further interviews, Guest 2020 with
    /// `guest` (base, run, threshold) and the distribution over random orders when given, Francis 2010 with `francis`
    /// (initial sample, stopping run).
    public init(_ data: Incidence, level: String, guest: (base: Int, run: Int, threshold: Double), francis: (initial: Int, stop: Int),
                moreInterviews: [Int], permutations: Permutations? = nil) {
        let chao = Chao2(data)
        let guestPoint = GuestSaturation(data, base: guest.base, run: guest.run, threshold: guest.threshold)
        let stopping = FrancisStoppingRule(data, initial: francis.initial, stop: francis.stop)
        self.level = level
        interviews = data.sampleSize
        observed = data.observed
        newPerInterview = data.newCodesPerInterview
        accumulation = data.accumulation
        q1 = data.uniques
        q2 = data.duplicates
        chao2 = rounded(chao.estimate, places: 6)
        chao2Variance = rounded(chao.variance, places: 6)
        chao2CI95 = Nullable(chao.interval95.map { [rounded($0.lowerBound, places: 6), rounded($0.upperBound, places: 6)] })
        coverage = Nullable(chao.coverage.map { rounded($0, places: 6) })
        undefined = chao.coverage == nil ? ["coverage": "undefined with fewer than two interviews (the formula is 0/0)"] : nil
        expectedNew = Dictionary(moreInterviews.map { (String($0), rounded(Extrapolation.expectedNewCodes(data, moreInterviews: $0), places: 6)) },
                                 uniquingKeysWith: { first, _ in first })
        guest2020 = Guest(base: guestPoint.base, run: guestPoint.run, threshold: guestPoint.threshold,
                          saturationPoint: Nullable(guestPoint.saturationPoint), permutations: Nullable(permutations))
        self.francis = Francis(initial: stopping.initial, stop: stopping.stop, stoppingPoint: Nullable(stopping.stoppingPoint))
    }
}
