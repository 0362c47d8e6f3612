import Foundation
import Testing
import ThematicCore
@testable import KeywordsInContextStage

@Suite("Keywords in context")
struct KeywordsInContextTests {
    func run(_ options: [String: OptionValue], turns: [(String, String)]) throws -> StageContext {
        let study = Study(id: "s", title: "t", team: ResearchTeam(interviewers: [Researcher(id: "I1")]), participants: [Participant(id: "P1")])
        let interview = Interview(id: "P1", participant: "P1", language: "en",
                                  turns: turns.enumerated().map { Turn(index: $0.offset, speaker: $0.element.0, content: [.text($0.element.1)]) },
                                  source: "P1.xml")
        let context = StageContext(corpus: Corpus(study: study, interviews: [interview]))
        try KeywordsInContext(options: StageOptions(options, specs: KeywordsInContext.descriptor.options)).run(in: context)
        return context
    }

    func csv(_ context: StageContext) -> String {
        String(decoding: context.artifacts["kwic.csv"] ?? Data(), as: UTF8.self)
    }

    // Triggering and non-triggering examples, in the spirit of SwiftLint's rule examples.
    @Test(arguments: [
        ("motivat*", "I try to motivate them.", true),
        ("motivat*", "Motivation comes from ownership.", true),
        ("motivat*", "They were demotivated.", false),
        ("support", "Peer support matters.", true),
        ("support", "The supporters were few.", false),
        ("job description", "There is no job description.", true),
        ("job description", "The job has no description.", false),
        ("e-mail", "She sent an e-mail yesterday.", true),
    ])
    func matchesWholeWords(keyword: String, text: String, triggers: Bool) throws {
        let context = try run(["keywords": .list([keyword])], turns: [("P1", text)])
        #expect(csv(context).split(separator: "\n").count == (triggers ? 2 : 1), "\(keyword) in \(text)")
    }

    @Test func writesContextWindowsInStableOrder() throws {
        let context = try run(["keywords": .list(["help", "training"]), "window": .integer(2)], turns: [
            ("I1", "Do you help with training?"),
            ("P1", "Mostly training, really. I help them and help the new ones."),
        ])
        #expect(csv(context) == """
            keyword,interview,speaker,turn,left,match,right
            help,P1,P1,1,really. I,help,them and
            help,P1,P1,1,them and,help,the new
            training,P1,P1,1,Mostly,training,really. I

            """)
    }

    /// A window shows the punctuation and events between its words, so it never joins two words the text kept apart
    /// into a mention the leak gate would see ("Dikema. <event>laughs</event> As …" is not "Dikema As").
    @Test func windowsKeepWhatSeparatedTheirWords() throws {
        let study = Study(id: "s", title: "t", team: ResearchTeam(interviewers: [Researcher(id: "I1")]), participants: [Participant(id: "P1")])
        let content: [InlineNode] = [.text("We asked Dikema. "), .element(InlineElement(name: InlineElement.eventName, children: [.text("laughs")])),
                                     .text(" As usual, the supplier said no.")]
        let interview = Interview(id: "P1", participant: "P1", language: "en", turns: [Turn(index: 0, speaker: "P1", content: content)], source: "P1.xml")
        let context = StageContext(corpus: Corpus(study: study, interviews: [interview]))
        try KeywordsInContext(options: StageOptions(["keywords": .list(["supplier"])], specs: KeywordsInContext.descriptor.options)).run(in: context)
        #expect(csv(context).contains("\"We asked Dikema. … As usual, the\",supplier,said no"), "\(csv(context))")
    }

    /// A window takes an anonymizer's placeholder whole or leaves it out: a cut one ("[place 4", "3] said") reads as
    /// a broken label, and a reader cannot tell which entity the line is about.
    @Test func windowsNeverCutAPlaceholder() throws {
        let context = try run(["keywords": .list(["supplier"]), "window": .integer(2)], turns: [
            ("P1", "Ask [person 3] about the supplier before [place 4] closes."),
            ("P1", "In [a municipality in Trøndelag] the supplier came [August 2022], late."),
        ])
        #expect(csv(context) == """
            keyword,interview,speaker,turn,left,match,right
            supplier,P1,P1,0,about the,supplier,before [place 4]
            supplier,P1,P1,1,[a municipality in Trøndelag] the,supplier,came [August 2022]

            """)
    }

    @Test func speakerFilterAndSummary() throws {
        let context = try run(["keywords": .list(["help"]), "speakers": .string("all")], turns: [("I1", "Do you help?"), ("P1", "I help.")])
        let summary = try #require(try JSONSerialization.jsonObject(with: context.artifacts["kwic.json"]!) as? [String: Any])
        let keywords = try #require(summary["keywords"] as? [[String: Any]])
        #expect(keywords[0]["occurrences"] as? Int == 2)
    }

    @Test func rejectsKeywordsThatAreNotWords() {
        #expect(throws: Diagnostic.self) { try KeywordsInContext(options: StageOptions(["keywords": .list(["a+b"])], specs: KeywordsInContext.descriptor.options)) }
        #expect(throws: (any Error).self) { try KeywordsInContext(options: StageOptions([:], specs: KeywordsInContext.descriptor.options)) }
    }
}
