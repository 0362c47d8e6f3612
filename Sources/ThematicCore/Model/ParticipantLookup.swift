/// Who among the participants said what was coded, so coverage counts participants, not sessions: in a one-to-one
/// interview every coding is its participant's; in a group session (a focus group) a coding is the speaker's when a
/// participant speaks the turn, and no one's when the moderator does — the session still counts as an interview.
public struct ParticipantLookup: Sendable {
    private let participantOfInterview: [String: String]
    private let speakersOfGroupSessions: [String: [Int: String]]
    /// Every participant of every interview and session, once.
    public let interviewed: Set<String>
    /// Every interview id.
    public let interviews: [String]
    /// The ids of documents (a paper, field notes): codable, but no one's words.
    public let documents: Set<String>

    /// Reads the corpus's interviews; only group sessions are opened (to read who speaks each turn).
    public init(_ list: InterviewList) {
        var single: [String: String] = [:]
        var groups: [String: [Int: String]] = [:]
        var interviewed = Set<String>()
        var ids: [String] = []
        var documents = Set<String>()
        for position in list.indices {
            let id = list.id(at: position)
            ids.append(id)
            let participants = list.participants(at: position)
            interviewed.formUnion(participants)
            // A document's codings are no one's: it is neither an interview nor a group session.
            if participants.isEmpty {
                documents.insert(id)
                continue
            }
            if participants.count == 1 {
                if single[id] == nil { single[id] = participants[0] }
            } else {
                let members = Set(participants)
                var speakers: [Int: String] = [:]
                for turn in list[position].turns where members.contains(turn.speaker) { speakers[turn.index] = turn.speaker }
                groups[id] = speakers
            }
        }
        participantOfInterview = single
        speakersOfGroupSessions = groups
        self.interviewed = interviewed
        interviews = ids
        self.documents = documents
    }

    /// The participant a coding of `turn` in `interview` belongs to, if any.
    public func participant(interview: String, turn: Int) -> String? {
        if let participant = participantOfInterview[interview] { return participant }
        return speakersOfGroupSessions[interview]?[turn]
    }

    /// Whether `interview` is a group session.
    public func isGroupSession(_ interview: String) -> Bool { speakersOfGroupSessions[interview] != nil }
}
