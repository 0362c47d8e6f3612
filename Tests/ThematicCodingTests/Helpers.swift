import Foundation
import ThematicCore
@testable import ThematicCoding

/// A one-interview corpus whose turns alternate interviewer I1 and participant P1 unless speakers are given.
func corpus(_ turns: [(speaker: String, text: String)], id: String = "P1") -> Corpus {
    let study = Study(id: "s", title: "t", team: ResearchTeam(interviewers: [Researcher(id: "I1")]), participants: [Participant(id: "P1")])
    let interview = Interview(id: id, participant: "P1", language: "en",
                              turns: turns.enumerated().map { Turn(index: $0.offset, speaker: $0.element.speaker, content: [.text($0.element.text)], line: 10 + $0.offset) },
                              source: "\(id).xml")
    return Corpus(study: study, interviews: [interview])
}

/// A codebook with one theme, one sub-theme and the given codes.
func codebook(_ codes: [(id: String, rules: [String])], unit: SegmentUnit = .sentence, speakers: String = "participants") -> Codebook {
    var entries = [Codebook.Entry(id: "t", name: "Theme", level: .theme), Codebook.Entry(id: "s", name: "Sub", level: .subtheme, parent: "t")]
    for code in codes { entries.append(Codebook.Entry(id: code.id, name: code.id, level: .code, parent: "s", rules: code.rules, speakers: speakers)) }
    return Codebook(entries: entries, unit: unit, languages: ["english", "norwegian"], source: "codebook.yaml")
}

func parse(_ yaml: String) throws -> Codebook {
    try CodebookLoader.parse(Data(yaml.utf8), file: "codebook.yaml")
}

func message(_ error: any Error) -> String {
    String(describing: error)
}
