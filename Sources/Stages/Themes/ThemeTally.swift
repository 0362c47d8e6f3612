import ThematicCore

/// What theme aggregation needs from the codings, gathered in one pass over them in their sorted order, so a study
/// with millions of codings is read once and none of them is copied or grouped.
///
/// Codings sorted by interview, turn, start and end put every coding of one span side by side (a *span*), the spans of
/// one turn in order (overlapping ones merge into one *segment* for co-occurrence) and every interview's codings
/// together; each is tallied when the next begins. Per codebook entry the tally keeps its covered participants and
/// interviews, its span count, and — for themes and sub-themes — the few quote candidates that can still be chosen
/// (`QuoteCandidates`).
struct ThemeTally: Sendable {
    /// One codebook entry's evidence.
    struct Entry: Sendable {
        var spans = 0
        var interviews: IDSet
        var participants: IDSet
        var quotes: QuoteCandidates
    }

    private(set) var entries: [Entry]
    /// Co-occurrence counts per level and scope: how many sets held each entry, and each pair.
    private(set) var pairs: [Scope: (count: [Int], together: [Int: Int])] = [:]

    struct Scope: Hashable, Sendable {
        var level: Codebook.Level
        var segment: Bool
    }

    private let codebook: Codebook
    private let participantOf: ParticipantLookup
    private let interviewUniverse: IDSet.Universe
    private let participantUniverse: IDSet.Universe
    private let minWords: Int
    private let maxWords: Int
    /// Entry index by id; for each coded code, the indices of its lineage, and of its lineage and itself for
    /// co-occurrence (which counts codes the codebook does not know by their id).
    private let position: [String: Int]
    private var lineageCache: [String: [Int]] = [:]
    /// Per level, each entry's place among that level's entries.
    private let levelPosition: [Codebook.Level: [String: Int]]
    /// For each theme and sub-theme, the ids of the entries under it (itself included), for a quote's specificity.
    private let inside: [Set<String>]

    // The span, segment and interview being read.
    private var span: [CodedSegment] = []
    private var segment: (key: SegmentKey, entries: Set<String>)?
    private var interview: (id: String, entries: Set<String>)?

    /// A tally over the interviews and participants of the universes given (every coding's interview and its
    /// participant must be among them).
    init(codebook: Codebook, participantOf: ParticipantLookup, interviews: IDSet.Universe, participants: IDSet.Universe, settings: ThemeSettings) {
        self.codebook = codebook
        self.participantOf = participantOf
        interviewUniverse = interviews
        participantUniverse = participants
        minWords = settings.minWords
        maxWords = settings.maxWords
        position = Dictionary(codebook.entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        entries = codebook.entries.map { _ in
            Entry(interviews: IDSet(universe: interviews), participants: IDSet(universe: participants), quotes: QuoteCandidates(limit: settings.quotes))
        }
        var levels: [Codebook.Level: [String: Int]] = [:]
        for level in [Codebook.Level.theme, .subtheme, .code] {
            let ids = codebook.entries(at: level).map(\.id)
            levels[level] = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            for segment in [true, false] { pairs[Scope(level: level, segment: segment)] = (Array(repeating: 0, count: ids.count), [:]) }
        }
        levelPosition = levels
        inside = codebook.entries.map { $0.level == .code ? [] : Set(codebook.descendants(of: $0.id).map(\.id)) }
    }

    /// Reads the next coding (in `CodingResult` order).
    mutating func add(_ coding: CodedSegment) {
        if let first = span.first, SegmentKey(first) != SegmentKey(coding) { finishSpan() }
        span.append(coding)
    }

    /// Adds another tally of codings of other interviews (its spans, segments and interviews are its own).
    mutating func merge(_ other: ThemeTally) {
        for index in entries.indices {
            entries[index].spans += other.entries[index].spans
            entries[index].interviews.formUnion(other.entries[index].interviews)
            entries[index].participants.formUnion(other.entries[index].participants)
            // Dropping is decided by candidates ahead in the order, which each side kept: offering the other's kept ones
            // keeps what offering all of them would.
            for candidate in other.entries[index].quotes.kept { entries[index].quotes.offer(candidate.quote, own: candidate.own) }
        }
        for (scope, counted) in other.pairs {
            for (index, count) in counted.count.enumerated() { pairs[scope]!.count[index] += count }
            pairs[scope]!.together.merge(counted.together, uniquingKeysWith: +)
        }
    }

    /// The tally of `codings` (in `CodingResult` order) on up to `jobs` threads: split between interviews, each part
    /// tallied on its own, the parts merged.
    static func of(_ codings: CodingList, codebook: Codebook, participantOf: ParticipantLookup, interviews: IDSet.Universe, participants: IDSet.Universe,
                   settings: ThemeSettings, jobs: Int) -> ThemeTally {
        let parts = codings.interviewParts(jobs)
        let tallies = ConcurrentSlots<ThemeTally>.map(count: parts.count, jobs: jobs) { part in
            var tally = ThemeTally(codebook: codebook, participantOf: participantOf, interviews: interviews, participants: participants, settings: settings)
            for position in parts[part] { tally.add(codings[position]) }
            tally.finish()
            return tally
        }
        var tally = tallies[0]
        for other in tallies.dropFirst() { tally.merge(other) }
        return tally
    }

    /// Tallies what is still open; call once after the last coding.
    mutating func finish() {
        finishSpan()
        finishSegment()
        finishInterview()
    }

    private mutating func lineage(of code: String) -> [Int] {
        if let known = lineageCache[code] { return known }
        let found = codebook.lineage(of: code).compactMap { position[$0.id] }
        lineageCache[code] = found
        return found
    }

    private mutating func finishSpan() {
        guard let first = span.first else { return }
        let key = SegmentKey(first)
        // Each entry the span is coded under, with the first of its codings there, and the span's codebook codes.
        var firstCoding: [Int: Int] = [:]
        var order: [Int] = []
        var names: Set<String> = []
        for (index, coding) in span.enumerated() {
            let entries = lineage(of: coding.code)
            for entry in entries where firstCoding[entry] == nil {
                firstCoding[entry] = index
                order.append(entry)
            }
            names.formUnion(entries.map { codebook.entries[$0].id })
            names.insert(coding.code)
        }
        let leafCodes = names.filter { codebook[$0]?.level == .code }
        let participant = participantOf.participant(interview: key.interview, turn: key.turn)
        let interviewPosition = interviewUniverse.position(of: key.interview)
        let participantPosition = participant.flatMap(participantUniverse.position(of:))
        for entry in order {
            entries[entry].spans += 1
            if let interviewPosition { entries[entry].interviews.insert(position: interviewPosition) }
            if let participantPosition { entries[entry].participants.insert(position: participantPosition) }
            let described = codebook.entries[entry]
            // A quote gives a participant's voice; a document's sentence is no one's.
            guard described.level != .code, entries[entry].quotes.limit > 0, !participantOf.documents.contains(key.interview) else { continue }
            let coding = span[firstCoding[entry]!]
            let words = QuoteSelector.wordCount(coding.text)
            guard words >= minWords, words <= maxWords else { continue }
            let own = leafCodes.filter(inside[entry].contains).count
            let specificity = leafCodes.isEmpty ? 1 : Double(own) / Double(leafCodes.count)
            entries[entry].quotes.offer(ThemeReport.Quote(interview: coding.interview, participant: participant ?? coding.interview, turn: coding.turn,
                                                          start: coding.start, end: coding.end, text: coding.text, citation: "", words: words,
                                                          specificity: rounded(specificity, places: 4)), own: own)
        }
        // Overlapping spans of a turn are one segment for co-occurrence; an interview's spans are its set.
        if let open = segment, open.key.interview == key.interview, open.key.turn == key.turn, key.start < open.key.end {
            segment!.key.end = max(open.key.end, key.end)
            segment!.entries.formUnion(names)
        } else {
            finishSegment()
            segment = (key, names)
        }
        if interview?.id != key.interview {
            finishInterview()
            interview = (key.interview, [])
        }
        interview!.entries.formUnion(names)
        span.removeAll(keepingCapacity: true)
    }

    private mutating func finishSegment() {
        if let segment { count(segment.entries, segment: true) }
        segment = nil
    }

    private mutating func finishInterview() {
        if let interview { count(interview.entries, segment: false) }
        interview = nil
    }

    /// Pairs are counted from each set's own members, so the cost follows the codings, not entries² × sets.
    private mutating func count(_ set: Set<String>, segment: Bool) {
        for level in [Codebook.Level.theme, .subtheme, .code] {
            let places = levelPosition[level]!
            let members = set.compactMap { places[$0] }.sorted()
            guard !members.isEmpty else { continue }
            let scope = Scope(level: level, segment: segment)
            let width = places.count
            for (index, a) in members.enumerated() {
                pairs[scope]!.count[a] += 1
                for b in members[(index + 1)...] { pairs[scope]!.together[a * width + b, default: 0] += 1 }
            }
        }
    }
}

/// The quote candidates of one theme or sub-theme that `QuoteSelector.choose` can still pick, in its order.
///
/// Choosing takes, round by round, each participant's best candidate whose place (interview, turn, start) it has not
/// been quoted at, until `limit` quotes. So only the first `limit` participants in candidate order can be quoted, and
/// of each only the first candidate at each of its first `limit` places; every other candidate is dropped as soon as
/// it falls outside that — the choice is the same as from all of them, with at most `limit`² kept.
struct QuoteCandidates: Sendable {
    let limit: Int
    private(set) var kept: [(quote: ThemeReport.Quote, own: Int)] = []

    init(limit: Int) { self.limit = limit }

    /// Whether `lhs` comes before `rhs`: more specific, then more of the entry's codes, then nearer 30 words, then
    /// earlier in the study.
    static func precedes(_ lhs: (quote: ThemeReport.Quote, own: Int), _ rhs: (quote: ThemeReport.Quote, own: Int)) -> Bool {
        let left = (-lhs.quote.specificity, -lhs.own, abs(lhs.quote.words - 30))
        let right = (-rhs.quote.specificity, -rhs.own, abs(rhs.quote.words - 30))
        if left != right { return left < right }
        return (lhs.quote.interview, lhs.quote.turn, lhs.quote.start, lhs.quote.end) < (rhs.quote.interview, rhs.quote.turn, rhs.quote.start, rhs.quote.end)
    }

    mutating func offer(_ quote: ThemeReport.Quote, own: Int) {
        let candidate = (quote: quote, own: own)
        var low = 0, high = kept.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(kept[middle], candidate) { low = middle + 1 } else { high = middle }
        }
        kept.insert(candidate, at: low)
        var participants: [String] = []
        var places: [String: [(String, Int, Int)]] = [:]
        kept = kept.filter { item in
            let place = (item.quote.interview, item.quote.turn, item.quote.start)
            if !participants.contains(item.quote.participant) {
                guard participants.count < limit else { return false }
                participants.append(item.quote.participant)
            }
            var seen = places[item.quote.participant, default: []]
            guard seen.count < limit, !seen.contains(where: { $0 == place }) else { return false }
            seen.append(place)
            places[item.quote.participant] = seen
            return true
        }
    }
}
