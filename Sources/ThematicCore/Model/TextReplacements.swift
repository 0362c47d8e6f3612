/// Where de-identification replaced text in each turn's spoken text, so that offsets into the text a human coder saw
/// (the original transcript) can be carried into the anonymized text the pipeline analyses. The anonymization stage
/// leaves it as the value of the `anonymized-transcripts` product.
public struct TextReplacements: Sendable, Equatable, Codable {
    /// One replaced span, in Unicode scalars of the turn's spoken text (end exclusive).
    public struct Replacement: Sendable, Equatable, Codable {
        public var originalStart: Int
        public var originalEnd: Int
        public var newStart: Int
        public var newEnd: Int

        public init(originalStart: Int, originalEnd: Int, newStart: Int, newEnd: Int) {
            self.originalStart = originalStart
            self.originalEnd = originalEnd
            self.newStart = newStart
            self.newEnd = newEnd
        }
    }

    /// Interview id → turn index → replacements in text order.
    public var byTurn: [String: [Int: [Replacement]]]

    public init(byTurn: [String: [Int: [Replacement]]] = [:]) {
        self.byTurn = byTurn
    }

    /// A span of the original turn text as a span of the anonymized one. A boundary inside a replaced identifier
    /// moves outward to the replacement's edge, so a coding never cuts a label in half.
    public func map(interview: String, turn: Int, start: Int, end: Int) -> (start: Int, end: Int) {
        guard let replacements = byTurn[interview]?[turn], !replacements.isEmpty else { return (start, end) }
        return (position(start, in: replacements, isEnd: false), position(end, in: replacements, isEnd: true))
    }

    private func position(_ offset: Int, in replacements: [Replacement], isEnd: Bool) -> Int {
        var shift = 0
        for replacement in replacements {
            if offset <= replacement.originalStart { break }
            if offset < replacement.originalEnd { return isEnd ? replacement.newEnd : replacement.newStart }
            shift = replacement.newEnd - replacement.originalEnd
        }
        return offset + shift
    }
}

extension Products {
    /// Where anonymization changed each turn's text, to carry offsets into the original text across it.
    public static let textReplacements = ProductKey<TextReplacements>("text-replacements")
}
