import Foundation
import Testing
import ThematicTestSupport
@testable import ThematicStatistics

/// Reads `unit,coder,value` / `interview,code` CSV without a dependency on the pipeline target.
func csvRows(_ url: URL) throws -> [[String]] {
    let text = try String(contentsOf: url, encoding: .utf8)
    // Split on scalars: in a Swift String "\r\n" is one Character and would not match "\n".
    return text.unicodeScalars.split(separator: "\n").map { String(String.UnicodeScalarView($0)) }.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.dropFirst().map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
    }
}

func oracleCases(_ folder: String) -> [String] {
    let url = TestSupport.resource("oracles/\(folder)")
    return ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
}

func expected(_ folder: String, _ name: String) throws -> [String: Any] {
    let url = TestSupport.resource("oracles/\(folder)/\(name).json")
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    return object["expected"] as! [String: Any]
}

func expectClose(_ actual: Double?, _ expected: Any?, _ label: String, tolerance: Double = 1e-9) {
    if expected == nil || expected is NSNull {
        #expect(actual == nil, "\(label): expected null, got \(String(describing: actual))")
        return
    }
    guard let value = (expected as? NSNumber)?.doubleValue, let actual else {
        Issue.record("\(label): expected \(String(describing: expected)), got \(String(describing: actual))")
        return
    }
    #expect(abs(actual - value) <= tolerance, "\(label): expected \(value), got \(actual)")
}

@Suite("Agreement against the reference oracles (Tests/Resources/oracles/agreement)")
struct AgreementOracleTests {
    @Test func oraclesArePresent() throws {
        #expect(oracleCases("agreement").count >= 8)
    }

    @Test(arguments: oracleCases("agreement"))
    func matchesReference(name: String) throws {
        let rows = try csvRows(TestSupport.resource("oracles/agreement/\(name).csv"))
        let data = try AgreementData(rows.map { AgreementData.Rating(unit: $0[0], coder: $0[1], value: $0.count > 2 && !$0[2].isEmpty ? $0[2] : nil) })
        let want = try expected("agreement", name)
        expectClose(Agreement.percentAgreement(data), want["percent_agreement"], "\(name) percent")
        expectClose(Agreement.krippendorffAlpha(data, metric: .nominal), want["krippendorff_alpha_nominal"], "\(name) alpha nominal")
        expectClose(Agreement.krippendorffAlpha(data, metric: .interval), want["krippendorff_alpha_interval"], "\(name) alpha interval")
        expectClose(Agreement.cohenKappa(data), want["cohen_kappa"], "\(name) cohen")
        expectClose(Agreement.fleissKappa(data), want["fleiss_kappa"], "\(name) fleiss")
    }

    @Test func duplicateRatingIsAnError() {
        #expect(throws: AgreementError.duplicateRating(unit: "u1", coder: "a")) {
            try AgreementData([.init(unit: "u1", coder: "a", value: "1"), .init(unit: "u1", coder: "a", value: "2")])
        }
    }

    @Test func textbookCohenExample() throws {
        // 50 units: both yes 20, both no 15, a-yes/b-no 5, a-no/b-yes 10 → p_o = 0.7, p_e = 0.5, κ = 0.4.
        var ratings: [AgreementData.Rating] = []
        let pairs = Array(repeating: ("y", "y"), count: 20) + Array(repeating: ("n", "n"), count: 15)
            + Array(repeating: ("y", "n"), count: 5) + Array(repeating: ("n", "y"), count: 10)
        for (index, pair) in pairs.enumerated() {
            ratings.append(.init(unit: "u\(index)", coder: "a", value: pair.0))
            ratings.append(.init(unit: "u\(index)", coder: "b", value: pair.1))
        }
        let kappa = try #require(Agreement.cohenKappa(try AgreementData(ratings)))
        #expect(abs(kappa - 0.4) < 1e-12)
    }
}

@Suite("Saturation against the reference oracles (Tests/Resources/oracles/saturation)")
struct SaturationOracleTests {
    static func incidence(_ name: String) throws -> Incidence {
        let rows = try csvRows(TestSupport.resource("oracles/saturation/\(name).csv"))
        var order: [String] = []
        var codes: [String: [String]] = [:]
        for row in rows {
            if codes[row[0]] == nil { order.append(row[0]); codes[row[0]] = [] }
            codes[row[0]]!.append(row[1])
        }
        return Incidence(interviews: order, codes: order.map { codes[$0]! })
    }

    @Test func oraclesArePresent() throws {
        #expect(oracleCases("saturation").count >= 5)
    }

    @Test(arguments: oracleCases("saturation"))
    func matchesReference(name: String) throws {
        let data = try Self.incidence(name)
        let want = try expected("saturation", name)
        #expect(data.sampleSize == want["interviews"] as? Int)
        #expect(data.observed == want["codes_observed"] as? Int)
        #expect(data.uniques == want["q1"] as? Int)
        #expect(data.duplicates == want["q2"] as? Int)
        let chao = Chao2(data)
        expectClose(chao.estimate, want["chao2"], "\(name) chao2")
        expectClose(chao.variance, want["chao2_variance"], "\(name) variance")
        expectClose(chao.coverage, want["coverage"], "\(name) coverage")
        if let interval = want["chao2_ci95"] as? [Double] {
            expectClose(chao.interval95?.lowerBound, interval[0], "\(name) ci low")
            expectClose(chao.interval95?.upperBound, interval[1], "\(name) ci high")
        } else {
            #expect(chao.interval95 == nil)
        }
        let guest = try #require(want["guest2020"] as? [String: Any])
        #expect(GuestSaturation(data).saturationPoint == guest["saturation_point"] as? Int, "\(name) guest")
        let francis = try #require(want["francis"] as? [String: Any])
        #expect(FrancisStoppingRule(data).stoppingPoint == francis["stopping_point"] as? Int, "\(name) francis")
    }

    @Test func fugardPottsMatchesThePublishedTable() {
        // Values checked with scipy.stats.binom.sf (smallest n with P(X ≥ k) ≥ power).
        #expect(FugardPotts.sampleSize(prevalence: 0.2, instances: 3, power: 0.8) == 21)
        #expect(FugardPotts.sampleSize(prevalence: 0.1, instances: 2, power: 0.9) == 38)
        #expect(FugardPotts.sampleSize(prevalence: 0.05, instances: 5, power: 0.95) == 181)
        #expect(FugardPotts.sampleSize(prevalence: 0.5, instances: 1, power: 0.5) == 1)
        #expect(FugardPotts.sampleSize(prevalence: 0, instances: 1, power: 0.8) == nil)
    }

    @Test func accumulationAndExtrapolation() {
        let data = Incidence(interviews: ["a", "b", "c"], codes: [["x", "y"], ["y", "z", "z"], ["x"]])
        #expect(data.accumulation == [2, 3, 3])
        #expect(data.newCodesPerInterview == [2, 1, 0])
        #expect(Extrapolation.expectedNewCodes(data, moreInterviews: 0) == 0)
        #expect(Extrapolation.expectedNewCodes(data, moreInterviews: 5) >= Extrapolation.expectedNewCodes(data, moreInterviews: 1))
    }
}
