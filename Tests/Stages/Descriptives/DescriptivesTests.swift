import Foundation
import Testing
import ThematicCore
@testable import DescriptivesStage

@Suite("Descriptives stage")
struct DescriptivesTests {
    @Test(arguments: [
        ("Mostly training, really.", 3),
        ("I don't know — it's the e-mail system.", 7),
        ("24/7 support", 3),
        ("   ", 0),
        ("Sykehjemmet på Lyngtun, 54 år.", 5),
        ("end-", 1),
    ])
    func countsWords(text: String, expected: Int) {
        #expect(WordCounter.count(text) == expected)
    }

    @Test func figuresPerInterviewParticipantAndCorpus() throws {
        let study = Study(id: "s", title: "t", team: ResearchTeam(interviewers: [Researcher(id: "I1")]),
                          participants: [Participant(id: "P1", attributes: ["profession": "nurse"]), Participant(id: "P2")])
        let interview = Interview(id: "P1", participant: "P1", language: "en", meta: InterviewMeta(durationMinutes: 2), turns: [
            Turn(index: 0, speaker: "I1", content: [.text("What do you do?")]),
            Turn(index: 1, speaker: "P1", content: [.text("I train people. "), .element(InlineElement(name: "event", children: [.text("laughs loudly")])), .text(" Daily.")]),
        ], source: "P1.xml")
        let context = StageContext(corpus: Corpus(study: study, interviews: [interview]))
        try Descriptives(options: StageOptions(specs: Descriptives.descriptor.options)).run(in: context)
        let json = try #require(context.artifacts["descriptives.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let corpus = try #require(object["corpus"] as? [String: Any])
        #expect((corpus["words"] as? [String: Int]) == ["interviewer": 4, "participant": 4, "total": 8])
        #expect(corpus["participant_share"] as? Double == 0.5)
        #expect(corpus["participants_interviewed"] as? Int == 1)
        let interviews = try #require(object["interviews"] as? [[String: Any]])
        #expect(interviews[0]["words_per_minute"] as? Double == 4)
        let participants = try #require(object["participants"] as? [[String: Any]])
        #expect(participants.count == 2)
        #expect((participants[0]["attributes"] as? [String: String]) == ["profession": "nurse"])
        #expect((participants[1]["interviews"] as? [String]) == [])
        let csv = String(decoding: try #require(context.artifacts["descriptives.csv"]), as: UTF8.self)
        #expect(csv.hasPrefix("interview,participant,date,duration_minutes,turns"))
        #expect(csv.contains("\nP1,P1,,2,2,1,1,8,4,4,0.5000,4\n"))
    }

    /// A document (a paper, field notes) is no interview: left out of the figures, counted on its own.
    @Test func aDocumentIsLeftOutAndCounted() throws {
        let study = Study(id: "s", title: "t", team: ResearchTeam(interviewers: [Researcher(id: "I1")]), participants: [Participant(id: "P1")])
        let interview = Interview(id: "P1", participant: "P1", language: "en", turns: [
            Turn(index: 0, speaker: "I1", content: [.text("What do you do?")]), Turn(index: 1, speaker: "P1", content: [.text("I train people.")]),
        ], source: "P1.xml")
        let paper = Interview.document(id: "D01", language: "en", paragraphs: [[.text("Abstract: a long paper about training.")]], source: "D01.xml")
        let context = StageContext(corpus: Corpus(study: study, interviews: [interview, paper]))
        try Descriptives(options: StageOptions(specs: Descriptives.descriptor.options)).run(in: context)
        let json = try #require(context.artifacts["descriptives.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let corpus = try #require(object["corpus"] as? [String: Any])
        #expect(corpus["interviews"] as? Int == 1 && corpus["documents"] as? Int == 1 && corpus["participants_interviewed"] as? Int == 1)
        #expect((corpus["words"] as? [String: Int]) == ["interviewer": 4, "participant": 3, "total": 7])
        #expect((object["interviews"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["P1"])
    }
}
