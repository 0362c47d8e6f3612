import ThematicCore
import ThematicStatistics

/// Agreement between coders on a set of codings, per code and overall.
///
/// Two modes, as QDA packages offer them:
/// - **Segment units**: the turns or sentences (the codebook's unit) of every interview that two or more of the
///   coders coded are the units; for each code, a coder's value for a unit is 1 when one of their codings of that
///   code overlaps the unit and 0 otherwise. A coder who coded nothing in an interview is *missing* there, handled as
///   Krippendorff does (pairable values only). Percent agreement, Cohen's kappa (exactly two coders), Fleiss' kappa
///   (no missing values) and Krippendorff's alpha (nominal) are computed per code, and "overall" pools every
///   unit × code decision.
/// - **Segment overlap** (MAXQDA's code-segment comparison): for each pair of coders, a segment of one coder agrees
///   when the other coder has a segment of the same code in the same turn whose overlap covers at least `threshold`
///   of the two segments' union; percent agreement = agreeing segments / all segments of both coders.
public enum CodingAgreement {
    /// Agreement figures for one code (or overall) on segment units.
    public struct UnitFigures: Encodable, Sendable, Equatable {
        public var code: String
        public var units: Int
        public var unitsCodedByAnyCoder: Int
        public var percentAgreement: Nullable<Double>
        public var cohenKappa: Nullable<Double>
        public var fleissKappa: Nullable<Double>
        public var krippendorffAlphaNominal: Nullable<Double>
        /// Interval alpha on the 0/1 values (equal to nominal for presence/absence; reported so tables line up with
        /// `thematic agreement`).
        public var krippendorffAlphaInterval: Nullable<Double>
    }

    /// Segment-overlap agreement for one pair of coders and one code (or overall).
    public struct OverlapFigures: Encodable, Sendable, Equatable {
        public var coders: [String]
        public var code: String
        public var agreeingSegments: Int
        public var segments: Int
        public var percentAgreement: Nullable<Double>
    }

    /// The code id used for pooled figures.
    public static let overall = "(overall)"

    /// Segment-unit agreement between `coders`, per code in codebook order, then overall.
    public static func segmentUnits(_ codings: [CodedSegment], coders: [String], corpus: Corpus, codebook: Codebook) throws -> [UnitFigures] {
        let coderSet = Set(coders)
        let relevant = codings.filter { coderSet.contains($0.coder) }
        var codersByInterview: [String: Set<String>] = [:]
        for coding in relevant { codersByInterview[coding.interview, default: []].insert(coding.coder) }
        let codeOrder = Dictionary(codebook.entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let compared = Set(codersByInterview.filter { $0.value.count >= 2 }.keys)
        // Codes no compared coder applied in a compared interview have no agreement to measure (kappa would be 0/0).
        let codes = Set(relevant.filter { compared.contains($0.interview) }.map(\.code))
            .sorted { (codeOrder[$0] ?? .max, $0) < (codeOrder[$1] ?? .max, $1) }

        struct UnitKey: Hashable { var interview: String; var turn: Int; var span: TextSpan }
        var units: [(key: UnitKey, label: String, coders: [String])] = []
        var codingsByTurn: [String: [Int: [CodedSegment]]] = [:]
        for coding in relevant { codingsByTurn[coding.interview, default: [:]][coding.turn, default: []].append(coding) }
        for interview in corpus.interviews {
            guard let present = codersByInterview[interview.id], present.count >= 2 else { continue }
            let presentCoders = coders.filter(present.contains)
            for turn in interview.turns {
                for span in TextSegmenter.units(of: turn.text, unit: codebook.unit) {
                    units.append((UnitKey(interview: interview.id, turn: turn.index, span: span),
                                  "\(interview.id)/\(turn.index)/\(span.start)-\(span.end)", presentCoders))
                }
            }
        }
        // Which (unit, code, coder) triples are coded.
        struct Decision: Hashable { var unit: Int; var code: String; var coder: String }
        var coded: Set<Decision> = []
        for (index, unit) in units.enumerated() {
            for coding in codingsByTurn[unit.key.interview]?[unit.key.turn] ?? [] where coding.start < unit.key.span.end && unit.key.span.start < coding.end {
                coded.insert(Decision(unit: index, code: coding.code, coder: coding.coder))
            }
        }
        var pooled: [AgreementData.Rating] = []
        var results: [UnitFigures] = []
        for code in codes {
            var ratings: [AgreementData.Rating] = []
            var codedByAny = 0
            for (index, unit) in units.enumerated() {
                var any = false
                for coder in unit.coders {
                    let isCoded = coded.contains(Decision(unit: index, code: code, coder: coder))
                    any = any || isCoded
                    ratings.append(.init(unit: unit.label, coder: coder, value: isCoded ? "1" : "0"))
                    pooled.append(.init(unit: unit.label + "\u{1F}" + code, coder: coder, value: isCoded ? "1" : "0"))
                }
                if any { codedByAny += 1 }
            }
            results.append(try figures(code: code, ratings: ratings, coders: coders, units: units.count, codedByAny: codedByAny))
        }
        let pooledCodedByAny = results.reduce(0) { $0 + $1.unitsCodedByAnyCoder }
        results.append(try figures(code: overall, ratings: pooled, coders: coders, units: units.count * codes.count, codedByAny: pooledCodedByAny))
        return results
    }

    private static func figures(code: String, ratings: [AgreementData.Rating], coders: [String], units: Int, codedByAny: Int) throws -> UnitFigures {
        guard !ratings.isEmpty else {
            return UnitFigures(code: code, units: 0, unitsCodedByAnyCoder: 0, percentAgreement: Nullable(nil), cohenKappa: Nullable(nil),
                               fleissKappa: Nullable(nil), krippendorffAlphaNominal: Nullable(nil), krippendorffAlphaInterval: Nullable(nil))
        }
        // Every listed coder appears as a column so that two-coder statistics see the design, not just who rated.
        let padded = ratings + coders.filter { coder in !ratings.contains { $0.coder == coder } }
            .map { AgreementData.Rating(unit: ratings[0].unit, coder: $0, value: nil) }
        let data = try AgreementData(padded)
        return UnitFigures(code: code, units: units, unitsCodedByAnyCoder: codedByAny,
                           percentAgreement: Nullable(Agreement.percentAgreement(data).map { rounded($0, places: 6) }),
                           cohenKappa: Nullable(Agreement.cohenKappa(data).map { rounded($0, places: 6) }),
                           fleissKappa: Nullable(Agreement.fleissKappa(data).map { rounded($0, places: 6) }),
                           krippendorffAlphaNominal: Nullable(Agreement.krippendorffAlpha(data, metric: .nominal).map { rounded($0, places: 6) }),
                           krippendorffAlphaInterval: Nullable(Agreement.krippendorffAlpha(data, metric: .interval).map { rounded($0, places: 6) }))
    }

    /// Segment-overlap agreement for every pair of `coders`, per code in codebook order and overall per pair.
    public static func segmentOverlap(_ codings: [CodedSegment], coders: [String], threshold: Double, codebook: Codebook) -> [OverlapFigures] {
        let codeOrder = Dictionary(codebook.entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var results: [OverlapFigures] = []
        for (firstIndex, first) in coders.enumerated() {
            for second in coders[(firstIndex + 1)...] {
                let mine = codings.filter { $0.coder == first }
                let theirs = codings.filter { $0.coder == second }
                let interviews = Set(mine.map(\.interview)).intersection(theirs.map(\.interview))
                let a = mine.filter { interviews.contains($0.interview) }
                let b = theirs.filter { interviews.contains($0.interview) }
                let codes = Set(a.map(\.code) + b.map(\.code)).sorted { (codeOrder[$0] ?? .max, $0) < (codeOrder[$1] ?? .max, $1) }
                var totalAgree = 0
                var totalSegments = 0
                for code in codes {
                    let left = a.filter { $0.code == code }
                    let right = b.filter { $0.code == code }
                    let agree = left.filter { matches($0, in: right, threshold) }.count + right.filter { matches($0, in: left, threshold) }.count
                    let segments = left.count + right.count
                    totalAgree += agree
                    totalSegments += segments
                    results.append(OverlapFigures(coders: [first, second], code: code, agreeingSegments: agree, segments: segments,
                                                  percentAgreement: Nullable(segments == 0 ? nil : rounded(Double(agree) / Double(segments), places: 6))))
                }
                results.append(OverlapFigures(coders: [first, second], code: overall, agreeingSegments: totalAgree, segments: totalSegments,
                                              percentAgreement: Nullable(totalSegments == 0 ? nil : rounded(Double(totalAgree) / Double(totalSegments), places: 6))))
            }
        }
        return results
    }

    /// Whether `coding` has a partner in `others` (same interview and turn) overlapping by at least `threshold`
    /// of the union of the two segments.
    static func matches(_ coding: CodedSegment, in others: [CodedSegment], _ threshold: Double) -> Bool {
        others.contains { other in
            guard other.interview == coding.interview, other.turn == coding.turn else { return false }
            let overlap = min(coding.end, other.end) - max(coding.start, other.start)
            guard overlap > 0 else { return false }
            let union = max(coding.end, other.end) - min(coding.start, other.start)
            return Double(overlap) / Double(union) >= threshold
        }
    }
}
