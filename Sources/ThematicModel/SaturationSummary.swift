import ThematicCore

/// What the saturation stage hands to later stages: per codebook level the accumulation measures and the stopping
/// rules, information power, sample sizes for observed prevalences, and the accumulation chart.
public struct SaturationSummary: Sendable {
    /// One level of the codebook.
    public struct Level: Sendable {
        public var level: String
        public var observed: Int
        public var chao2: Double
        public var chao2Interval: (lower: Double, upper: Double)?
        public var coverage: Double?
        /// Codes expected new in one more interview.
        public var expectedNewInOneMore: Double?
        /// Guest, Namey & Chen (2020): the interview after which saturation was reached.
        public var guestPoint: Int?
        public var permutations: Permutations?
        /// Francis et al. (2010).
        public var francisInitial: Int
        public var francisStop: Int
        public var francisPoint: Int?

        public init(level: String, observed: Int, chao2: Double, chao2Interval: (lower: Double, upper: Double)?, coverage: Double?,
                    expectedNewInOneMore: Double?, guestPoint: Int?, permutations: Permutations?, francisInitial: Int, francisStop: Int,
                    francisPoint: Int?) {
            self.level = level
            self.observed = observed
            self.chao2 = chao2
            self.chao2Interval = chao2Interval
            self.coverage = coverage
            self.expectedNewInOneMore = expectedNewInOneMore
            self.guestPoint = guestPoint
            self.permutations = permutations
            self.francisInitial = francisInitial
            self.francisStop = francisStop
            self.francisPoint = francisPoint
        }
    }

    /// The Guest 2020 saturation point over random interview orders.
    public struct Permutations: Sendable {
        public var count: Int
        public var reached: Int
        public var median: Double?
        public var min: Int?
        public var max: Int?

        public init(count: Int, reached: Int, median: Double?, min: Int?, max: Int?) {
            self.count = count
            self.reached = reached
            self.median = median
            self.min = min
            self.max = max
        }
    }

    /// Malterud, Siersma & Guassora (2016).
    public struct InformationPower: Sendable {
        public var assessment: String
        public var dimensions: [(dimension: String, value: String, implication: String)]

        public init(assessment: String, dimensions: [(dimension: String, value: String, implication: String)]) {
            self.assessment = assessment
            self.dimensions = dimensions
        }
    }

    /// Fugard & Potts (2015): interviews needed to see a theme of the observed prevalence.
    public struct SampleSizes: Sendable {
        public var instances: Int
        public var power: Double
        public var rows: [(name: String, participants: Int, of: Int, prevalence: Double, sampleSize: Int?)]

        public init(instances: Int, power: Double, rows: [(name: String, participants: Int, of: Int, prevalence: Double, sampleSize: Int?)]) {
            self.instances = instances
            self.power = power
            self.rows = rows
        }
    }

    /// What the measures assume, for readers.
    public var note: String
    /// How the interviews were ordered.
    public var orderBasis: String
    /// Codes first, then sub-themes and themes.
    public var levels: [Level]
    public var informationPower: InformationPower?
    public var sampleSizes: SampleSizes
    /// The accumulation chart as SVG.
    public var chart: String

    public init(note: String, orderBasis: String, levels: [Level], informationPower: InformationPower?, sampleSizes: SampleSizes, chart: String) {
        self.note = note
        self.orderBasis = orderBasis
        self.levels = levels
        self.informationPower = informationPower
        self.sampleSizes = sampleSizes
        self.chart = chart
    }
}

extension Products {
    /// Accumulation, saturation and information power (the saturation stage makes it).
    public static let saturation = ProductKey<SaturationSummary>("saturation")
}
