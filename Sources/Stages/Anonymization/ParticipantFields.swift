import ThematicCore

/// Participant labels and attribute values are free text a study author typed, and they reach quotes, tables and the
/// report; the same recognizers read them as a pseudo-transcript whose id sorts after every real one, so the
/// transcripts' labels keep their numbers and a name found in both places gets the same label.
enum ParticipantFields {
    /// Sorts after any interview id (`~` follows letters and digits), and is never a file name.
    static let interviewID = "~participants"

    /// Which participant and which field (nil: the label) each turn of the pseudo-transcript holds.
    typealias Field = (participant: Int, attribute: String?)

    /// `memos`: texts written beside the transcripts that are published too (an imported project's notes and sets,
    /// which the refi-qda export redacts with every form found): one turn each after the fields, with no field of
    /// their own, so a name only a memo holds is found, and found anywhere it is replaced everywhere.
    static func transcript(of study: Study, memos: [String] = []) -> (interview: Interview, fields: [Field]) {
        var turns: [Turn] = []
        var fields: [Field] = []
        for (index, participant) in study.participants.enumerated() {
            if let label = participant.label, !label.isEmpty {
                turns.append(Turn(index: turns.count, speaker: participant.id, content: [.text(label)]))
                fields.append((index, nil))
            }
            for (name, value) in participant.attributes.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
                turns.append(Turn(index: turns.count, speaker: participant.id, content: [.text(value)]))
                fields.append((index, name))
            }
        }
        for memo in memos where !memo.isEmpty { turns.append(Turn(index: turns.count, speaker: "", content: [.text(memo)])) }
        return (Interview(id: interviewID, participant: "", language: "und", turns: turns, source: "study participants"), fields)
    }

    /// Writes the anonymized values back; returns how many fields changed.
    static func apply(_ rewritten: Interview, fields: [Field], to study: inout Study) -> Int {
        var changed = 0
        for (turn, field) in zip(rewritten.turns, fields) {
            let text = turn.content.allText
            if let attribute = field.attribute {
                if study.participants[field.participant].attributes[attribute] != text { changed += 1 }
                study.participants[field.participant].attributes[attribute] = text
            } else {
                if study.participants[field.participant].label != text { changed += 1 }
                study.participants[field.participant].label = text
            }
        }
        return changed
    }
}
