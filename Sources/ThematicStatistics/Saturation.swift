import Foundation

/// Which codes occurred in which interview, interviews in the order they were conducted.
///
/// All saturation measures here work on incidence data: a code either occurs in an interview or not.
public struct Incidence: Sendable {
    /// Interview ids in order.
    public let interviews: [String]
    /// For each interview, the codes present (no repeats), in order of first appearance.
    public let codes: [[String]]

    /// Creates incidence data; repeated codes within an interview count once.
    public init(interviews: [String], codes: [[String]]) {
        precondition(interviews.count == codes.count)
        self.interviews = interviews
        self.codes = codes.map { list in
            var seen = Set<String>()
            return list.filter { seen.insert($0).inserted }
        }
    }

    /// T: the number of interviews.
    public var sampleSize: Int { interviews.count }

    /// How many interviews each code occurs in.
    public var frequencies: [String: Int] {
        var result: [String: Int] = [:]
        for list in codes { for code in list { result[code, default: 0] += 1 } }
        return result
    }

    /// S_obs: distinct codes observed.
    public var observed: Int { frequencies.count }
    /// Q1: codes found in exactly one interview.
    public var uniques: Int { frequencies.values.filter { $0 == 1 }.count }
    /// Q2: codes found in exactly two interviews.
    public var duplicates: Int { frequencies.values.filter { $0 == 2 }.count }
    /// U: total incidences (code–interview pairs).
    public var totalIncidences: Int { codes.reduce(0) { $0 + $1.count } }

    /// The number of codes not seen in any earlier interview, per interview.
    public var newCodesPerInterview: [Int] {
        var seen = Set<String>()
        return codes.map { list in list.filter { seen.insert($0).inserted }.count }
    }

    /// Cumulative distinct codes after each interview (the accumulation curve).
    public var accumulation: [Int] {
        var total = 0
        return newCodesPerInterview.map { total += $0; return total }
    }
}

/// Chao2 richness and coverage for incidence data (Chao 1987; Chao et al. 2014).
public struct Chao2: Sendable, Equatable {
    /// Bias-corrected Chao2: S_obs + k·Q1(Q1 − 1) / (2(Q2 + 1)), k = (T − 1)/T.
    public var estimate: Double
    /// Its variance: k·Q1(Q1−1)/(2(Q2+1)) + k²·Q1(2Q1−1)²/(4(Q2+1)²) + k²·Q1²·Q2·(Q1−1)²/(4(Q2+1)⁴).
    public var variance: Double
    /// Log-normal 95% interval: with D = Chao2 − S_obs and K = exp(1.96·√ln(1 + var/D²)), [S_obs + D/K, S_obs + D·K];
    /// `nil` when D = 0 or var = 0.
    public var interval95: ClosedRange<Double>?
    /// Incidence sample coverage: 1 − (Q1/U)·((T − 1)Q1 / ((T − 1)Q1 + 2Q2)); 1 when Q1 = 0; `nil` (undefined)
    /// with fewer than two interviews, where every code seen is seen once and the formula is 0/0.
    public var coverage: Double?

    /// Computes the estimates from incidence data.
    public init(_ data: Incidence) {
        let t = Double(data.sampleSize)
        let s = Double(data.observed)
        let q1 = Double(data.uniques)
        let q2 = Double(data.duplicates)
        let u = Double(data.totalIncidences)
        let k = t > 0 ? (t - 1) / t : 0
        let extra = k * q1 * (q1 - 1) / (2 * (q2 + 1))
        estimate = s + extra
        variance = extra
            + k * k * q1 * pow(2 * q1 - 1, 2) / (4 * pow(q2 + 1, 2))
            + k * k * q1 * q1 * q2 * pow(q1 - 1, 2) / (4 * pow(q2 + 1, 4))
        let d = estimate - s
        if d > 0, variance > 0 {
            let factor = exp(1.96 * sqrt(log(1 + variance / (d * d))))
            interval95 = (s + d / factor)...(s + d * factor)
        } else {
            interval95 = nil
        }
        if q1 == 0 || u == 0 {
            coverage = 1
        } else if t < 2 {
            coverage = nil
        } else {
            coverage = 1 - (q1 / u) * ((t - 1) * q1 / ((t - 1) * q1 + 2 * q2))
        }
    }
}

/// Expected new codes in further interviews (Chao et al. 2014, incidence-based extrapolation).
public enum Extrapolation {
    /// The expected number of codes not yet seen that m more interviews would find:
    /// Q̂0·[1 − (1 − Q1/(T·Q̂0 + Q1))^m], with Q̂0 = ((T − 1)/T)·Q1²/(2Q2), or ((T − 1)/T)·Q1(Q1 − 1)/2 when Q2 = 0.
    public static func expectedNewCodes(_ data: Incidence, moreInterviews m: Int) -> Double {
        let t = Double(data.sampleSize)
        let q1 = Double(data.uniques)
        let q2 = Double(data.duplicates)
        guard t > 0, q1 > 0 else { return 0 }
        let q0 = q2 > 0 ? (t - 1) / t * q1 * q1 / (2 * q2) : (t - 1) / t * q1 * (q1 - 1) / 2
        guard q0 > 0 else { return 0 }
        return q0 * (1 - pow(1 - q1 / (t * q0 + q1), Double(m)))
    }
}

/// Guest, Namey & Chen (2020): saturation as the point where a run of interviews adds little new information
/// relative to a base.
public struct GuestSaturation: Sendable, Equatable {
    /// Base size b: the first b interviews define the base (B = codes seen in them).
    public var base: Int
    /// Run length r.
    public var run: Int
    /// New-information threshold t (share of B).
    public var threshold: Double
    /// The last interview (1-based) of the first run, starting at b + 1 and sliding by one, whose codes not seen in
    /// any earlier interview number at most t·B; `nil` when no run qualifies.
    public var saturationPoint: Int?

    /// Applies the method with the given parameters (defaults 4, 2, 0.05 as in the paper).
    public init(_ data: Incidence, base: Int = 4, run: Int = 2, threshold: Double = 0.05) {
        self.base = base
        self.run = run
        self.threshold = threshold
        saturationPoint = nil
        guard base >= 1, run >= 1, data.sampleSize >= base + run else { return }
        let baseCodes = Set(data.codes[0..<base].joined())
        guard !baseCodes.isEmpty else { return }
        let newPerInterview = data.newCodesPerInterview
        var start = base
        while start + run <= data.sampleSize {
            let new = newPerInterview[start..<(start + run)].reduce(0, +)
            if Double(new) / Double(baseCodes.count) <= threshold + 1e-12 {
                saturationPoint = start + run
                return
            }
            start += 1
        }
    }
}

extension GuestSaturation {
    /// The saturation point of the interviews read in `order` (indices into `codes`), as
    /// `GuestSaturation(reordered data).saturationPoint` gives it, for many orders of one study: codes are small
    /// integers (`0..<codeCount`, each once per interview), and reading stops at the point.
    @inlinable
    public static func saturationPoint<Order: Collection>(codes: [[Int]], codeCount: Int, order: Order, base: Int = 4, run: Int = 2,
                                                          threshold: Double = 0.05) -> Int? where Order.Element: BinaryInteger {
        guard base >= 1, run >= 1, order.count >= base + run else { return nil }
        var seen = [Bool](repeating: false, count: codeCount)
        // Grown as read: most orders reach their point within a few dozen interviews.
        var newPerInterview: [Int] = []
        for (position, interview) in order.enumerated() {
            var new = 0
            for code in codes[Int(interview)] where !seen[code] {
                seen[code] = true
                new += 1
            }
            newPerInterview.append(new)
            if position == base - 1, newPerInterview.reduce(0, +) == 0 { return nil }
            let start = position + 1 - run
            guard start >= base else { continue }
            let baseCount = newPerInterview[0..<base].reduce(0, +)
            let window = newPerInterview[start...position].reduce(0, +)
            if Double(window) / Double(baseCount) <= threshold + 1e-12 { return position + 1 }
        }
        return nil
    }
}

/// Francis et al. (2010): an initial analysis sample, then stop after a run of interviews with no new codes.
public struct FrancisStoppingRule: Sendable, Equatable {
    /// Initial sample size m.
    public var initial: Int
    /// Stopping criterion s: consecutive interviews without new codes.
    public var stop: Int
    /// The smallest j ≥ m + s (1-based) such that interviews j − s + 1 … j brought no new code; `nil` if none.
    public var stoppingPoint: Int?

    /// Applies the rule (defaults 10 and 3 as in the paper).
    public init(_ data: Incidence, initial: Int = 10, stop: Int = 3) {
        self.initial = initial
        self.stop = stop
        stoppingPoint = nil
        guard stop >= 1 else { return }
        let newPerInterview = data.newCodesPerInterview
        var j = initial + stop
        while j <= data.sampleSize {
            if newPerInterview[(j - stop)..<j].allSatisfy({ $0 == 0 }) {
                stoppingPoint = j
                return
            }
            j += 1
        }
    }
}

/// Fugard & Potts (2015): how many interviews are needed to see a theme of a given prevalence often enough.
public enum FugardPotts {
    /// The smallest n such that P(X ≥ k) ≥ power for X ~ Binomial(n, p): the chance that a theme held by a share p
    /// of the population turns up in at least k of n interviews. `nil` when p ≤ 0 or the answer exceeds `limit`.
    public static func sampleSize(prevalence p: Double, instances k: Int, power: Double, limit: Int = 100_000) -> Int? {
        guard p > 0, p <= 1, k >= 1, power > 0, power < 1 else { return nil }
        var n = k
        while n <= limit {
            if probabilityAtLeast(k, of: n, prevalence: p) >= power { return n }
            n += 1
        }
        return nil
    }

    /// P(X ≥ k) for X ~ Binomial(n, p), summed in log space so large n stay accurate.
    public static func probabilityAtLeast(_ k: Int, of n: Int, prevalence p: Double) -> Double {
        guard k > 0 else { return 1 }
        guard k <= n else { return 0 }
        if p >= 1 { return 1 }
        var below = 0.0
        let logP = log(p), logQ = log1p(-p)
        for i in 0..<k {
            let logTerm = lgamma(Double(n + 1)) - lgamma(Double(i + 1)) - lgamma(Double(n - i + 1)) + Double(i) * logP + Double(n - i) * logQ
            below += exp(logTerm)
        }
        return max(0, min(1, 1 - below))
    }
}
