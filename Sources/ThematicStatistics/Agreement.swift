import Foundation

/// Agreement between coders who assigned values to units, with missing values allowed.
///
/// The input is a list of ratings (unit, coder, value-or-missing). Every coefficient is computed over the units it
/// can use, as the reference implementations do: Krippendorff's alpha over pairable values, Cohen's kappa over the
/// units both coders coded, Fleiss' kappa only on complete data.
public struct AgreementData: Sendable {
    /// One coder's value for one unit; `nil` is missing.
    public struct Rating: Sendable, Hashable {
        public var unit: String
        public var coder: String
        public var value: String?

        public init(unit: String, coder: String, value: String?) {
            self.unit = unit
            self.coder = coder
            self.value = value
        }
    }

    /// Units in order of first appearance.
    public let units: [String]
    /// Coders in order of first appearance.
    public let coders: [String]
    /// `values[u][c]`: coder c's value for unit u, or nil.
    public let values: [[String?]]

    /// Builds the unit × coder table; a coder rating the same unit twice is an error.
    public init(_ ratings: [Rating]) throws {
        var unitIndex: [String: Int] = [:], coderIndex: [String: Int] = [:]
        var units: [String] = [], coders: [String] = []
        for rating in ratings {
            if unitIndex[rating.unit] == nil { unitIndex[rating.unit] = units.count; units.append(rating.unit) }
            if coderIndex[rating.coder] == nil { coderIndex[rating.coder] = coders.count; coders.append(rating.coder) }
        }
        var table = Array(repeating: Array(repeating: String?.none, count: coders.count), count: units.count)
        var seen = Set<[Int]>()
        for rating in ratings {
            let key = [unitIndex[rating.unit]!, coderIndex[rating.coder]!]
            guard seen.insert(key).inserted else {
                throw AgreementError.duplicateRating(unit: rating.unit, coder: rating.coder)
            }
            table[key[0]][key[1]] = rating.value
        }
        self.units = units
        self.coders = coders
        self.values = table
    }

    /// Whether every coder gave a value for every unit.
    public var isComplete: Bool { values.allSatisfy { $0.allSatisfy { $0 != nil } } }

    /// The values of each unit that has at least two (the pairable units of Krippendorff's alpha).
    var pairableUnits: [[String]] {
        values.map { $0.compactMap { $0 } }.filter { $0.count >= 2 }
    }
}

/// A problem with agreement input.
public enum AgreementError: Error, Equatable, CustomStringConvertible {
    case duplicateRating(unit: String, coder: String)

    public var description: String {
        switch self {
        case let .duplicateRating(unit, coder): "coder '\(coder)' rated unit '\(unit)' more than once"
        }
    }
}

/// The agreement coefficients.
public enum Agreement {
    /// Mean pairwise percent agreement: for each unit with at least two values, the share of agreeing pairs among
    /// all pairs of its values; then the mean over those units. With two coders this is the share of units they
    /// agree on. `nil` when no unit has two values.
    public static func percentAgreement(_ data: AgreementData) -> Double? {
        let units = data.pairableUnits
        guard !units.isEmpty else { return nil }
        var total = 0.0
        for values in units {
            var agreeing = 0, pairs = 0
            for i in 0..<values.count {
                for j in (i + 1)..<values.count {
                    pairs += 1
                    if values[i] == values[j] { agreeing += 1 }
                }
            }
            total += Double(agreeing) / Double(pairs)
        }
        return total / Double(units.count)
    }

    /// The difference function of Krippendorff's alpha.
    public enum Metric: Sendable {
        /// δ²(c, k) = 0 when c = k, else 1.
        case nominal
        /// δ²(c, k) = (c − k)²; values must be numbers.
        case interval
    }

    /// Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's alpha-reliability").
    ///
    /// Over the pairable units u (m_u ≥ 2 values), the coincidence matrix is
    /// o_ck = Σ_u (number of ordered pairs (c, k) of values in u from different coders) / (m_u − 1);
    /// n_c = Σ_k o_ck and n = Σ_c n_c. Then
    /// α = 1 − (n − 1) · Σ_{c,k} o_ck δ²(c,k) / Σ_{c,k} n_c n_k δ²(c,k).
    /// Returns `nil` when fewer than two pairable values exist, when every value is the same (no variation:
    /// the expected disagreement is zero), or, for `.interval`, when a value is not a number.
    public static func krippendorffAlpha(_ data: AgreementData, metric: Metric) -> Double? {
        let units = data.pairableUnits
        var categories: [String] = []
        var index: [String: Int] = [:]
        for values in units {
            for value in values where index[value] == nil {
                index[value] = categories.count
                categories.append(value)
            }
        }
        let size = categories.count
        guard size > 0 else { return nil }
        var numeric: [Double] = []
        if metric == .interval {
            for category in categories {
                guard let number = Double(category.trimmingCharacters(in: .whitespaces)) else { return nil }
                numeric.append(number)
            }
        }
        func delta(_ c: Int, _ k: Int) -> Double {
            switch metric {
            case .nominal: return c == k ? 0 : 1
            case .interval: let d = numeric[c] - numeric[k]; return d * d
            }
        }
        var coincidence = Array(repeating: Array(repeating: 0.0, count: size), count: size)
        for values in units {
            let weight = 1.0 / Double(values.count - 1)
            var counts = [Int: Int]()
            for value in values { counts[index[value]!, default: 0] += 1 }
            for (c, countC) in counts {
                for (k, countK) in counts {
                    let pairs = c == k ? countC * (countC - 1) : countC * countK
                    coincidence[c][k] += Double(pairs) * weight
                }
            }
        }
        let marginals = coincidence.map { $0.reduce(0, +) }
        let n = marginals.reduce(0, +)
        guard n > 1 else { return nil }
        var observed = 0.0, expected = 0.0
        for c in 0..<size {
            for k in 0..<size where c != k {
                let d = delta(c, k)
                observed += coincidence[c][k] * d
                expected += marginals[c] * marginals[k] * d
            }
        }
        guard expected > 0 else { return nil }
        return 1 - (n - 1) * observed / expected
    }

    /// Cohen's kappa for exactly two coders, over the units both coded:
    /// κ = (p_o − p_e) / (1 − p_e), with p_o the share of agreeing units and p_e = Σ_c p₁(c)·p₂(c) from each
    /// coder's marginal shares. `nil` unless there are exactly two coders and at least one unit both coded;
    /// 1 when both coders used one and the same category throughout.
    public static func cohenKappa(_ data: AgreementData) -> Double? {
        guard data.coders.count == 2 else { return nil }
        let pairs = data.values.compactMap { row -> (String, String)? in
            guard let a = row[0], let b = row[1] else { return nil }
            return (a, b)
        }
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        var first: [String: Double] = [:], second: [String: Double] = [:]
        var agreeing = 0.0
        for (a, b) in pairs {
            first[a, default: 0] += 1
            second[b, default: 0] += 1
            if a == b { agreeing += 1 }
        }
        let observed = agreeing / n
        let chance = first.keys.reduce(0.0) { $0 + (first[$1]! / n) * ((second[$1] ?? 0) / n) }
        if chance >= 1 { return observed == 1 ? 1 : nil }
        return (observed - chance) / (1 - chance)
    }

    /// Fleiss' kappa (Fleiss 1971) on complete data: N units each rated by the same n coders.
    /// With n_ij the number of coders putting unit i in category j: p_j = Σ_i n_ij / (N·n),
    /// P_i = (Σ_j n_ij² − n) / (n(n − 1)), P̄ = mean P_i, P̄_e = Σ_j p_j², κ = (P̄ − P̄_e) / (1 − P̄_e).
    /// `nil` when any value is missing or fewer than two coders rated; 1 when P̄_e = 1 and all agree.
    public static func fleissKappa(_ data: AgreementData) -> Double? {
        guard data.isComplete, data.coders.count >= 2, !data.units.isEmpty else { return nil }
        let raters = Double(data.coders.count)
        var totals: [String: Double] = [:]
        var meanAgreement = 0.0
        for row in data.values {
            var counts: [String: Double] = [:]
            for value in row { counts[value!, default: 0] += 1 }
            for (category, count) in counts { totals[category, default: 0] += count }
            let squares = counts.values.reduce(0) { $0 + $1 * $1 }
            meanAgreement += (squares - raters) / (raters * (raters - 1))
        }
        let unitCount = Double(data.units.count)
        meanAgreement /= unitCount
        let chance = totals.values.reduce(0) { $0 + pow($1 / (unitCount * raters), 2) }
        if chance >= 1 { return meanAgreement == 1 ? 1 : nil }
        return (meanAgreement - chance) / (1 - chance)
    }
}
