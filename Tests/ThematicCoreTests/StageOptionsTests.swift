import Foundation
import Testing
import ThematicTestSupport
@testable import ThematicCore

@Suite("Stage options")
struct StageOptionsTests {
    enum Unit: String, OptionChoice { case turn, sentence }
    static let base = StageOption<Int>("base", default: 4, in: 1...50, help: "base size")
    static let threshold = StageOption<Double>("threshold", default: 0.05, in: 0...1, help: "threshold")
    static let unit = StageOption<Unit>("unit", default: .turn, help: "unit")
    static let codebook = StageOption<String>("codebook", default: nil, help: "required")
    let specs = [base.spec, threshold.spec, unit.spec, codebook.spec]

    @Test func fillsDefaultsAndWidensIntegersToNumbers() throws {
        let options = try StageOptions(validating: ["codebook": .string("c.yaml"), "threshold": .integer(0)], against: specs, stage: "s")
        #expect(options[Self.base] == 4)
        #expect(options[Self.threshold] == 0)
        #expect(options[Self.unit] == .turn)
        #expect(options[Self.codebook] == "c.yaml")
        #expect(Self.unit.spec.kind == .choice(["turn", "sentence"]))
    }

    @Test func misspeltOptionGetsTheNearestName() {
        do {
            _ = try StageOptions(validating: ["threshhold": .number(0.1), "codebook": .string("c")], against: specs, stage: "saturation")
            Issue.record("accepted a misspelt option")
        } catch {
            #expect(TestSupport.message(of: error).contains("unknown option 'threshhold' (did you mean 'threshold'? valid options: base, codebook, threshold, unit)"))
        }
        #expect(StageOptions.nearest(to: "zzzzzz", in: ["base", "unit"]) == nil)
    }

    @Test func reportsEveryProblemAtOnce() {
        do {
            _ = try StageOptions(validating: ["bsae": .integer(3), "unit": .string("word"), "base": .integer(99)], against: specs, stage: "saturation", file: "p.yaml")
            Issue.record("accepted bad options")
        } catch {
            let message = TestSupport.message(of: error)
            #expect(message.contains("unknown option 'bsae' (did you mean 'base'? valid options: base, codebook, threshold, unit)"))
            #expect(message.contains("option 'unit' must be one of turn, sentence, got 'word'"))
            #expect(message.contains("option 'base' must be integer 1…50, got '99'"))
            #expect(message.contains("option 'codebook' is required"))
        }
    }
}

@Suite("Artifacts and canonical output")
struct ArtifactTests {
    @Test(arguments: ["/etc/passwd", "../x", "a/../b", "a//b", "", "./a"])
    func rejectsPathsOutsideTheFolder(path: String) {
        var set = ArtifactSet()
        #expect(throws: Diagnostic.self) { try set.add(path, Data(), by: "s") }
    }

    @Test func twoStagesCannotWriteTheSameFile() throws {
        var set = ArtifactSet()
        try set.addText("a/b.txt", "x\r\ny", by: "one")
        #expect(set["a/b.txt"] == Data("x\ny".utf8))
        #expect(throws: Diagnostic.self) { try set.addText("a/b.txt", "z", by: "two") }
    }

    @Test func canonicalJSONSortsKeysAndEndsWithNewline() throws {
        let data = try CanonicalJSON.encode(["b": 1, "a": 2, "c/d": 3])
        #expect(String(decoding: data, as: UTF8.self) == "{\n  \"a\" : 2,\n  \"b\" : 1,\n  \"c/d\" : 3\n}\n")
    }

    @Test func csvQuotesOnlyWhatNeedsIt() {
        var csv = CSVWriter(header: ["a", "b"])
        csv.append(["plain", "with, comma"])
        csv.append(["say \"hi\"", "line\nbreak"])
        #expect(csv.text == "a,b\nplain,\"with, comma\"\n\"say \"\"hi\"\"\",\"line\nbreak\"\n")
    }

    @Test func roundingAndNumberFormatting() {
        #expect(rounded(0.1 + 0.2) == 0.3)
        #expect(formatNumber(52) == "52")
        #expect(formatNumber(0.5) == "0.5000")
    }

    @Test func diagnosticsFormatLikeCompilers() {
        #expect(Diagnostic(file: "a.xml", line: 3, column: 7, "bad").description == "a.xml:3:7: bad")
        #expect(Diagnostic(file: "a.xml", "bad").description == "a.xml: bad")
        #expect(Diagnostic("bad").description == "bad")
    }

    @Test func spokenTextLeavesOutEvents() {
        let nodes: [InlineNode] = [.text("a "), .element(InlineElement(name: "event", children: [.text("laughs")])), .text(" b"),
                                   .element(InlineElement(name: "anon", children: [.text("[person 1]")]))]
        #expect(nodes.spokenText == "a  b[person 1]")
        #expect(nodes.allText == "a laughs b[person 1]")
    }
}
