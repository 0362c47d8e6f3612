/// One interview transcript, as read from an Interview XML v1 file: a one-to-one interview, or (Interview XML 1.2)
/// a group session — a focus group or group interview — with several participants.
public struct Interview: Hashable, Sendable, Codable {
    /// The interview's id, unique within the study (e.g. `P04`, `FG01`).
    public var id: String
    /// The id of the participant interviewed (in a group session, the first named); must be declared in the study.
    public var participant: String
    /// The other participants of a group session (empty in a one-to-one interview); each declared in the study.
    public var otherParticipants: [String] = []
    /// The BCP 47 language tag of the talk (e.g. `en`, `nb`).
    public var language: String
    /// Facts about the interview itself.
    public var meta: InterviewMeta
    /// The turns in the order they were spoken.
    public var turns: [Turn]
    /// Where the interview came from, as the pipeline named it (relative to the pipeline file).
    public var source: String
    /// A document, not an interview (Interview XML 1.3 `<document>`): a paper or field notes of an imported project,
    /// codable like a transcript, but no one was interviewed in it — its `participant` is empty, its turns are
    /// paragraphs with no speaker (`""`), and it counts toward no participant.
    public var isDocument = false

    /// Everyone interviewed in this session, in the order the transcript names them (no one in a document).
    public var participants: [String] { isDocument ? [] : [participant] + otherParticipants }
    /// Whether more than one participant speaks (a focus group or group interview).
    public var isGroupSession: Bool { !otherParticipants.isEmpty }

    /// Creates an interview.
    public init(id: String, participant: String, otherParticipants: [String] = [], language: String, meta: InterviewMeta = .init(), turns: [Turn], source: String) {
        self.id = id
        self.participant = participant
        self.otherParticipants = otherParticipants
        self.language = language
        self.meta = meta
        self.turns = turns
        self.source = source
    }

    /// A document: paragraphs (turns with no speaker) and no participant.
    public static func document(id: String, language: String, meta: InterviewMeta = .init(), paragraphs: [[InlineNode]], source: String) -> Interview {
        var document = Interview(id: id, participant: "", language: language, meta: meta,
                                 turns: paragraphs.enumerated().map { Turn(index: $0.offset, speaker: "", content: $0.element) }, source: source)
        document.isDocument = true
        return document
    }

    enum CodingKeys: String, CodingKey {
        case id, participant, otherParticipants, language, meta, turns, source, isDocument
    }

    // Written out by hand only so that `isDocument` is left out when false: interviews encode as they always did.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        participant = try container.decode(String.self, forKey: .participant)
        otherParticipants = try container.decode([String].self, forKey: .otherParticipants)
        language = try container.decode(String.self, forKey: .language)
        meta = try container.decode(InterviewMeta.self, forKey: .meta)
        turns = try container.decode([Turn].self, forKey: .turns)
        source = try container.decode(String.self, forKey: .source)
        isDocument = try container.decodeIfPresent(Bool.self, forKey: .isDocument) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(participant, forKey: .participant)
        try container.encode(otherParticipants, forKey: .otherParticipants)
        try container.encode(language, forKey: .language)
        try container.encode(meta, forKey: .meta)
        try container.encode(turns, forKey: .turns)
        try container.encode(source, forKey: .source)
        if isDocument { try container.encode(isDocument, forKey: .isDocument) }
    }
}

/// The optional `<meta>` block of a transcript.
public struct InterviewMeta: Hashable, Sendable, Codable {
    /// The id of the interviewer (a member of the research team).
    public var interviewer: String?
    /// The date of the interview as written (ISO 8601 `YYYY-MM-DD` in v1).
    public var date: String?
    /// The length of the interview in minutes.
    public var durationMinutes: Double?
    /// Where the interview took place.
    public var setting: String?
    /// Field notes made during or after the interview.
    public var fieldNotes: String?

    /// Creates interview metadata.
    public init(interviewer: String? = nil, date: String? = nil, durationMinutes: Double? = nil, setting: String? = nil, fieldNotes: String? = nil) {
        self.interviewer = interviewer
        self.date = date
        self.durationMinutes = durationMinutes
        self.setting = setting
        self.fieldNotes = fieldNotes
    }
}

/// One speaker's uninterrupted contribution.
public struct Turn: Hashable, Sendable, Codable {
    /// The 0-based position of the turn in its interview; codings and keys refer to turns by it.
    public var index: Int
    /// The id of who spoke: an interviewer or the participant.
    public var speaker: String
    /// The content with its inline markup.
    public var content: [InlineNode]
    /// The 1-based line of the `<turn>` start tag in the source file, for messages.
    public var line: Int
    /// When the turn starts and ends in the recording, in seconds (Interview XML 1.1; kept from subtitles and
    /// timestamped transcripts as data rather than text), when known.
    public var start: Double?
    public var end: Double?

    /// Creates a turn.
    public init(index: Int, speaker: String, content: [InlineNode], line: Int = 0, start: Double? = nil, end: Double? = nil) {
        self.index = index
        self.speaker = speaker
        self.content = content
        self.line = line
        self.start = start
        self.end = end
    }

    /// What was said, without non-verbal events; offsets of codings count Unicode scalars into this text.
    public var text: String { content.spokenText }
}
