import ArgumentParser
import Foundation
import ThematicCore
import ThematicIO
import ThematicModel
import ThematicPipeline
import ThematicStatistics

/// Reads a CSV whose header must be exactly `expected`, with file and line in every message.
func readCSV(_ path: String, expected: [String]) throws -> [CSVReader.Row] {
    let data = try InputFile.read(path)
    let rows = try CSVReader.rows(TextCheck.utf8(data, file: path), file: path)
    guard let header = rows.first else { throw Diagnostic(file: path, line: 1, "the file is empty") }
    guard header.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) == expected else {
        throw Diagnostic(file: path, line: header.line, "the header must be '\(expected.joined(separator: ","))', found '\(quoting: header.fields.joined(separator: ","))'")
    }
    for row in rows.dropFirst() where row.fields.count != expected.count {
        throw Diagnostic(file: path, line: row.line, "expected \(expected.count) fields, found \(row.fields.count)")
    }
    return Array(rows.dropFirst())
}

/// Prints a calculator's report as the stages write their artifacts: canonical JSON, snake_case keys, `null` for
/// values that do not apply.
func printReport<Report: Encodable>(_ report: Report) throws {
    Terminal.print(String(decoding: try CanonicalJSON.encode(report), as: UTF8.self).trimmingCharacters(in: .newlines))
}

/// Six decimals, as the stages' reports round their coefficients.
func rounded6(_ value: Double?) -> Nullable<Double> { Nullable(value.map { rounded($0, places: 6) }) }

/// `thematic agreement`.
struct AgreementCalculatorReport: Encodable {
    var units: Int
    var coders: Int
    var percentAgreement: Nullable<Double>
    var krippendorffAlphaNominal: Nullable<Double>
    var krippendorffAlphaInterval: Nullable<Double>
    var fleissKappa: Nullable<Double>
    var cohenKappa: Nullable<Double>
}

/// `thematic samplesize`.
struct SampleSizeCalculatorReport: Encodable {
    var method = "Fugard & Potts (2015), binomial"
    var prevalence: Double
    var instances: Int
    var power: Double
    var sampleSize: Nullable<Int>
    var achievedPower: Nullable<Double>
}

struct AgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Inter-coder agreement from a unit,coder,value CSV (empty value = missing).",
        discussion: """
            Prints percent agreement (mean pairwise), Krippendorff's alpha (nominal and interval, missing values \
            allowed), Fleiss' kappa (null unless every coder coded every unit) and Cohen's kappa (null unless there \
            are exactly two coders).
            """)

    @Argument(help: "A CSV with header unit,coder,value.")
    var file: String

    func run() throws {
        let data = try reportingDiagnostics { () throws -> AgreementData in
            let rows = try readCSV(file, expected: ["unit", "coder", "value"])
            do {
                return try AgreementData(rows.map { row in
                    let value = row.fields[2].trimmingCharacters(in: .whitespaces)
                    return AgreementData.Rating(unit: row.fields[0], coder: row.fields[1], value: value.isEmpty ? nil : value)
                })
            } catch let error as AgreementError {
                throw Diagnostic(file: file, error.description)
            }
        }
        try printReport(AgreementCalculatorReport(
            units: data.units.count, coders: data.coders.count, percentAgreement: rounded6(Agreement.percentAgreement(data)),
            krippendorffAlphaNominal: rounded6(Agreement.krippendorffAlpha(data, metric: .nominal)),
            krippendorffAlphaInterval: rounded6(Agreement.krippendorffAlpha(data, metric: .interval)),
            fleissKappa: rounded6(Agreement.fleissKappa(data)), cohenKappa: rounded6(Agreement.cohenKappa(data))))
    }
}

struct SaturationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saturation",
        abstract: "Saturation measures from an interview,code CSV (interviews in the order they were conducted).",
        discussion: """
            Chao2 richness with its variance and log-normal 95% interval, incidence coverage, expected new codes in \
            further interviews, Guest, Namey & Chen (2020) and Francis et al. (2010), as one level of saturation.json \
            writes them (the same keys). These support, and do not replace, the analyst's judgement of whether the \
            sample is sufficient.
            """)

    @Argument(help: "A CSV with header interview,code: one row per code present in an interview.")
    var file: String

    @Option(help: "Guest et al.: base size.") var base: Int = 4
    @Option(name: .customLong("run"), help: "Guest et al.: run length.") var runLength: Int = 2
    @Option(help: "Guest et al.: new-information threshold.") var threshold: Double = 0.05
    @Option(help: "Francis et al.: initial sample.") var initial: Int = 10
    @Option(help: "Francis et al.: consecutive interviews without new codes.") var stop: Int = 3

    func run() throws {
        let data = try reportingDiagnostics { () throws -> Incidence in
            let rows = try readCSV(file, expected: ["interview", "code"])
            var order: [String] = []
            var codes: [String: [String]] = [:]
            for row in rows {
                let interview = row.fields[0].trimmingCharacters(in: .whitespaces), code = row.fields[1].trimmingCharacters(in: .whitespaces)
                if interview.isEmpty || code.isEmpty { throw Diagnostic(file: file, line: row.line, "empty interview or code") }
                if codes[interview] == nil { order.append(interview); codes[interview] = [] }
                codes[interview]!.append(code)
            }
            if order.isEmpty { throw Diagnostic(file: file, "no interviews in the file") }
            return Incidence(interviews: order, codes: order.map { codes[$0]! })
        }
        // The same measures under the same keys as one level of the saturation stage's saturation.json.
        try printReport(SaturationMeasures(data, level: "codes", guest: (base, runLength, threshold), francis: (initial, stop), moreInterviews: [1, 5, 10]))
    }
}

struct SampleSizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "samplesize",
        abstract: "Fugard & Potts (2015): interviews needed to see a theme of a given prevalence at least k times.")

    @Option(help: "The share of the population holding the theme (0–1).") var prevalence: Double
    @Option(help: "How many interviews should show it.") var instances: Int = 1
    @Option(help: "The probability of seeing it that often.") var power: Double = 0.8

    func validate() throws {
        guard prevalence > 0, prevalence <= 1 else { throw ValidationError("--prevalence must be in (0, 1]") }
        guard instances >= 1 else { throw ValidationError("--instances must be at least 1") }
        guard power > 0, power < 1 else { throw ValidationError("--power must be in (0, 1)") }
    }

    func run() throws {
        let n = FugardPotts.sampleSize(prevalence: prevalence, instances: instances, power: power)
        try printReport(SampleSizeCalculatorReport(
            prevalence: prevalence, instances: instances, power: power, sampleSize: Nullable(n),
            achievedPower: rounded6(n.map { FugardPotts.probabilityAtLeast(instances, of: $0, prevalence: prevalence) })))
    }
}
