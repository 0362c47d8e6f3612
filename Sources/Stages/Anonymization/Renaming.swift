import ThematicCore

/// Interview and participant ids replaced by neutral ones (`T01`…, `P01`…) when an id itself holds an identifier
/// ("P08_Vigdis_Lundemo"): ids name the published files and appear in every table. The mapping goes to the key only.
struct Renaming {
    /// The study with its participants renamed.
    var study: Study
    /// Old → new ids (`interview:OLD` and `participant:OLD` keys).
    var mapping: [String: String]
    private var interviews: [String: String] = [:]
    private var participants: [String: String] = [:]

    /// The new ids for `corpus`, from its ids alone (no transcript is read); `rename` then applies them to each
    /// interview. Numbers follow the sorted old ids, zero-padded, so the new ids sort as the old ones did.
    init(_ corpus: Corpus) {
        let interviewIDs = corpus.interviews.ids.sorted()
        let participantIDs = Set(corpus.interviews.indices.flatMap(corpus.interviews.participants(at:))).union(corpus.study.participants.map(\.id)).sorted()
        func width(_ count: Int) -> Int { max(2, String(count).count) }
        func name(_ prefix: String, _ index: Int, _ count: Int) -> String {
            let number = String(index + 1)
            return prefix + String(repeating: "0", count: width(count) - number.count) + number
        }
        for (index, id) in interviewIDs.enumerated() { interviews[id] = name("T", index, interviewIDs.count) }
        for (index, id) in participantIDs.enumerated() { participants[id] = name("P", index, participantIDs.count) }
        study = corpus.study
        for index in study.participants.indices {
            let old = study.participants[index].id
            study.participants[index].id = participants[old]!
            if study.participants[index].label == old { study.participants[index].label = participants[old] }
        }
        mapping = [:]
        for (old, new) in interviews { mapping["interview:" + old] = new }
        for (old, new) in participants { mapping["participant:" + old] = new }
    }

    /// One interview with its new ids (the participants' turns name their new ids; a group session's every member).
    func rename(_ interview: Interview) -> Interview {
        var interview = interview
        let members = Set(interview.participants)
        interview.id = interviews[interview.id]!
        // A document has no participant to rename.
        if !interview.isDocument { interview.participant = participants[interview.participant]! }
        interview.otherParticipants = interview.otherParticipants.map { participants[$0]! }
        for index in interview.turns.indices where members.contains(interview.turns[index].speaker) {
            interview.turns[index].speaker = participants[interview.turns[index].speaker]!
        }
        return interview
    }
}
