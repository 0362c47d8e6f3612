import ThematicCore

/// Interview and participant ids replaced by neutral ones (`T01`…, `P01`…) when an id itself holds an identifier
/// ("P08_Vigdis_Lundemo"): ids name the published files and appear in every table. The mapping goes to the key only.
enum Renaming {
    /// The new corpus, and old → new ids (`interview:OLD` and `participant:OLD` keys).
    static func rename(_ corpus: Corpus) -> (corpus: Corpus, mapping: [String: String]) {
        let interviewIDs = corpus.interviews.map(\.id).sorted()
        let participantIDs = Set(corpus.interviews.map(\.participant)).union(corpus.study.participants.map(\.id)).sorted()
        func width(_ count: Int) -> Int { max(2, String(count).count) }
        func name(_ prefix: String, _ index: Int, _ count: Int) -> String {
            let number = String(index + 1)
            return prefix + String(repeating: "0", count: width(count) - number.count) + number
        }
        var interviews: [String: String] = [:]
        for (index, id) in interviewIDs.enumerated() { interviews[id] = name("T", index, interviewIDs.count) }
        var participants: [String: String] = [:]
        for (index, id) in participantIDs.enumerated() { participants[id] = name("P", index, participantIDs.count) }

        let renamed = corpus.interviews.map { interview -> Interview in
            var interview = interview
            let participant = interview.participant
            interview.id = interviews[interview.id]!
            interview.participant = participants[participant]!
            for index in interview.turns.indices where interview.turns[index].speaker == participant {
                interview.turns[index].speaker = interview.participant
            }
            return interview
        }
        var study = corpus.study
        for index in study.participants.indices {
            let old = study.participants[index].id
            study.participants[index].id = participants[old]!
            if study.participants[index].label == old { study.participants[index].label = participants[old] }
        }
        var mapping: [String: String] = [:]
        for (old, new) in interviews { mapping["interview:" + old] = new }
        for (old, new) in participants { mapping["participant:" + old] = new }
        return (Corpus(study: study, interviews: renamed), mapping)
    }
}
