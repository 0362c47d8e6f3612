import ThematicCore

/// What the descriptives stage hands to later stages: corpus totals and one row per interview, as reported in
/// `descriptives.json` (values already rounded as that file rounds them).
public struct DescriptivesSummary: Sendable {
    /// One interview's figures.
    public struct Interview: Sendable {
        public var id: String
        public var participant: String
        public var date: String?
        public var durationMinutes: Double?
        public var words: Int
        /// The participant's share of the words, 0–1.
        public var participantShare: Double
        public var wordsPerMinute: Double?

        public init(id: String, participant: String, date: String?, durationMinutes: Double?, words: Int, participantShare: Double,
                    wordsPerMinute: Double?) {
            self.id = id
            self.participant = participant
            self.date = date
            self.durationMinutes = durationMinutes
            self.words = words
            self.participantShare = participantShare
            self.wordsPerMinute = wordsPerMinute
        }
    }

    public var interviewCount: Int
    public var words: Int
    /// The participants' share of all words, 0–1.
    public var participantShare: Double
    public var interviews: [Interview]

    public init(interviewCount: Int, words: Int, participantShare: Double, interviews: [Interview]) {
        self.interviewCount = interviewCount
        self.words = words
        self.participantShare = participantShare
        self.interviews = interviews
    }
}

extension Products {
    /// Corpus and per-interview descriptive figures (the descriptives stage makes it).
    public static let descriptives = ProductKey<DescriptivesSummary>("descriptives")
}
