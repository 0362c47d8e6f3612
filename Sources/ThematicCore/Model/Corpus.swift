/// The study and its transcripts, as every stage sees them.
public struct Corpus: Sendable {
    /// The study description.
    public var study: Study
    /// The interviews, sorted by id so every stage iterates them in the same order (in a run, read from the run's
    /// transcript store as they are reached).
    public private(set) var interviews: InterviewList

    /// Creates a corpus held in memory; interviews are sorted by id.
    public init(study: Study, interviews: [Interview]) {
        self.study = study
        self.interviews = InterviewList(interviews)
    }

    /// Creates a corpus over interviews already listed (a transcript store's).
    public init(study: Study, interviews: InterviewList) {
        self.study = study
        self.interviews = interviews
    }

    /// Replaces the transcripts (a stage that rewrites text, such as anonymization, hands on its result).
    public mutating func replaceInterviews(_ interviews: [Interview]) {
        self.interviews = InterviewList(interviews)
    }

    /// Replaces the transcripts with interviews already listed (a transcript store's).
    public mutating func replaceInterviews(_ interviews: InterviewList) {
        self.interviews = interviews
    }

    /// The interview with the given id (found by halving: the interviews are sorted by id, and a study can have thousands).
    public func interview(_ id: String) -> Interview? {
        interviews.position(of: id).map { interviews[$0] }
    }
}
