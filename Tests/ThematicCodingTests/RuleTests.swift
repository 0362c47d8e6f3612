import Testing
import ThematicCore
@testable import ThematicCoding

@Suite("Autocoding rules")
struct RuleTests {
    func matches(_ rule: String, _ text: String) throws -> Bool {
        let coder = try Autocoder(codebook: codebook([("c", [rule])]))
        return try !coder.code(corpus([("P1", text)]).interviews, jobs: 1).isEmpty
    }

    // Each rule with text it must code and text it must not, as SwiftLint's rule examples do.
    @Test(arguments: [
        ("supervise", "I supervised them on the evening round.", true),
        ("supervise", "Supervision takes time.", true),
        ("supervise", "The supervisor was away.", false),
        ("motivat*", "Motivating the staff is half the job.", true),
        ("motivat*", "They were demotivated.", false),
        ("\"show them\"", "I show them the sensor.", true),
        ("\"show them\"", "Them I show later.", false),
        ("\"closed medicine loop\"", "We moved to a closed medicine loop last year.", true),
        ("pasient", "Vi snakket med pasientene.", true),
        ("training NEAR/3 patient", "Training happens with the patient present.", true),
        ("training NEAR/3 patient", "Patient safety comes first, and later we do some training.", false),
        ("patient NEAR/3 training", "Training happens with the patient present.", true),
        ("(sound OR beep) NEAR/4 cabinet", "The cabinet makes a strange beep.", true),
        ("supplier AND NOT update", "I call the supplier.", true),
        ("supplier AND NOT update", "I call the supplier about the update.", false),
        ("defend OR \"stand behind\"", "I have to stand behind it.", true),
        ("/\\b\\d{2} years\\b/", "I have worked here 14 years.", true),
        ("/\\b\\d{2} years\\b/", "I have worked here for years.", false),
        ("GPS", "the gps alarm went off", true),
    ])
    func example(rule: String, text: String, triggers: Bool) throws {
        #expect(try matches(rule, text) == triggers, "\(rule) on \"\(text)\"")
    }

    @Test(arguments: [
        ("", 1, "empty rule"),
        ("a AND", 6, "the rule ends"),
        ("(a OR b", 1, "never closed"),
        ("a b", 3, "expected AND, OR or NEAR/n"),
        ("NOT a", 1, "lacks all of its words"),
        ("a NEAR/x b", 3, "NEAR needs a distance"),
        ("\"a b", 1, "unterminated phrase"),
        ("/(/", 1, "invalid regular expression"),
        ("/x/ NEAR/2 a", 1, "NEAR/2 needs words or phrases on its left"),
        ("a) OR b", 2, "unbalanced ')'"),
        ("a.b", 1, "is not a word"),
    ])
    func invalidRule(rule: String, column: Int, fragment: String) {
        #expect(throws: RuleError.self) { try RuleParser.parse(rule) }
        do {
            _ = try RuleParser.parse(rule)
        } catch {
            #expect(error.column == column, "\(rule): \(error)")
            #expect(error.message.contains(fragment), "\(rule): \(error)")
        }
    }

    @Test func speakerFilterDefaultsToParticipants() throws {
        let text = [("I1", "Do you supervise?"), ("P1", "I supervise the new staff.")]
        let participants = try Autocoder(codebook: codebook([("c", ["supervise"])])).code(corpus(text).interviews, jobs: 1)
        #expect(participants.map(\.turn) == [1])
        let everyone = try Autocoder(codebook: codebook([("c", ["supervise"])], speakers: "all")).code(corpus(text).interviews, jobs: 1)
        #expect(everyone.map(\.turn) == [0, 1])
        let interviewers = try Autocoder(codebook: codebook([("c", ["supervise"])], speakers: "interviewers")).code(corpus(text).interviews, jobs: 1)
        #expect(interviewers.map(\.turn) == [0])
    }

    @Test func codesSentencesWithScalarOffsets() throws {
        let text = "Først møtet. Then I supervise Øystein's team! Done."
        let codings = try Autocoder(codebook: codebook([("c", ["supervise"])])).code(corpus([("P1", text)]).interviews, jobs: 1)
        #expect(codings.count == 1)
        let coding = try #require(codings.first)
        #expect(coding.text == "Then I supervise Øystein's team!")
        #expect(coding.start == 13 && coding.end == 45)
        #expect(coding.coder == "auto")
    }

    @Test func turnUnitsCodeWholeTurns() throws {
        let text = "One sentence. Then I supervise."
        let codings = try Autocoder(codebook: codebook([("c", ["supervise"])], unit: .turn)).code(corpus([("P1", text)]).interviews, jobs: 1)
        #expect(codings.map(\.text) == [text])
    }

    @Test func resultDoesNotDependOnThreads() throws {
        var interviews: [Interview] = []
        for number in 0..<12 {
            interviews += corpus([("P1", "I supervise and motivate. Then the supplier came \(number) times. Nothing here.")], id: "P\(number)").interviews
        }
        let coder = try Autocoder(codebook: codebook([("a", ["supervise"]), ("b", ["motivat* OR supplier"])]))
        let one = try coder.code(interviews, jobs: 1)
        let four = try coder.code(interviews, jobs: 4)
        #expect(one == four)
        #expect(one.count == 36)
    }
}
