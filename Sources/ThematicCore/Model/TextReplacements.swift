/// Where de-identification replaced text in each turn's spoken text, so that offsets into the text a human coder saw
/// (the original transcript) can be carried into the anonymized text the pipeline analyses. The anonymization stage
/// hands it on as `Products.textReplacements` (`text-replacements`), which the coding stage reads when it is made.
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

    /// Interview id → its replaced spans, flat and in turn then text order, five numbers each: turn, original start,
    /// original end, new start, new end. (A large study has hundreds of thousands of replacements; a dictionary of
    /// arrays per turn would cost many times the numbers themselves.) After `spill(to:)` they wait in a scratch file.
    private var spans: [String: Spans]
    private var scratch: ScratchFile?

    private enum Spans: Sendable {
        case memory([Int32])
        case spilled(ScratchFile.Place)
    }

    /// No replacements.
    public init() {
        spans = [:]
    }

    private init(flat: [String: [Int32]]) {
        spans = flat.mapValues(Spans.memory)
    }

    /// One interview's flat spans, wherever they wait.
    private func flat(_ interview: String) -> [Int32]? {
        switch spans[interview] {
        case nil: return nil
        case .memory(let flat): return flat
        case .spilled(let place):
            return scratch!.read(place) { bytes in
                let raw = UnsafeRawBufferPointer(bytes)
                return (0..<(place.length / 4)).map { Int32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: Int32.self)) }
            }
        }
    }

    /// Moves the spans held in memory to `scratch` (a study's replacements are a number per character changed;
    /// 20,000 interviews had 20 MB of them waiting for a later stage that may never read them).
    public mutating func spill(to scratch: ScratchFile) throws {
        if self.scratch == nil { self.scratch = scratch }
        guard self.scratch === scratch else { return }
        var interviews: [String] = []
        var records: [[UInt8]] = []
        for (interview, stored) in spans {
            guard case .memory(let flat) = stored else { continue }
            interviews.append(interview)
            records.append(flat.withUnsafeBufferPointer { numbers in
                var bytes: [UInt8] = []
                bytes.reserveCapacity(numbers.count * 4)
                for number in numbers { withUnsafeBytes(of: number.littleEndian) { bytes += $0 } }
                return bytes
            })
        }
        for (interview, place) in zip(interviews, try scratch.append(records)) { spans[interview] = .spilled(place) }
    }

    public static func == (lhs: TextReplacements, rhs: TextReplacements) -> Bool {
        lhs.interviews == rhs.interviews && lhs.interviews.allSatisfy { lhs.flat($0) == rhs.flat($0) }
    }

    private enum CodingKeys: String, CodingKey { case spans }

    public init(from decoder: any Decoder) throws {
        self.init(flat: try decoder.container(keyedBy: CodingKeys.self).decode([String: [Int32]].self, forKey: .spans))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Dictionary(uniqueKeysWithValues: interviews.map { ($0, flat($0)!) }), forKey: .spans)
    }

    /// Replacements by interview, turn and text order.
    public init(byTurn: [String: [Int: [Replacement]]]) {
        spans = [:]
        for (interview, turns) in byTurn { set(turns, for: interview) }
    }

    /// Records one interview's replacements by turn (each turn's in text order); none removes the interview.
    public mutating func set(_ byTurn: [Int: [Replacement]], for interview: String) {
        var flat: [Int32] = []
        for (turn, replacements) in byTurn.sorted(by: { $0.key < $1.key }) {
            for replacement in replacements {
                flat += [Int32(turn), Int32(replacement.originalStart), Int32(replacement.originalEnd), Int32(replacement.newStart), Int32(replacement.newEnd)]
            }
        }
        spans[interview] = flat.isEmpty ? nil : .memory(flat)
    }

    /// Forgets an interview's replacements.
    public mutating func remove(_ interview: String) {
        spans[interview] = nil
    }

    /// Adds the interviews of `other` this one does not have.
    public mutating func merge(_ other: TextReplacements) {
        for interview in other.spans.keys where spans[interview] == nil {
            spans[interview] = other.scratch === scratch ? other.spans[interview] : .memory(other.flat(interview)!)
        }
    }

    /// The interviews with replacements.
    public var interviews: [String] { spans.keys.sorted() }

    /// One turn's replacements, in text order.
    public func replacements(interview: String, turn: Int) -> [Replacement] {
        guard let flat = flat(interview) else { return [] }
        var found: [Replacement] = []
        for index in stride(from: 0, to: flat.count, by: 5) where flat[index] == Int32(turn) {
            let numbers = flat[(index + 1)...(index + 4)].map { Int($0) }
            found.append(Replacement(originalStart: numbers[0], originalEnd: numbers[1], newStart: numbers[2], newEnd: numbers[3]))
        }
        return found
    }

    /// A span of the original turn text as a span of the anonymized one. A boundary inside a replaced identifier
    /// moves outward to the replacement's edge, so a coding never cuts a label in half.
    public func map(interview: String, turn: Int, start: Int, end: Int) -> (start: Int, end: Int) {
        let replacements = replacements(interview: interview, turn: turn)
        guard !replacements.isEmpty else { return (start, end) }
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
    /// Every form anonymization replaced in the transcripts — found with confidence or only listed for review — with
    /// its entity (`person-3`), for a stage that publishes text written beside the transcripts (an imported project's
    /// memos) to replace the same names there; the leak gate protects only the confident ones.
    public static let replacedForms = ProductKey<[ProtectedIdentifier]>("replaced-forms")
    /// Old → new interview ids when anonymization gave the transcripts neutral ids (`rename: true`), for what names
    /// interviews by the ids the study was written with: coding tables, an imported project's notes and sets. Only
    /// handed between stages, never published (an old id may hold a name; the key keeps the mapping).
    public static let renamedInterviews = ProductKey<[String: String]>("renamed-interviews")
}
