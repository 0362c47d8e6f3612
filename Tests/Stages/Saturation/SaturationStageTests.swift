import Foundation
import Testing
import ThematicCore
import ThematicStatistics
import ThematicTestSupport
@testable import SaturationStage

@Suite("Saturation stage")
struct SaturationStageTests {
    /// Interviews I1…In dated in order, each coded with the given codes (codes nest under sub-theme s1 or s2).
    func context(_ codesPerInterview: [[String]], informationPower: InformationPower? = nil) -> StageContext {
        let ids = codesPerInterview.indices.map { "I\($0 + 1)" }
        let study = Study(id: "s", title: "t", participants: ids.map { Participant(id: $0) }, informationPower: informationPower)
        let interviews = ids.enumerated().map { index, id in
            // Dates run backwards against ids so the test sees that order follows dates.
            Interview(id: id, participant: id, language: "en", meta: InterviewMeta(date: String(format: "2023-%02d-01", 12 - index)),
                      turns: [Turn(index: 0, speaker: id, content: [.text("text")])], source: id + ".xml")
        }
        var entries = [Codebook.Entry(id: "t1", name: "T1", level: .theme), Codebook.Entry(id: "t2", name: "T2", level: .theme),
                       Codebook.Entry(id: "s1", name: "S1", level: .subtheme, parent: "t1"), Codebook.Entry(id: "s2", name: "S2", level: .subtheme, parent: "t2")]
        for code in Set(codesPerInterview.joined()).sorted() {
            entries.append(Codebook.Entry(id: code, name: code, level: .code, parent: code.hasPrefix("a") ? "s1" : "s2"))
        }
        var codings: [CodedSegment] = []
        for (index, codes) in codesPerInterview.enumerated() {
            for code in codes { codings.append(CodedSegment(interview: ids[index], turn: 0, start: 0, end: 4, code: code, coder: "auto", text: "text")) }
        }
        let context = StageContext(corpus: Corpus(study: study, interviews: interviews))
        try! context.put(CodingResult(codebook: Codebook(entries: entries), codings: codings, analysisCoders: ["auto"]), for: Products.codings)
        return context
    }

    func run(_ context: StageContext, _ options: [String: OptionValue] = [:]) throws -> [String: Any] {
        try SaturationAssessment(options: StageOptions(options, specs: SaturationAssessment.descriptor.options)).run(in: context)
        return try JSONSerialization.jsonObject(with: context.artifacts["saturation.json"] ?? Data()) as? [String: Any] ?? [:]
    }

    // In date order (latest id first): I6 … I1.
    let data = [["b1"], ["a1"], ["a1", "b2"], ["a1", "a2", "b3"], ["a1", "a2", "a3", "b1"], ["a1", "a2", "a3", "a4", "b1", "b2"]]

    @Test func measuresFollowInterviewDates() throws {
        let report = try run(context(data), ["permutations": .integer(50)])
        #expect(report["order"] as? [String] == ["I6", "I5", "I4", "I3", "I2", "I1"])
        let levels = try #require(report["levels"] as? [[String: Any]])
        #expect(levels.map { $0["level"] as? String } == ["codes", "sub-themes", "themes"])
        let codes = levels[0]
        #expect(codes["accumulation"] as? [Int] == [6, 6, 7, 7, 7, 7])
        let incidence = Incidence(interviews: ["I6", "I5", "I4", "I3", "I2", "I1"], codes: Array(data.reversed()))
        let chao = Chao2(incidence)
        #expect(abs((codes["chao2"] as? Double ?? 0) - chao.estimate) < 1e-6)
        let guest = try #require(codes["guest2020"] as? [String: Any])
        #expect(guest["saturation_point"] as? Int == GuestSaturation(incidence).saturationPoint)
        let francis = try #require(codes["francis"] as? [String: Any])
        #expect(francis["stopping_point"] is NSNull)
        #expect(levels[2]["accumulation"] as? [Int] == [2, 2, 2, 2, 2, 2])
    }

    @Test func permutationsAreSeededAndReproducible() throws {
        let first = try run(context(data), ["permutations": .integer(200), "seed": .integer(7)])
        let second = try run(context(data), ["permutations": .integer(200), "seed": .integer(7)])
        let levels = try #require(first["levels"] as? [[String: Any]])
        let permutations = try #require((levels[0]["guest2020"] as? [String: Any])?["permutations"] as? [String: Any])
        #expect(permutations["count"] as? Int == 200)
        let distribution = try #require(permutations["distribution"] as? [String: Int])
        #expect(distribution.values.reduce(0, +) == 200)
        #expect(NSDictionary(dictionary: first).isEqual(to: second))
    }

    @Test func orderOptionMustListEveryInterviewOnce() throws {
        #expect(throws: (any Error).self) { try run(context(data), ["order": .list(["I1", "I2"])]) }
        #expect(throws: (any Error).self) { try run(context(data), ["order": .list(["I1", "I1", "I2", "I3", "I4", "I5", "I6"])]) }
        let report = try run(context(data), ["order": .list(["I1", "I2", "I3", "I4", "I5", "I6"]), "permutations": .integer(0)])
        #expect(report["order_basis"] as? String == "the pipeline's 'order' option")
    }

    /// A document (a paper in an imported project) is not an interview: its codes add nothing to what another
    /// interview would find, so it is out of the order, and naming it in 'order' is an error.
    @Test func aDocumentIsNotInTheOrder() throws {
        let base = context(data)
        let corpus = try base.read(Products.corpus)
        let paper = Interview.document(id: "D01", language: "en", paragraphs: [[.text("text")]], source: "D01.xml")
        let context = StageContext(corpus: Corpus(study: corpus.study, interviews: (0..<corpus.interviews.count).map { corpus.interviews[$0] } + [paper]))
        var coding = try base.read(Products.codings)
        coding = CodingResult(codebook: coding.codebook, codings: (coding.codings.map { $0 } + [CodedSegment(interview: "D01", turn: 0, start: 0, end: 4, code: "zz", coder: "auto", text: "text")]).sorted(),
                              analysisCoders: ["auto"])
        try context.put(coding, for: Products.codings)
        let report = try run(context, ["permutations": .integer(0)])
        #expect(report["order"] as? [String] == ["I6", "I5", "I4", "I3", "I2", "I1"])
        #expect(throws: (any Error).self) { try run(context, ["order": .list(["I1", "I2", "I3", "I4", "I5", "I6", "D01"])]) }
        let ordered = try run(context, ["order": .list(["I1", "I2", "I3", "I4", "I5", "I6"]), "permutations": .integer(0)])
        #expect(ordered["order"] as? [String] == ["I1", "I2", "I3", "I4", "I5", "I6"])
    }

    @Test func reportsInformationPowerAndFugardPotts() throws {
        let power = InformationPower(aim: "narrow", specificity: "dense", theory: "applied", dialogue: "strong", analysis: "cross-case")
        let report = try run(context(data, informationPower: power), ["permutations": .integer(0)])
        let information = try #require(report["information_power"] as? [String: Any])
        #expect(information["dimensions_pointing_to_fewer_participants"] as? Int == 4)
        let fugard = try #require(report["fugard_potts"] as? [String: Any])
        let observed = try #require(fugard["observed"] as? [[String: Any]])
        let t1 = try #require(observed.first { $0["id"] as? String == "t1" })
        // a-codes appear in 5 of 6 interviews.
        #expect(t1["participants"] as? Int == 5)
        #expect(t1["sample_size"] as? Int == FugardPotts.sampleSize(prevalence: 5.0 / 6.0, instances: 3, power: 0.8))
    }

    @Test func drawsTheCurvesAsSVG() throws {
        let context = context(data)
        _ = try run(context, ["permutations": .integer(0)])
        let svg = String(decoding: try #require(context.artifacts["saturation.svg"]), as: UTF8.self)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 == 3)
    }

    /// The orders are shuffled on threads and composed; the distribution must be the one of shuffling one array in
    /// place, order after order, on any number of threads.
    @Test func permutationOrdersAreThoseOfShufflingOneArrayInPlace() throws {
        var random = SplitMix64(seed: 3)
        let interviews = 90
        // Later interviews bring fewer new codes, so orders saturate at different points.
        let codes: [[String]] = (0..<interviews).map { index in
            (0..<Int(random.next() % 6)).map { _ in "c\(random.next() % UInt64(5 + index / 3))" }
        }
        let data = Incidence(interviews: (0..<interviews).map { "I\($0)" }, codes: codes)
        let settings = SaturationSettings(order: [], guestBase: 4, guestRun: 2, guestThreshold: 0.05, francisInitial: 10, francisStop: 3,
                                          permutations: 301, seed: 20_231, moreInterviews: 10, instances: 1, power: 0.8)
        // The reference: one array shuffled in place, as the generator gives the shuffles.
        var generator = SplitMix64(seed: settings.seed)
        var order = Array(0..<interviews)
        var number: [String: Int] = [:]
        let numbered = data.codes.map { list in list.map { code in number[code] ?? { number[code] = number.count; return number.count - 1 }() } }
        var expected: [String: Int] = [:]
        for _ in 0..<settings.permutations {
            generator.shuffle(&order)
            let point = GuestSaturation.saturationPoint(codes: numbered, codeCount: number.count, order: order, base: 4, run: 2, threshold: 0.05)
            expected[point.map(String.init) ?? "not reached", default: 0] += 1
        }
        #expect(expected.count > 3, "the orders saturate at different points (\(expected))")
        for jobs in [1, 2, 5] {
            var threaded = settings
            threaded.jobs = jobs
            let found = try #require(SaturationReport.permutations(data, settings: threaded))
            #expect(found.distribution == expected, "jobs \(jobs)")
            #expect(found.count == 301)
        }
    }

    @Test func aLargeStudysChartLabelsAFewInterviewsAndDrawsTheSameCurveThroughItsCorners() {
        #expect(SaturationChart.labelled(interviews: 40) == Array(0..<40))
        for count in [101, 250, 2_000, 20_000] {
            let labelled = SaturationChart.labelled(interviews: count)
            #expect(labelled.first == 0 && labelled.last == count - 1)
            #expect((10...12).contains(labelled.count), "\(count) interviews: \(labelled.count) labels")
            #expect(zip(labelled, labelled.dropFirst()).allSatisfy { $0 < $1 })
        }
        // A curve that rises, stays flat a long time, rises once more and stays flat.
        let heights = [0, 3, 5, 5, 5, 5, 6, 6, 6, 9] + Array(repeating: 9, count: 500)
        let points = heights.enumerated().map { (x: Double($0.offset), y: Double($0.element)) }
        let corners = SaturationChart.corners(points)
        #expect(corners.count < 12)
        #expect(corners.first! == points.first! && corners.last! == points.last!)
        // Every point dropped lies on the flat segment between the corners around it.
        for point in points {
            let before = corners.last { $0.x <= point.x }!, after = corners.first { $0.x >= point.x }!
            #expect(before.x == point.x || after.x == point.x || (before.y == point.y && after.y == point.y))
        }
    }
}
