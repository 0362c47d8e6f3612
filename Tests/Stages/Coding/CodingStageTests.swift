import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import CodingStage

@Suite("Coding stage")
struct CodingStageTests {
    func run(_ options: [String: OptionValue], corpus: Corpus, base: URL, jobs: Int = 1) throws -> StageContext {
        let context = StageContext(corpus: corpus, jobs: jobs, baseDirectory: base.path)
        try CodebookCoding(options: StageOptions(options, specs: CodebookCoding.descriptor.options)).run(in: context)
        return context
    }

    func json(_ context: StageContext, _ name: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: context.artifacts[name] ?? Data()) as? [String: Any] ?? [:]
    }

    /// The reference study's coding tree: the participants it quotes for each sub-theme.
    static let referenceSubthemes: [String: Set<String>] = [
        "motivator": ["P01", "P02", "P03"], "bridge-builder": ["P03", "P05"], "supervisor": ["P04", "P06"],
        "advocate": ["P03", "P04"], "problem-solver": ["P07"], "peer-supporter": ["P04", "P08"],
    ]

    @Test func bundledStudyRecoversTheReferenceCodingTree() throws {
        let context = try run([:], corpus: try TestSupport.bundledCorpus(), base: TestSupport.bundledStudy)
        let result = try context.read(Products.codings)
        #expect(result.codebook.entries(at: .theme).count == 3)
        #expect(result.codebook.entries(at: .subtheme).count == 6)
        var covered: [String: Set<String>] = [:]
        for coding in result.analysed {
            if let subtheme = result.codebook.ancestor(of: coding.code, at: .subtheme) { covered[subtheme.id, default: []].insert(coding.interview) }
        }
        for (subtheme, participants) in Self.referenceSubthemes {
            #expect(participants.isSubset(of: covered[subtheme] ?? []), "\(subtheme): \(covered[subtheme] ?? [])")
        }
        #expect(context.extraInputs["codebook.yaml"]?.count == 64)
    }

    @Test func artifactsDoNotDependOnThreads() throws {
        let corpus = try TestSupport.bundledCorpus()
        let one = try run([:], corpus: corpus, base: TestSupport.bundledStudy, jobs: 1)
        let three = try run([:], corpus: corpus, base: TestSupport.bundledStudy, jobs: 3)
        for path in CodebookCoding.descriptor.artifacts.map(\.pattern) {
            #expect(one.artifacts[path] != nil && one.artifacts[path] == three.artifacts[path], "\(path)")
        }
    }

    func humanCodingStudy() throws -> (URL, Corpus) {
        let folder = try TestSupport.temporaryDirectory()
        try TestSupport.write("""
            themes: [{id: t, name: T}]
            sub-themes: [{id: s, parent: t}]
            codes:
              - {id: sup, parent: s, rules: [supervis*]}
              - {id: mot, parent: s, rules: [motivat*]}
            """, to: "codebook.yaml", in: folder)
        let study = Study(id: "s", title: "t", team: ResearchTeam(interviewers: [Researcher(id: "I1")]),
                          participants: [Participant(id: "P1", attributes: ["profession": "nurse"]), Participant(id: "P2", attributes: ["profession": "physiotherapist"])])
        let interviews = ["P1", "P2"].map { id in
            Interview(id: id, participant: id, language: "en", turns: [
                Turn(index: 0, speaker: "I1", content: [.text("Tell me about the role.")]),
                Turn(index: 1, speaker: id, content: [.text("I supervise the night shift. Motivation matters too.")]),
            ], source: "\(id).xml")
        }
        return (folder, Corpus(study: study, interviews: interviews))
    }

    @Test func importsHumanCodingAndMeasuresAgreement() throws {
        let (folder, corpus) = try humanCodingStudy()
        try TestSupport.write("interview,turn,start,end,code,coder\nP1,1,0,28,sup,anna\nP2,1,0,28,sup,anna\nP2,1,29,52,sup,anna\n", to: "anna.csv", in: folder)
        let context = try run(["import": .list(["anna.csv"])], corpus: corpus, base: folder)
        let agreement = try json(context, "agreement.json")
        #expect(agreement["coders"] as? [String] == ["anna", "auto"])
        let units = try #require(agreement["segment_units"] as? [[String: Any]])
        let sup = try #require(units.first { $0["code"] as? String == "sup" })
        // Three sentences per interview (the question and two answer sentences), six units in all;
        // anna and auto differ only on P2's second sentence.
        #expect(sup["units"] as? Int == 6)
        #expect((sup["percent_agreement"] as? Double).map { abs($0 - 5.0 / 6.0) < 1e-6 } == true)
        let frequencies = String(decoding: try #require(context.artifacts["code-frequencies.csv"]), as: UTF8.self)
        #expect(frequencies.contains("sup,attribute:profession,nurse,"))
        #expect(context.extraInputs["anna.csv"] != nil)
    }

    /// The same table named twice (under two spellings, or a copy) is one coder's codings once: it doubled them
    /// (and one inline mark anywhere halved them again, the inline merge taking a set).
    @Test func aCodingTableNamedTwiceCountsOnce() throws {
        let (folder, corpus) = try humanCodingStudy()
        try TestSupport.write("interview,turn,start,end,code,coder\nP1,1,0,28,sup,anna\nP2,1,0,28,sup,anna\n", to: "anna.csv", in: folder)
        try TestSupport.write("interview,turn,start,end,code,coder\nP1,1,0,28,sup,anna\nP2,1,0,28,sup,anna\n", to: "copy.csv", in: folder)
        let once = try run(["import": .list(["anna.csv"])], corpus: corpus, base: folder)
        let twice = try run(["import": .list(["anna.csv", "./anna.csv", "copy.csv"])], corpus: corpus, base: folder)
        #expect(try twice.read(Products.codings).codings.countsByCoder["anna"] == 2)
        #expect(once.artifacts["codings.json"] == twice.artifacts["codings.json"])
        #expect(once.artifacts["agreement.json"] == twice.artifacts["agreement.json"])
    }

    @Test func unknownCodeInImportNamesFileAndLine() throws {
        let (folder, corpus) = try humanCodingStudy()
        try TestSupport.write("interview,turn,start,end,code,coder\nP1,1,0,28,sup,anna\nP1,1,0,28,nonsense,anna\n", to: "anna.csv", in: folder)
        #expect(throws: (any Error).self) { try run(["import": .list(["anna.csv"])], corpus: corpus, base: folder) }
        do { _ = try run(["import": .list(["anna.csv"])], corpus: corpus, base: folder) } catch {
            #expect(TestSupport.message(of: error).contains("anna.csv:3"))
            #expect(TestSupport.message(of: error).contains("unknown code 'nonsense'"))
        }
    }

    @Test func analysisCodersMustHaveCodings() throws {
        let (folder, corpus) = try humanCodingStudy()
        #expect(throws: (any Error).self) { try run(["analysis-coders": .list(["zoe"])], corpus: corpus, base: folder) }
    }

    @Test func missingCodebookIsAClearError() throws {
        let (folder, corpus) = try humanCodingStudy()
        do {
            _ = try run(["codebook": .string("nope.yaml")], corpus: corpus, base: folder)
            Issue.record("expected an error")
        } catch {
            #expect(TestSupport.message(of: error).contains("nope.yaml"))
        }
    }
}
