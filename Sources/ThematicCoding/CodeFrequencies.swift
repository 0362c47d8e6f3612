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
    /// One row per code that was applied, in codebook order.
    public var codes: [Row]

    /// Counts `codings` against the study's participants.
    public init(codings: some Sequence<CodedSegment>, corpus: Corpus, codebook: Codebook, coders: [String]) {
        self.coders = coders
        let participantOf = Dictionary(corpus.interviews.indices.map { (corpus.interviews.id(at: $0), corpus.interviews.participant(at: $0)) }, uniquingKeysWith: { first, _ in first })
        let participants = corpus.study.participants
        let attributeNames = Set(participants.flatMap(\.attributes.keys)).sorted()
        var groups: [String: [String: Set<String>]] = [:]
        for name in attributeNames {
            for participant in participants {
                groups[name, default: [:]][participant.attributes[name] ?? "(none)", default: []].insert(participant.id)
            }
        }
        // One pass over the codings (a study can have millions), counting per code.
        var counted: [String: (segments: Int, byInterview: [String: Int], byParticipant: [String: Int])] = [:]
        for coding in codings {
            counted[coding.code, default: (0, [:], [:])].segments += 1
            counted[coding.code]!.byInterview[coding.interview, default: 0] += 1
            if let participant = participantOf[coding.interview] { counted[coding.code]!.byParticipant[participant, default: 0] += 1 }
        }
        var rows: [Row] = []
        let ordered = codebook.entries.map(\.id).filter { counted[$0] != nil } + counted.keys.filter { codebook[$0] == nil }.sorted()
        for code in ordered {
            let (segments, byInterview, segmentsByParticipant) = counted[code]!
            var byAttribute: [String: [String: GroupCount]] = [:]
            for (name, values) in groups {
                for (value, members) in values {
                    let covered = members.filter { segmentsByParticipant[$0] != nil }
                    byAttribute[name, default: [:]][value] = GroupCount(segments: members.reduce(0) { $0 + (segmentsByParticipant[$1] ?? 0) },
                                                                        participants: covered.count, of: members.count)
                }
            }
            let entry = codebook[code]
            rows.append(Row(code: code, name: entry?.name ?? code, level: entry?.level.rawValue ?? "code", segments: segments,
                            participants: segmentsByParticipant.keys.sorted(), byInterview: byInterview,
                            byParticipant: segmentsByParticipant, byAttribute: byAttribute))
        }
        codes = rows
    }

    /// Long-format CSV: one row per code and group (`scope` is `all`, `interview`, `participant` or `attribute:<name>`).
    public var csv: String {
        var out = ArtifactWriter()
        try? writeCSV(to: &out)
        return String(decoding: out.buffer, as: UTF8.self)
    }

    /// The CSV written piece by piece (a large study's has millions of rows).
    public func writeCSV(to out: inout ArtifactWriter) throws {
        var writer = CSVWriter(header: ["code", "scope", "group", "segments", "participants", "participants_in_group"])
        for row in codes {
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
            try out.append(ArtifactSet.normalisingLineEndings(writer.take()).utf8)
        }
        try out.append(ArtifactSet.normalisingLineEndings(writer.take()).utf8)
    }

    /// The JSON written a code at a time (each code's row encoded on its own and spliced in), so the whole table is
    /// never one encoder's tree — byte for byte what encoding it whole gives.
    public func writeJSON(to out: inout ArtifactWriter, jobs: Int = 1) throws {
        var outer = self
        outer.codes = []
        try CanonicalJSON.write(outer, splicing: codes, as: "codes", jobs: jobs, to: &out)
    }
}
