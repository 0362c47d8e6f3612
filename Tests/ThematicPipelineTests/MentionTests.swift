import AnonymizationStage
import CodingStage
import DescriptivesStage
import Foundation
import KeywordsInContextStage
import RefiQDAStage
import ReportStage
import SaturationStage
import Testing
import ThematicCore
import ThematicTestSupport
import ThemesStage
@testable import ThematicPipeline

/// The red team's reproductions (../shared/redteam-2026-12/03, 09, 10, 11, 12, 15) as tests of ours: one notion of a
/// mention for the anonymizer and the leak gate, so a name is replaced in every form the gate would see, and the gate
/// refuses only what was really left — never Thematic's own words.
@Suite("Mentions: anonymizer and leak gate agree")
struct MentionTests {
    static let registry = StageRegistry([Anonymization.self, Descriptives.self, KeywordsInContext.self, CodebookCoding.self, SaturationAssessment.self,
                                         ThemeAggregation.self, StudyReport.self, RefiQDAExport.self])

    /// Writes a study (identifiers as YAML lines under `identifiers:`), its transcripts (id → turns of the participant
    /// after a question each) and a pipeline, runs it and returns the output folder, or the error.
    static func run(identifiers: String, transcripts: [String: [String]], title: String = "t", setting: String? = nil,
                    stages: String = "[anonymization, descriptives, report]") throws -> Result<URL, any Error> {
        let root = try TestSupport.temporaryDirectory("mentions")
        let ids = transcripts.keys.sorted()
        var study = "id: g\ntitle: \"\(title)\"\nteam:\n  interviewers: [{id: I1}]\nparticipants:\n"
        for id in ids { study += "  - {id: \(id), profession: nurse}\n" }
        study += "identifiers:\n" + identifiers
        try TestSupport.write(study, to: "study.yaml", in: root)
        for id in ids {
            let turns = transcripts[id]!.map { "<turn speaker=\"I1\">How did you start?</turn><turn speaker=\"\(id)\">\($0)</turn>" }.joined()
            let meta = setting.map { "<meta><setting>\($0)</setting></meta>" } ?? ""
            try TestSupport.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <interview xmlns="urn:thematic:interview:1" id="\(id)" participant="\(id)" language="en">\(meta)<body>\(turns)</body></interview>

                """, to: "transcripts/\(id).xml", in: root)
        }
        try TestSupport.write("study: study.yaml\ntranscripts: [transcripts/*.xml]\nstages: \(stages)\noutput: out\n", to: "pipeline.yaml", in: root)
        return Result {
            _ = try PipelineRunner(registry: registry).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path)
            return root.appendingPathComponent("out")
        }
    }

    /// Every published file's text, by path.
    static func published(_ out: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: out.path) {
            var folder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path, isDirectory: &folder), !folder.boolValue,
                  let data = FileManager.default.contents(atPath: out.appendingPathComponent(path).path) else { continue }
            files[path] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    /// 03: speaker names come as full names; the first name or surname alone, in any case, with a genitive, in a
    /// hyphen compound or at the start of the setting is replaced, never published.
    @Test func partsOfListedNamesAreReplacedInEveryForm() throws {
        let out = try Self.run(identifiers: "  person: [Ingvild Aasen, Torgeir Brattvoll]\n", transcripts: ["P01": [
            "Ingvild's question is a good one. My manager asked me.",
            "Torgeir's the one who knows computers, they said. Aasen-style questions, ha.",
            "brattvoll family dinners got long. ingvild you know that.",
        ]], setting: "Brattvoll's kitchen").get()
        for (path, text) in try Self.published(out) {
            for name in ["ingvild", "torgeir", "aasen", "brattvoll"] {
                #expect(!text.lowercased().contains(name), "\(name) published in \(path)")
            }
        }
        let p01 = try String(contentsOf: out.appendingPathComponent("anonymized/P01.xml"), encoding: .utf8)
        #expect(p01.contains("ref=\"person-1\">[person 1]</anon> question") && p01.contains("ref=\"person-1\">[person 1]</anon>-style"),
                "a part is labelled as its full name: \(p01)")
    }

    /// 09: a listed identifier with a comma is matched with its comma: the anonymizer replaces it in a transcript,
    /// the gate refuses it in the study's title.
    @Test func identifiersWithACommaAreReplacedAndGuarded() throws {
        let identifiers = "  address: [\"Storgata 14, 7600 Levanger\"]\n  workplace: [\"Lyngtun sykehjem, avdeling 2\"]\n"
        let transcripts = ["P01": ["My manager asked me to do it. I work at lyngtun sykehjem, avdeling 2 now, near storgata 14, 7600 levanger."]]
        let out = try Self.run(identifiers: identifiers, transcripts: transcripts).get()
        for (path, text) in try Self.published(out) {
            #expect(!text.lowercased().contains("lyngtun") && !text.lowercased().contains("storgata"), "published in \(path)")
        }
        let refused = try Self.run(identifiers: identifiers, transcripts: transcripts, title: "Storgata 14, 7600 Levanger study")
        guard case .failure(let error) = refused else {
            Issue.record("a title holding a listed address was published")
            return
        }
        let message = TestSupport.message(of: error)
        #expect(message.contains("leak gate") && message.contains("report.html") && message.contains("(address-1)") && !message.contains("Storgata"),
                "\(message)")
    }

    /// 10: names inside hyphen compounds ("nordmann-familien", "strandvik-området") are replaced.
    @Test func namesInsideHyphenCompoundsAreReplaced() throws {
        let out = try Self.run(identifiers: "  person: [Nordmann]\n  place: [Strandvik]\n", transcripts: ["P01": [
            "My manager asked me to do it. the nordmann-familien helped, and we drove to strandvik-området.",
        ]]).get()
        let p01 = try String(contentsOf: out.appendingPathComponent("anonymized/P01.xml"), encoding: .utf8)
        #expect(!p01.lowercased().contains("nordmann") && !p01.lowercased().contains("strandvik"), "\(p01)")
        #expect(p01.contains("</anon>-familien") && p01.contains("</anon>-området"), "the rest of the compound stays: \(p01)")
    }

    /// 11: a name found in one transcript (NFC) is replaced in another written in NFD, and the run publishes.
    @Test func aFoundNameIsReplacedInNFDToo() throws {
        let out = try Self.run(identifiers: "  person: []\n", transcripts: [
            "P01": ["My colleague Åse Lien helped with the training."],
            "P02": ["Then Åse Lien took over the evening shift.".decomposedStringWithCanonicalMapping],
        ]).get()
        let p02 = try String(contentsOf: out.appendingPathComponent("anonymized/P02.xml"), encoding: .utf8)
        #expect(!p02.contains("Lien") && p02.contains("ref=\"person-1\""), "\(p02)")
    }

    /// 15: full-width digits and a Punycode e-mail domain are replaced like their ASCII forms.
    @Test func fullWidthNumbersAndPunycodeEmailsAreReplaced() throws {
        let out = try Self.run(identifiers: "  person: []\n", transcripts: ["P01": [
            "Ring meg på ９１５ ２２ ３３３ eller +４７ ９１５２２３３３, fnr ０３０８９１１００７５, or mail kare@xn--blerskogen-f8a.no.",
        ]]).get()
        let p01 = try String(contentsOf: out.appendingPathComponent("anonymized/P01.xml"), encoding: .utf8)
        for survivor in ["９１５", "０３０８９１", "xn--", "kare@"] { #expect(!p01.contains(survivor), "\(survivor) published: \(p01)") }
        #expect(p01.contains("ref=\"national-id-1\"") && p01.contains("ref=\"email-1\"") && p01.contains("ref=\"phone-1\""), "\(p01)")
    }

    /// 12: participants and interviewers called Per, Else, Line, Max, Francis, Bo and Liv: the bundled study runs end to
    /// end with every stage (Thematic's own "words_per_minute", "anyone else", `<line>`, "Francis 2010" are nobody's
    /// name), the names are replaced where they are names and the words left where they are words.
    @Test func commonFirstNamesDoNotStopAStudy() throws {
        let root = try TestSupport.temporaryDirectory("common-names")
        for item in ["study.yaml", "codebook.yaml", "coding", "transcripts"] {
            try FileManager.default.copyItem(at: TestSupport.bundledStudy.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        let names = ["Per", "Else", "Line", "Max", "Francis", "Bo", "Liv"]
        var study = try String(contentsOf: root.appendingPathComponent("study.yaml"), encoding: .utf8)
        study = study.replacingOccurrences(of: "  person: [", with: "  person: [\(names.joined(separator: ", ")), ")
        try TestSupport.write(study, to: "study.yaml", in: root)
        // One transcript says the names as names and as words.
        let p = root.appendingPathComponent("transcripts").appendingPathComponent(try #require(
            FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("transcripts").path).sorted().first))
        var xml = try String(contentsOf: p, encoding: .utf8)
        let said = "Per said we train twice per week, and I asked Else whether anyone else could. My colleague Line drew the line; "
            + "Max told me max two hours. Francis agreed, and Bo and Liv too."
        xml = xml.replacingOccurrences(of: "</body>", with: "<turn speaker=\"I1\">\(said)</turn></body>")
        try TestSupport.write(xml, to: "transcripts/\(p.lastPathComponent)", in: root)
        var pipeline = try String(contentsOf: TestSupport.bundledStudy.appendingPathComponent("pipeline.yaml"), encoding: .utf8)
        pipeline = pipeline.replacingOccurrences(of: "output: ../../out", with: "output: out")
        try TestSupport.write(pipeline, to: "pipeline.yaml", in: root)
        _ = try PipelineRunner(registry: Self.registry, jobs: 2).run(pipelinePath: root.appendingPathComponent("pipeline.yaml").path)
        let published = try Self.published(root.appendingPathComponent("out"))
        let turn = try #require(published.filter { $0.key.hasPrefix("anonymized/") }.values.first { $0.contains("we train twice per week") }).split(separator: "\n").first { $0.contains("twice per week") }
        let text = String(try #require(turn))
        for name in names { #expect(!text.contains(name), "\(name) published as a name: \(text)") }
        for word in ["per week", "anyone else", "drew the line", "max two hours"] { #expect(text.contains(word), "'\(word)' was replaced: \(text)") }
    }
}
