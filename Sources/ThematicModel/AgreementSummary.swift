import ThematicCore

/// Agreement between coders as the coding stage reports it in `agreement.json`.
public struct AgreementSummary: Sendable {
    /// Segment-unit agreement for one code, or pooled (`code` is `(overall)`).
    public struct Units: Sendable {
        public var code: String
        public var units: Int
        public var unitsCodedByAnyCoder: Int
        public var percentAgreement: Double?
        public var cohenKappa: Double?
        public var fleissKappa: Double?
        public var krippendorffAlphaNominal: Double?

        public init(code: String, units: Int, unitsCodedByAnyCoder: Int, percentAgreement: Double?, cohenKappa: Double?, fleissKappa: Double?,
                    krippendorffAlphaNominal: Double?) {
            self.code = code
            self.units = units
            self.unitsCodedByAnyCoder = unitsCodedByAnyCoder
            self.percentAgreement = percentAgreement
            self.cohenKappa = cohenKappa
            self.fleissKappa = fleissKappa
            self.krippendorffAlphaNominal = krippendorffAlphaNominal
        }
    }

    /// Segments two coders agree on (overlap of at least the threshold).
    public struct Overlap: Sendable {
        public var coders: [String]
        public var code: String
        public var agreeingSegments: Int
        public var segments: Int
        public var percentAgreement: Double?

        public init(coders: [String], code: String, agreeingSegments: Int, segments: Int, percentAgreement: Double?) {
            self.coders = coders
            self.code = code
            self.agreeingSegments = agreeingSegments
            self.segments = segments
            self.percentAgreement = percentAgreement
        }
    }

    /// The pooled row's code.
    public static let overall = "(overall)"

    public var coders: [String]
    public var note: String
    public var overlapThreshold: Double
    public var units: [Units]
    public var overlaps: [Overlap]

    public init(coders: [String], note: String, overlapThreshold: Double, units: [Units], overlaps: [Overlap]) {
        self.coders = coders
        self.note = note
        self.overlapThreshold = overlapThreshold
        self.units = units
        self.overlaps = overlaps
    }
}

extension Products {
    /// Agreement between the compared coders (the coding stage makes it).
    public static let agreement = ProductKey<AgreementSummary>("agreement")
}
