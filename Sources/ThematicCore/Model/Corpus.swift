/// The study and its transcripts, as every stage sees them.
public struct Corpus: Sendable {
    /// The study description.
    public var study: Study
    /// The interviews, sorted by id so every stage iterates them in the same order.
    public private(set) var interviews: [Interview]

    /// Creates a corpus; interviews are sorted by id.
    public init(study: Study, interviews: [Interview]) {
        self.study = study
        self.interviews = interviews.sorted { $0.id < $1.id }
    }

    /// Replaces the transcripts (a stage that rewrites text, such as anonymization, hands on its result).
    public mutating func replaceInterviews(_ interviews: [Interview]) {
        self.interviews = interviews.sorted { $0.id < $1.id }
    }

    /// The interview with the given id (found by halving: the interviews are sorted by id, and a study can have thousands).
    public func interview(_ id: String) -> Interview? {
        var low = 0, high = interviews.count
        while low < high {
            let middle = (low + high) / 2
            if interviews[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < interviews.count && interviews[low].id == id ? interviews[low] : nil
    }
}
