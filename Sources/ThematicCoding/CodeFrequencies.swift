import ThematicCore

/// How often each code was applied: per interview, per participant and per value of each participant attribute.
///
/// Frequencies describe where codes were applied; in reflexive thematic analysis they support the analyst's
/// account and are not a measure of a code's importance.
public struct CodeFrequencies: Encodable, Sendable {
    /// One code's counts.
    public struct Row: Encodable, Sendable {
        public var code: String
        public var name: String
        public var level: String
        /// Coded segments in all interviews.
        public var segments: Int
        /// Participants with at least one segment.
        public var participants: [String]
        /// Segments per interview id (interviews without the code left out).
        public var byInterview: [String: Int]
        /// Segments per participant id (participants without the code left out).
        public var byParticipant: [String: Int]
        /// Attribute name → value → counts.
        public var byAttribute: [String: [String: GroupCount]]
    }

    /// Counts for one group of participants (those sharing an attribute value).
    public struct GroupCount: Encodable, Sendable, Equatable {
        /// Segments coded in the group's interviews.
        public var segments: Int
        /// Participants in the group with the code.
        public var participants: Int
        /// Participants in the group.
        public var of: Int
    }

    /// Coders whose codings were counted.
    public var coders: [String]
    /// One row per code that was applied, in codebook order (made from the tallies when asked for).
    public var codes: [Row] { tallies.map(row) }
    /// How many codes were applied.
    public var codeCount: Int { tallies.count }

    /// One code's counts as gathered: its segments, and (interview, segments) in the order the codings came.
    private struct Tally: Sendable {
        var code: String
        var segments = 0
        var byInterview: [(interview: Int32, segments: Int32)] = []
        /// In group sessions, segments per participant who spoke them (their sessions are left out of `byInterview`'s
        /// participant counting).
        var byGroupSpeaker: [String: Int] = [:]
    }

    private var tallies: [Tally] = []
    private var interviewIDs: [String] = []
    private var participantOf: ParticipantLookup?
    private var groups: [String: [String: Set<String>]] = [:]

    /// Counts `codings` against the study's participants.
    public init(codings: some Sequence<CodedSegment>, corpus: Corpus, codebook: Codebook, coders: [String]) {
        let lookup = ParticipantLookup(corpus.interviews)
        self.init(parts: [Part(codings, lookup: lookup)], lookup: lookup, corpus: corpus, codebook: codebook, coders: coders)
    }

    /// Counts `codings` against the study's participants, parts of the list (split between interviews) counted on up
    /// to `jobs` threads: the same counts as one pass.
    public init(codings: CodingList, corpus: Corpus, codebook: Codebook, coders: [String], jobs: Int) {
        let ranges = codings.interviewParts(jobs)
        let lookup = ParticipantLookup(corpus.interviews)
        let parts = ConcurrentSlots<Part>.map(count: ranges.count, jobs: jobs) { Part(ranges[$0].lazy.map { codings[$0] }, lookup: lookup) }
        self.init(parts: parts, lookup: lookup, corpus: corpus, codebook: codebook, coders: coders)
    }

    private init(parts: [Part], lookup: ParticipantLookup, corpus: Corpus, codebook: Codebook, coders: [String]) {
        self.coders = coders
        self.codebook = codebook
        participantOf = lookup
        let participants = corpus.study.participants
        let attributeNames = Set(participants.flatMap(\.attributes.keys)).sorted()
        for name in attributeNames {
            for participant in participants {
                groups[name, default: [:]][participant.attributes[name] ?? "(none)", default: []].insert(participant.id)
            }
        }
        // The parts' interview numbers follow on from each other; a code's interviews stay in the order they came.
        var byCode: [String: Tally] = [:]
        for part in parts {
            let offset = Int32(interviewIDs.count)
            interviewIDs += part.interviewIDs
            for tally in part.tallies {
                var merged = byCode[tally.code] ?? Tally(code: tally.code)
                merged.segments += tally.segments
                merged.byInterview += tally.byInterview.map { ($0.interview + offset, $0.segments) }
                merged.byGroupSpeaker.merge(tally.byGroupSpeaker, uniquingKeysWith: +)
                byCode[tally.code] = merged
            }
        }
        let ordered = codebook.entries.map(\.id).filter { byCode[$0] != nil } + byCode.keys.filter { codebook[$0] == nil }.sorted()
        tallies = ordered.map { byCode[$0]! }
    }

    /// One pass over codings (a study can have millions), counting per code and interview in compact form: an
    /// interview by its number, and a code's interviews in the order its codings come (interview by interview).
    private struct Part: Sendable {
        var tallies: [Tally] = []
        var interviewIDs: [String] = []

        init(_ codings: some Sequence<CodedSegment>, lookup: ParticipantLookup) {
            var number: [String: Int32] = [:]
            var byCode: [String: Int] = [:]
            for coding in codings {
                let interview = number[coding.interview] ?? {
                    number[coding.interview] = Int32(interviewIDs.count)
                    interviewIDs.append(coding.interview)
                    return Int32(interviewIDs.count - 1)
                }()
                let index = byCode[coding.code] ?? {
                    byCode[coding.code] = tallies.count
                    tallies.append(Tally(code: coding.code))
                    return tallies.count - 1
                }()
                tallies[index].segments += 1
                if lookup.isGroupSession(coding.interview), let speaker = lookup.participant(interview: coding.interview, turn: coding.turn) {
                    tallies[index].byGroupSpeaker[speaker, default: 0] += 1
                }
                if tallies[index].byInterview.last?.interview == interview {
                    tallies[index].byInterview[tallies[index].byInterview.count - 1].segments += 1
                } else {
                    tallies[index].byInterview.append((interview, 1))
                }
            }
        }
    }

    private let codebook: Codebook

    /// One code's row.
    private func row(_ tally: Tally) -> Row {
        var byInterview: [String: Int] = [:]
        var segmentsByParticipant: [String: Int] = [:]
        for (interview, segments) in tally.byInterview {
            let id = interviewIDs[Int(interview)]
            byInterview[id, default: 0] += Int(segments)
            // A one-to-one interview's segments are its participant's; a group session's are counted by speaker below.
            if let participantOf, !participantOf.isGroupSession(id), let participant = participantOf.participant(interview: id, turn: 0) {
                segmentsByParticipant[participant, default: 0] += Int(segments)
            }
        }
        segmentsByParticipant.merge(tally.byGroupSpeaker, uniquingKeysWith: +)
        var byAttribute: [String: [String: GroupCount]] = [:]
        for (name, values) in groups {
            for (value, members) in values {
                let covered = members.filter { segmentsByParticipant[$0] != nil }
                byAttribute[name, default: [:]][value] = GroupCount(segments: members.reduce(0) { $0 + (segmentsByParticipant[$1] ?? 0) },
                                                                    participants: covered.count, of: members.count)
            }
        }
        let entry = codebook[tally.code]
        return Row(code: tally.code, name: entry?.name ?? tally.code, level: entry?.level.rawValue ?? "code", segments: tally.segments,
                   participants: segmentsByParticipant.keys.sorted(), byInterview: byInterview,
                   byParticipant: segmentsByParticipant, byAttribute: byAttribute)
    }

    /// The rows, each made when it is read (a study's every row at once would be millions of entries).
    struct Rows: RandomAccessCollection, Sendable {
        let frequencies: CodeFrequencies
        var startIndex: Int { 0 }
        var endIndex: Int { frequencies.tallies.count }
        subscript(position: Int) -> Row { frequencies.row(frequencies.tallies[position]) }
    }

    enum CodingKeys: String, CodingKey { case coders, codes }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(coders, forKey: .coders)
        try container.encode(codes, forKey: .codes)
    }

    /// Long-format CSV: one row per code and group (`scope` is `all`, `interview`, `participant` or `attribute:<name>`).
    public var csv: String {
        var out = ArtifactWriter()
        try? writeCSV(to: &out)
        return String(decoding: out.buffer, as: UTF8.self)
    }

    /// The CSV written piece by piece (a large study's has millions of rows).
    public func writeCSV(to out: inout ArtifactWriter, jobs: Int = 1) throws {
        try out.append(CSVWriter(header: ["code", "scope", "group", "segments", "participants", "participants_in_group"]).text.utf8)
        let rows = Rows(frequencies: self)
        // A code's rows at a time, made on the threads.
        try out.appendText(count: rows.count, jobs: jobs) { index in
            let row = rows[index]
            var writer = CSVWriter()
            writer.append([row.code, "all", "", String(row.segments), String(row.participants.count), ""])
            for (interview, count) in row.byInterview.sorted(by: { $0.key < $1.key }) {
                writer.append([row.code, "interview", interview, String(count), "", ""])
            }
            for (participant, count) in row.byParticipant.sorted(by: { $0.key < $1.key }) {
                writer.append([row.code, "participant", participant, String(count), "1", ""])
            }
            for (name, values) in row.byAttribute.sorted(by: { $0.key < $1.key }) {
                for (value, count) in values.sorted(by: { $0.key < $1.key }) {
                    writer.append([row.code, "attribute:" + name, value, String(count.segments), String(count.participants), String(count.of)])
                }
            }
            return writer.take()
        }
    }

    /// The JSON written a code at a time (each code's row encoded on its own and spliced in), so the whole table is
    /// never one encoder's tree — byte for byte what encoding it whole gives.
    public func writeJSON(to out: inout ArtifactWriter, jobs: Int = 1) throws {
        var outer = self
        outer.tallies = []
        try CanonicalJSON.write(outer, splicing: Rows(frequencies: self), as: "codes", jobs: jobs, to: &out)
    }
}
