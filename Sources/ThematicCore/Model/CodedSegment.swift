/// One code applied to one stretch of a turn by one coder.
public struct CodedSegment: Hashable, Sendable, Codable, Comparable {
    /// The interview's id.
    public var interview: String
    /// The 0-based turn index.
    public var turn: Int
    /// Start offset into the turn's spoken text, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive), in Unicode scalars.
    public var end: Int
    /// The code's id in the codebook.
    public var code: String
    /// Who applied it (`auto` for rule-based autocoding).
    public var coder: String
    /// The coded text.
    public var text: String

    /// Creates a coding.
    public init(interview: String, turn: Int, start: Int, end: Int, code: String, coder: String, text: String) {
        self.interview = interview
        self.turn = turn
        self.start = start
        self.end = end
        self.code = code
        self.coder = coder
        self.text = text
    }

    /// The coder id autocoding uses.
    public static let autoCoder = "auto"

    /// Orders codings by interview, turn, start, end, code and coder, the order every artifact uses.
    public static func < (lhs: CodedSegment, rhs: CodedSegment) -> Bool {
        (lhs.interview, lhs.turn, lhs.start, lhs.end, lhs.code, lhs.coder) < (rhs.interview, rhs.turn, rhs.start, rhs.end, rhs.code, rhs.coder)
    }
}

/// What the coding stage hands on: the codebook, every coding in artifact order, and which coders' codings
/// later stages should analyse.
public struct CodingResult: Sendable {
    /// The codebook applied.
    public var codebook: Codebook
    /// All codings, sorted.
    public var codings: CodingList
    /// The coders whose codings theme aggregation and saturation use.
    public var analysisCoders: [String]

    /// Creates a result; codings are sorted here so every reader sees the same order.
    public init(codebook: Codebook, codings: [CodedSegment], analysisCoders: [String]) {
        let inOrder = zip(codings, codings.dropFirst()).allSatisfy { !($1 < $0) }
        self.init(codebook: codebook, codings: CodingList(inOrder ? codings : codings.sorted()), analysisCoders: analysisCoders)
    }

    /// Creates a result over listed codings (a coding store's); they are sorted here when they are not in order.
    public init(codebook: Codebook, codings: CodingList, analysisCoders: [String]) {
        self.codebook = codebook
        self.codings = codings.isSorted ? codings : CodingList(codings.sorted())
        self.analysisCoders = analysisCoders
    }

    /// The codings of the analysis coders.
    public var analysed: CodingList {
        let coders = Set(analysisCoders)
        // Usually every coding is analysed; the list is then shared rather than copied (a large study has millions).
        if self.coders.allSatisfy(coders.contains) { return codings }
        return CodingList(codings.filter { coders.contains($0.coder) })
    }

    /// Every coder that appears, sorted.
    public var coders: [String] { codings.coders }
}

extension Products {
    /// The coded segments and the codebook they refer to (the coding stage makes it).
    public static let codings = ProductKey<CodingResult>("codings")
}
