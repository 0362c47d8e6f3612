import Foundation
import Testing
import ThematicCore
import ThematicTestSupport
@testable import ReportStage

@Suite("Report stage and COREQ")
struct ReportStageTests {
    func run(study: Study, artifacts: [String: String] = [:], plan: [StageDescriptor] = []) throws -> StageContext {
        var set = ArtifactSet()
        for (path, text) in artifacts { try set.addText(path, text, by: "earlier") }
        let context = StageContext(corpus: Corpus(study: study, interviews: []), artifacts: set)
        context.plan = plan + [Report.descriptor]
        try Report(options: StageOptions([:], specs: Report.descriptor.options)).run(in: context)
        return context
    }

    func text(_ context: StageContext, _ path: String) -> String {
        String(decoding: context.artifacts[path] ?? Data(), as: UTF8.self)
    }

    @Test func bareStudyListsWhatIsMissing() throws {
        let context = try run(study: Study(id: "s", title: "A <bare> study", participants: [Participant(id: "P1")]))
        let markdown = text(context, "coreq.md")
        // Reported: 12 (from the participants), 27 (manifest), 30 (report). Everything else is missing.
        #expect(markdown.contains("3 of 32 items reported."))
        #expect(markdown.contains("- 1. Interviewer/facilitator: Which author(s) conducted the interviews"))
        let html = text(context, "report.html")
        #expect(html.contains("<title>A &lt;bare&gt; study</title>"))
        #expect(html.contains("id=\"coreq\"") && html.contains("class=\"missing\""))
        #expect(!html.contains("<script") && !html.contains("src=\"http"))
    }

    @Test func stagesInThePipelineReportTheirItems() {
        let themes = StageDescriptor(id: "themes", version: "1", summary: "", coreq: [29: "themes.json", 31: "themes.json"])
        let entries = COREQ.assess(study: Study(id: "s", title: "t", participants: []), stages: [themes], facts: [29: "6 quotes"])
        #expect(entries.count == 32)
        #expect(entries[28].reported && entries[28].value == "6 quotes" && entries[28].source == "themes.json (stage 'themes')")
        #expect(entries[26].reported) // software: every pipeline run records its tool in manifest.json
        #expect(!entries[31].reported)
        #expect(COREQ.assess(study: Study(id: "s", title: "t", participants: [])).filter(\.reported).isEmpty)
    }

    @Test func bundledStudyFileAnswersTheFirstTwentyEightItems() throws {
        let entries = COREQ.assess(study: try TestSupport.bundledCorpus().study)
        #expect(entries.prefix(28).allSatisfy { $0.reported })
    }

    @Test func rendersThemesWithEscapedQuotes() throws {
        let themes = """
            {"note": "n", "participants_interviewed": 1, "coders": ["auto"], "cooccurrence": [], "nodes": [
              {"id": "t", "name": "Theme & more", "level": "theme", "description": "", "children": ["s"], "segments": 1,
               "interviews": ["P1"], "participants": ["P1"], "coverage": "1 of 1", "coverage_by_attribute": {}, "quotes": []},
              {"id": "s", "name": "Sub", "level": "sub-theme", "parent": "t", "description": "", "children": [], "segments": 1,
               "interviews": ["P1"], "participants": ["P1"], "coverage": "1 of 1", "coverage_by_attribute": {},
               "quotes": [{"interview": "P1", "participant": "P1", "turn": 0, "start": 0, "end": 9, "text": "a <b> & c",
                           "citation": "(Participant 1)", "words": 4, "specificity": 1}]}]}
            """
        let context = try run(study: Study(id: "s", title: "t", participants: [Participant(id: "P1", label: "Participant 1")]),
                              artifacts: ["themes.json": themes, "thematic-map.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n"])
        let html = text(context, "report.html")
        #expect(html.contains("<h3>Theme &amp; more</h3>"))
        #expect(html.contains("“a &lt;b&gt; &amp; c”</p><cite>(Participant 1)</cite>"))
        #expect(html.contains("id=\"map\"") && html.contains("id=\"cooccurrence\""))
        #expect(!html.contains("id=\"saturation\""))
    }
}
