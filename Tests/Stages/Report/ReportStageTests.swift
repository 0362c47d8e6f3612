import Foundation
import Testing
import ThematicCore
import ThematicModel
import ThematicTestSupport
@testable import ReportStage

@Suite("Report stage and COREQ")
struct ReportStageTests {
    func run(study: Study, themes: ThemeCoverage? = nil, descriptives: DescriptivesSummary? = nil, plan: [StageDescriptor] = [],
             jobs: Int = 1) throws -> StageContext {
        let context = StageContext(corpus: Corpus(study: study, interviews: []), jobs: jobs)
        if let themes { try context.put(themes, for: Products.themes) }
        if let descriptives { try context.put(descriptives, for: Products.descriptives) }
        context.plan = plan + [StudyReport.descriptor]
        try StudyReport(options: StageOptions([:], specs: StudyReport.descriptor.options)).run(in: context)
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

    /// Documents of an imported project (papers, field notes) are coded too, and the report says so: they are not
    /// counted as interviews, and no participant was interviewed in them.
    @Test func theReportSaysDocumentsWereCoded() throws {
        let interview = Interview(id: "P1", participant: "P1", language: "en", turns: [Turn(index: 0, speaker: "P1", content: [.text("Yes.")])], source: "P1.xml")
        let paper = Interview.document(id: "D01", language: "en", paragraphs: [[.text("Abstract: alarms.")]], source: "D01.xml")
        let context = StageContext(corpus: Corpus(study: Study(id: "s", title: "t", participants: [Participant(id: "P1")]), interviews: [interview, paper]))
        context.plan = [StudyReport.descriptor]
        try StudyReport(options: StageOptions([:], specs: StudyReport.descriptor.options)).run(in: context)
        let html = text(context, "report.html")
        #expect(html.contains("<p>1 participants; 1 interviews.</p>"), "\(html)")
        #expect(html.contains("<p>Also coded: 1 document that is not an interview (D01); documents count toward no participant.</p>"))
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
        let quote = ThemeCoverage.Quote(text: "a <b> & c", citation: "(Participant 1)")
        let themes = ThemeCoverage(note: "n", participantsInterviewed: 1, nodes: [
            ThemeCoverage.Node(id: "t", name: "Theme & more", level: .theme, description: "", children: ["s"], segments: 1, participants: ["P1"],
                               coverageByAttribute: [:], quotes: []),
            ThemeCoverage.Node(id: "s", name: "Sub", level: .subtheme, description: "", children: [], segments: 1, participants: ["P1"],
                               coverageByAttribute: [:], quotes: [quote]),
        ], cooccurrence: [], map: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n")
        let context = try run(study: Study(id: "s", title: "t", participants: [Participant(id: "P1", label: "Participant 1")]), themes: themes)
        let html = text(context, "report.html")
        #expect(html.contains("<h3>Theme &amp; more</h3>"))
        #expect(html.contains("“a &lt;b&gt; &amp; c”</p><cite>(Participant 1)</cite>"))
        #expect(html.contains("id=\"map\"") && html.contains("id=\"cooccurrence\""))
        #expect(!html.contains("id=\"saturation\""))
    }

    /// A large study's tables (every participant, every interview) are made in blocks on the threads: the same page
    /// as on one thread, every row once and in order, names looked up by id.
    @Test func longTablesMadeOnThreadsGiveThePageOfOneThread() throws {
        let participants = (0..<700).map { Participant(id: String(format: "P%04d", $0), label: "Person <\($0)>", attributes: ["role": $0 % 2 == 0 ? "nurse" : "doctor\r\nlead"]) }
        let interviews = (0..<1300).map { (index: Int) -> DescriptivesSummary.Interview in
            let minutes: Double? = index % 5 == 0 ? nil : Double(index % 90)
            return DescriptivesSummary.Interview(id: String(format: "I%05d", index), participant: String(format: "P%04d", index % 701),
                                                 date: "2024-0\(1 + index % 9)", durationMinutes: minutes, words: index * 3,
                                                 participantShare: 0.5, wordsPerMinute: nil)
        }
        let summary = DescriptivesSummary(interviewCount: interviews.count, words: 99, participantShare: 0.5, interviews: interviews)
        let study = Study(id: "s", title: "t", participants: participants)
        let one = text(try run(study: study, descriptives: summary, jobs: 1), "report.html")
        for jobs in [2, 3] { #expect(text(try run(study: study, descriptives: summary, jobs: jobs), "report.html") == one, "jobs \(jobs)") }
        let rows = one.components(separatedBy: "\n").filter { $0.hasPrefix("<tr><td>I") }
        #expect(rows.count == 1300)
        #expect(rows.first?.hasPrefix("<tr><td>I00000</td><td>Person &lt;0&gt;</td>") == true)
        // An interview whose participant the study does not list shows the id.
        #expect(rows[700].hasPrefix("<tr><td>I00700</td><td>P0700</td>"))
        #expect(one.components(separatedBy: "\n").filter { $0.hasPrefix("<tr><th scope=\"row\">Person") }.count == 700)
        #expect(!one.contains("\r"))
    }
}
