import Foundation
import Testing
import ThematicCoding
import ThematicCore
import ThematicTestSupport
@testable import ThemesStage

@Suite("Themes stage")
struct ThemesStageTests {
    func codebook() -> Codebook {
        Codebook(entries: [
            .init(id: "t1", name: "Theme one", level: .theme), .init(id: "t2", name: "Theme two", level: .theme),
            .init(id: "s1", name: "Sub one", level: .subtheme, parent: "t1"), .init(id: "s2", name: "Sub two", level: .subtheme, parent: "t2"),
            .init(id: "a", name: "A", level: .code, parent: "s1"), .init(id: "b", name: "B", level: .code, parent: "s2"),
        ])
    }

    let long = "This is a sentence that is long enough to be quoted as an exemplar"

    func context(_ codings: [CodedSegment]) -> StageContext {
        let study = Study(id: "s", title: "t", participants: [
            Participant(id: "P1", label: "Participant 1", attributes: ["profession": "nurse", "technology": "EHR"]),
            Participant(id: "P2", label: "Participant 2", attributes: ["profession": "physiotherapist", "technology": "GPS"]),
            Participant(id: "P3", label: "Participant 3", attributes: ["profession": "nurse", "technology": "GPS"]),
        ])
        let interviews = ["P1", "P2", "P3"].map { Interview(id: $0, participant: $0, language: "en", turns: [], source: "\($0).xml") }
        let context = StageContext(corpus: Corpus(study: study, interviews: interviews))
        try! context.put(CodingResult(codebook: codebook(), codings: codings, analysisCoders: ["auto"]), for: Products.codings)
        return context
    }

    func coding(_ interview: String, _ turn: Int, _ code: String, start: Int = 0, text: String? = nil) -> CodedSegment {
        let body = text ?? long
        return CodedSegment(interview: interview, turn: turn, start: start, end: start + body.unicodeScalars.count, code: code, coder: "auto", text: body)
    }

    func report(_ context: StageContext, _ options: [String: OptionValue] = [:]) throws -> [String: Any] {
        try ThemeAggregation(options: StageOptions(options, specs: ThemeAggregation.descriptor.options)).run(in: context)
        return try JSONSerialization.jsonObject(with: context.artifacts["themes.json"] ?? Data()) as? [String: Any] ?? [:]
    }

    func node(_ report: [String: Any], _ id: String) -> [String: Any] {
        (report["nodes"] as? [[String: Any]] ?? []).first { $0["id"] as? String == id } ?? [:]
    }

    @Test func rollsCodingsUpWithCoverageByAttribute() throws {
        let result = try report(context([coding("P1", 1, "a"), coding("P1", 3, "a"), coding("P3", 1, "a"), coding("P2", 1, "b")]))
        let theme = node(result, "t1")
        #expect(theme["participants"] as? [String] == ["P1", "P3"])
        #expect(theme["coverage"] as? String == "2 of 3")
        #expect(theme["segments"] as? Int == 3)
        let byProfession = (theme["coverage_by_attribute"] as? [String: [String: [String: Int]]])?["profession"]
        #expect(byProfession?["nurse"] == ["participants": 2, "of": 2])
        #expect(byProfession?["physiotherapist"] == ["participants": 0, "of": 1])
    }

    /// A document's codings are segments of the theme, but a document is no participant: coverage counts the
    /// participants interviewed, and a quote from a paper is no participant's.
    @Test func aDocumentsCodingsCountAsSegmentsNotAsParticipants() throws {
        let context = context([coding("P1", 1, "a"), coding("D01", 0, "a"), coding("D01", 1, "b")])
        var corpus = try context.read(Products.corpus)
        let paper = Interview.document(id: "D01", language: "en", paragraphs: [[.text(long)], [.text(long)]], source: "D01.xml")
        corpus = Corpus(study: corpus.study, interviews: (0..<corpus.interviews.count).map { corpus.interviews[$0] } + [paper])
        let withDocument = StageContext(corpus: corpus)
        try withDocument.put(try context.read(Products.codings), for: Products.codings)
        let result = try report(withDocument, ["quotes": .integer(3)])
        #expect(node(result, "t1")["segments"] as? Int == 2)
        #expect(node(result, "t1")["participants"] as? [String] == ["P1"])
        #expect(node(result, "t1")["coverage"] as? String == "1 of 3")
        #expect(node(result, "t2")["participants"] as? [String] == [])
        #expect(node(result, "t2")["coverage"] as? String == "0 of 3")
        // Quotes give participants' voices: none comes from the document.
        let quotes = (result["nodes"] as? [[String: Any]] ?? []).flatMap { $0["quotes"] as? [[String: Any]] ?? [] }
        #expect(quotes.map { $0["interview"] as? String } == [Optional("P1"), Optional("P1")], "\(quotes)")
    }

    @Test func quotesDistinctParticipantsFirstWithCitations() throws {
        let codings = [coding("P1", 1, "a"), coding("P1", 3, "a"), coding("P1", 5, "a"), coding("P3", 1, "a"),
                       coding("P1", 7, "a", text: "Too short."), coding("P3", 2, "a"), coding("P3", 2, "b")]
        let result = try report(context(codings), ["quotes": .integer(3), "cite": .list(["profession", "technology"])])
        let quotes = node(result, "s1")["quotes"] as? [[String: Any]] ?? []
        #expect(quotes.count == 3)
        // One quote from each participant before anyone is quoted twice; the segment that is also coded b (less
        // specific to s1) comes last.
        #expect(quotes.map { $0["participant"] as? String } == ["P1", "P3", "P1"])
        #expect(quotes.first?["citation"] as? String == "(Participant 1, nurse, EHR)")
        #expect(!quotes.contains { ($0["text"] as? String) == "Too short." })
        #expect(!quotes.contains { ($0["turn"] as? Int) == 2 && ($0["participant"] as? String) == "P3" })
    }

    @Test func countsCooccurrenceWithinSegmentsAndInterviews() throws {
        let context = context([coding("P1", 1, "a"), coding("P1", 1, "b"), coding("P2", 1, "a"), coding("P2", 4, "b"), coding("P3", 1, "a")])
        _ = try report(context)
        let csv = String(decoding: context.artifacts["cooccurrence.csv"] ?? Data(), as: UTF8.self)
        // Segments: P1/1 has both; P2/1 a; P2/4 b; P3/1 a → together 1, either 4. Interviews: P1, P2 both; P3 a → 2 of 3.
        #expect(csv.contains("theme,segment,t1,t2,1,4,0.2500\n"))
        #expect(csv.contains("theme,interview,t1,t2,2,3,0.6667\n"))
    }

    @Test func drawsTheMapAsSVGAndDOT() throws {
        let context = context([coding("P1", 1, "a")])
        _ = try report(context)
        let svg = String(decoding: context.artifacts["thematic-map.svg"] ?? Data(), as: UTF8.self)
        #expect(svg.hasPrefix("<svg") && svg.contains(">Theme one<") && svg.contains(">1/3<"))
        let dot = String(decoding: context.artifacts["thematic-map.dot"] ?? Data(), as: UTF8.self)
        #expect(dot.contains("\"t1\" -> \"s1\";") && dot.contains("\"s1\" -> \"a\";"))
    }

    @Test func unknownCitedAttributeIsAnError() throws {
        #expect(throws: (any Error).self) { try report(context([]), ["cite": .list(["shoe_size"])]) }
    }

    @Test func bundledStudyRecoversTheReferenceCodingTree() throws {
        // Reference: the participants the published study quotes for each sub-theme.
        let reference: [String: Set<String>] = [
            "motivator": ["P01", "P02", "P03"], "bridge-builder": ["P03", "P05"], "supervisor": ["P04", "P06"],
            "advocate": ["P03", "P04"], "problem-solver": ["P07"], "peer-supporter": ["P04", "P08"],
        ]
        let corpus = try TestSupport.bundledCorpus()
        let (book, _) = try CodebookLoader.load(path: TestSupport.bundledStudy.appendingPathComponent("codebook.yaml").path, displayName: "codebook.yaml")
        let codings = try Autocoder(codebook: book).code(corpus.interviews, jobs: 2)
        let context = StageContext(corpus: corpus)
        try context.put(CodingResult(codebook: book, codings: codings, analysisCoders: ["auto"]), for: Products.codings)
        let result = try report(context)
        let nodes = result["nodes"] as? [[String: Any]] ?? []
        #expect(nodes.filter { $0["level"] as? String == "theme" }.count == 3)
        #expect(nodes.filter { $0["level"] as? String == "sub-theme" }.count == 6)
        for (subtheme, participants) in reference {
            let covered = Set(node(result, subtheme)["participants"] as? [String] ?? [])
            #expect(participants.isSubset(of: covered), "\(subtheme): \(covered.sorted())")
            #expect(!(node(result, subtheme)["quotes"] as? [Any] ?? []).isEmpty)
        }
    }
}
