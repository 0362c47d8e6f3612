import ThematicCore
import ThematicModel

/// Per-interview, per-participant and corpus-wide descriptive figures: turns, words, who talked how much, and
/// how long the interviews lasted.
///
/// The interviewer's share of words is a standard check on interview quality: a semi-structured interview in which
/// the interviewer speaks more than a fifth or so of the words deserves a second look at the guide and the probing.
public struct Descriptives: Stage {
    public static let descriptor = StageDescriptor(
        id: "descriptives",
        version: "1.0.0",
        summary: "Turns, words, speaking shares and durations per interview, per participant and for the corpus.",
        discussion: """
            Words are maximal runs of letters and digits (an apostrophe or hyphen between two letters stays inside \
            the word); non-verbal <event> elements are not counted. Shares are participant words / all words. \
            Words per minute use the <duration> in each transcript's <meta>, when given.
            """,
        options: [attributesOption.spec],
        reads: [Products.corpus],
        writes: [Products.descriptives],
        artifacts: ["descriptives.json", "descriptives.csv"]
    )

    static let attributesOption = StageOption<[String]>("attributes", default: [],
                                                        help: "Participant attributes to copy into the per-participant table (all when empty).")

    private let attributes: [String]

    public init(options: StageOptions) throws {
        attributes = options[Self.attributesOption]
    }

    public func run(in context: StageContext) throws {
        let corpus = try context.read(Products.corpus)
        let interviewers = corpus.study.interviewerIDs
        let interviews = corpus.interviews
        try complete(ConcurrentSlots<InterviewFigures>.map(count: interviews.count, jobs: context.jobs) {
            InterviewFigures(interview: interviews[$0], interviewers: interviewers)
        }, in: context)
    }

    /// Everything after counting each interview, which runs here or in shards.
    func complete(_ counted: [InterviewFigures], in context: StageContext) throws {
        let corpus = try context.read(Products.corpus)
        // A document (a paper, field notes) is no interview: its words are no one's speech, so it is left out of the
        // figures and counted on its own.
        let list = corpus.interviews
        let documents = Set(list.indices.filter(list.isDocument(at:)).map(list.id(at:)))
        let perInterview = counted.filter { !documents.contains($0.id) }
        let participantIDs = corpus.study.participants.map(\.id)
        // A group session counts for each of its participants with their own turns and words (the moderator's are the
        // session's, in the per-interview table, not any one participant's).
        let byParticipant = Dictionary(grouping: perInterview.flatMap(\.figuresPerParticipant), by: \.participant)
        var perParticipant: [ParticipantFigures] = []
        for participant in corpus.study.participants {
            let mine = byParticipant[participant.id] ?? []
            let chosen = attributes.isEmpty ? participant.attributes : participant.attributes.filter { attributes.contains($0.key) }
            perParticipant.append(ParticipantFigures(id: participant.id, attributes: chosen, figures: mine))
        }
        let report = DescriptivesFile(
            corpus: CorpusFigures(figures: perInterview, participantsInterviewed: Set(perInterview.flatMap(\.allParticipants)).count,
                                  participantsDeclared: participantIDs.count, documents: documents.count),
            interviews: perInterview,
            participants: perParticipant)
        try context.put(DescriptivesSummary(
            interviewCount: report.corpus.interviews, words: report.corpus.words.total, participantShare: report.corpus.words.participantShare,
            interviews: perInterview.map {
                DescriptivesSummary.Interview(id: $0.id, participant: $0.allParticipants.joined(separator: " "), date: $0.date, durationMinutes: $0.durationMinutes,
                                              words: $0.words.total, participantShare: $0.participantShare, wordsPerMinute: $0.wordsPerMinute)
            }), for: Products.descriptives)
        // An interview's and a participant's figures at a time, spliced in: the same bytes as encoding the report
        // whole, without one encoder's tree of every interview and participant.
        var outer = report
        outer.interviews = []
        outer.participants = []
        try context.artifacts.addStreamed("descriptives.json", by: Self.descriptor.id) {
            try CanonicalJSON.write(outer, splicing: [CanonicalJSON.Splice(perInterview, as: "interviews"), CanonicalJSON.Splice(perParticipant, as: "participants")],
                                    jobs: context.jobs, to: &$0)
        }
        try context.artifacts.addText("descriptives.csv", Self.csv(perInterview), by: Self.descriptor.id)
        let totals = report.corpus
        let share: Double = totals.words.total == 0 ? 0 : Double(totals.words.participant) / Double(totals.words.total)
        let percent = Int((share * 100).rounded())
        context.summarize("descriptives: \(totals.interviews) interviews, \(totals.turns.total) turns, \(totals.words.total) words; participants spoke \(percent)% of them"
                          + (documents.isEmpty ? "" : "; \(documents.count) document\(documents.count == 1 ? "" : "s") left out (not interviews)"))
    }

    static func csv(_ rows: [InterviewFigures]) -> String {
        var csv = CSVWriter(header: ["interview", "participant", "date", "duration_minutes", "turns", "interviewer_turns",
                                     "participant_turns", "words", "interviewer_words", "participant_words", "participant_share",
                                     "words_per_minute"])
        for row in rows {
            csv.append([row.id, row.allParticipants.joined(separator: " "), row.date ?? "", row.durationMinutes.map { formatNumber($0) } ?? "",
                        String(row.turns.total), String(row.turns.interviewer), String(row.turns.participant),
                        String(row.words.total), String(row.words.interviewer), String(row.words.participant),
                        formatNumber(row.participantShare), row.wordsPerMinute.map { formatNumber($0, places: 1) } ?? ""])
        }
        return csv.text
    }
}

/// The `descriptives.json` artifact.
struct DescriptivesFile: Encodable {
    var corpus: CorpusFigures
    var interviews: [InterviewFigures]
    var participants: [ParticipantFigures]
}

/// Counts of something split by who said it.
struct SpeakerSplit: Encodable, Equatable {
    var interviewer = 0
    var participant = 0
    var total: Int { interviewer + participant }

    /// The participant's share of the total, rounded; 0 when nothing was said.
    var participantShare: Double { total == 0 ? 0 : rounded(Double(participant) / Double(total)) }

    static func + (lhs: Self, rhs: Self) -> Self {
        SpeakerSplit(interviewer: lhs.interviewer + rhs.interviewer, participant: lhs.participant + rhs.participant)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        try container.encode(interviewer, forKey: DynamicKey("interviewer"))
        try container.encode(participant, forKey: DynamicKey("participant"))
        try container.encode(total, forKey: DynamicKey("total"))
    }
}

/// One participant's turns and words in a group session.
struct MemberCounts: Codable, Equatable {
    var turns = 0
    var words = 0
}

struct InterviewFigures: Encodable {
    var id: String
    var participant: String
    /// Everyone interviewed in a group session (nil in a one-to-one interview, and then not written).
    var participants: [String]?
    /// A group session's turns and words per participant (nil in a one-to-one interview).
    var byParticipant: [String: MemberCounts]?
    var date: String?
    var durationMinutes: Double?
    var turns = SpeakerSplit()
    var words = SpeakerSplit()
    var longestParticipantTurnWords = 0

    init(id: String, participant: String, date: String?, durationMinutes: Double?, turns: SpeakerSplit, words: SpeakerSplit,
         longestParticipantTurnWords: Int) {
        self.id = id
        self.participant = participant
        self.date = date
        self.durationMinutes = durationMinutes
        self.turns = turns
        self.words = words
        self.longestParticipantTurnWords = longestParticipantTurnWords
    }

    init(interview: Interview, interviewers: Set<String>) {
        id = interview.id
        participant = interview.participant
        date = interview.meta.date
        durationMinutes = interview.meta.durationMinutes
        var perSpeaker: [String: MemberCounts] = [:]
        for turn in interview.turns {
            let count = WordCounter.count(turn.text)
            if interviewers.contains(turn.speaker) {
                turns.interviewer += 1
                words.interviewer += count
            } else {
                turns.participant += 1
                words.participant += count
                longestParticipantTurnWords = max(longestParticipantTurnWords, count)
                if interview.isGroupSession {
                    perSpeaker[turn.speaker, default: MemberCounts()].turns += 1
                    perSpeaker[turn.speaker, default: MemberCounts()].words += count
                }
            }
        }
        if interview.isGroupSession {
            participants = interview.participants
            byParticipant = Dictionary(uniqueKeysWithValues: interview.participants.map { ($0, perSpeaker[$0] ?? MemberCounts()) })
        }
    }

    /// Everyone interviewed.
    var allParticipants: [String] { participants ?? [participant] }

    /// The figures each participant is credited with: the interview's own, or in a group session each member's
    /// turns and words (as the participant's; the moderator's stay with the session).
    var figuresPerParticipant: [InterviewFigures] {
        guard let participants, let byParticipant else { return [self] }
        return participants.map { member in
            let counted = byParticipant[member] ?? MemberCounts()
            return InterviewFigures(id: id, participant: member, date: date, durationMinutes: durationMinutes,
                                    turns: SpeakerSplit(interviewer: 0, participant: counted.turns),
                                    words: SpeakerSplit(interviewer: 0, participant: counted.words), longestParticipantTurnWords: 0)
        }
    }

    var participantShare: Double { words.participantShare }
    var wordsPerMinute: Double? {
        guard let minutes = durationMinutes, minutes > 0 else { return nil }
        return rounded(Double(words.total) / minutes, places: 1)
    }

    enum CodingKeys: String, CodingKey {
        case id, participant, participants, date, turns, words
        case durationMinutes
        case participantShare
        case wordsPerMinute
        case meanParticipantTurnWords
        case longestParticipantTurnWords
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(participant, forKey: .participant)
        try container.encodeIfPresent(participants, forKey: .participants)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(durationMinutes, forKey: .durationMinutes)
        try container.encode(turns, forKey: .turns)
        try container.encode(words, forKey: .words)
        try container.encode(participantShare, forKey: .participantShare)
        try container.encodeIfPresent(wordsPerMinute, forKey: .wordsPerMinute)
        try container.encode(turns.participant == 0 ? 0 : rounded(Double(words.participant) / Double(turns.participant), places: 1),
                             forKey: .meanParticipantTurnWords)
        try container.encode(longestParticipantTurnWords, forKey: .longestParticipantTurnWords)
    }
}

struct ParticipantFigures: Encodable {
    var id: String
    var attributes: [String: String]
    var interviews: [String]
    var turns = SpeakerSplit()
    var words = SpeakerSplit()
    var durationMinutes: Double?

    init(id: String, attributes: [String: String], figures: [InterviewFigures]) {
        self.id = id
        self.attributes = attributes
        interviews = figures.map(\.id)
        for figure in figures {
            turns = turns + figure.turns
            words = words + figure.words
        }
        let durations = figures.compactMap(\.durationMinutes)
        durationMinutes = durations.isEmpty ? nil : durations.reduce(0, +)
    }

    enum CodingKeys: String, CodingKey {
        case id, attributes, interviews, turns, words
        case durationMinutes
        case participantShare
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(interviews, forKey: .interviews)
        try container.encode(turns, forKey: .turns)
        try container.encode(words, forKey: .words)
        try container.encodeIfPresent(durationMinutes, forKey: .durationMinutes)
        try container.encode(words.participantShare, forKey: .participantShare)
    }
}

struct CorpusFigures: Encodable {
    var interviews: Int
    var participantsInterviewed: Int
    var participantsDeclared: Int
    var turns = SpeakerSplit()
    var words = SpeakerSplit()
    var duration: DurationSummary?
    /// Documents of the corpus, which are not in these figures (absent when there are none).
    var documents: Int?

    init(figures: [InterviewFigures], participantsInterviewed: Int, participantsDeclared: Int, documents: Int = 0) {
        interviews = figures.count
        self.documents = documents == 0 ? nil : documents
        self.participantsInterviewed = participantsInterviewed
        self.participantsDeclared = participantsDeclared
        for figure in figures {
            turns = turns + figure.turns
            words = words + figure.words
        }
        duration = DurationSummary(figures.compactMap(\.durationMinutes))
    }

    enum CodingKeys: String, CodingKey {
        case interviews, turns, words, duration
        case participantsInterviewed
        case participantsDeclared
        case documents
        case participantShare
        case meanWordsPerInterview
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(interviews, forKey: .interviews)
        try container.encode(participantsInterviewed, forKey: .participantsInterviewed)
        try container.encode(participantsDeclared, forKey: .participantsDeclared)
        try container.encodeIfPresent(documents, forKey: .documents)
        try container.encode(turns, forKey: .turns)
        try container.encode(words, forKey: .words)
        try container.encodeIfPresent(duration, forKey: .duration)
        try container.encode(words.participantShare, forKey: .participantShare)
        try container.encode(interviews == 0 ? 0 : rounded(Double(words.total) / Double(interviews), places: 1), forKey: .meanWordsPerInterview)
    }
}

/// Total, mean, shortest and longest interview length in minutes.
struct DurationSummary: Encodable {
    var interviewsWithDuration: Int
    var total: Double
    var mean: Double
    var min: Double
    var max: Double

    init?(_ minutes: [Double]) {
        guard let low = minutes.min(), let high = minutes.max() else { return nil }
        interviewsWithDuration = minutes.count
        total = rounded(minutes.reduce(0, +), places: 2)
        mean = rounded(minutes.reduce(0, +) / Double(minutes.count), places: 2)
        min = low
        max = high
    }
}
