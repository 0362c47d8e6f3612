import ThematicCore

/// What the themes stage hands to later stages: every theme, sub-theme and code with the participants it covers,
/// its coverage by participant attribute and its exemplar quotes; co-occurrence; and the thematic map.
public struct ThemeCoverage: Sendable {
    /// A theme, sub-theme or code.
    public struct Node: Sendable {
        public var id: String
        public var name: String
        public var level: Codebook.Level
        public var description: String
        /// Child entries' ids, in codebook order.
        public var children: [String]
        /// Coded segments (distinct spans).
        public var segments: Int
        /// Participant ids with at least one coded segment, in sorted order.
        public var participants: IDSet
        /// Attribute → value → participants covered of those with that value.
        public var coverageByAttribute: [String: [String: GroupCoverage]]
        public var quotes: [Quote]

        public init(id: String, name: String, level: Codebook.Level, description: String, children: [String], segments: Int,
                    participants: IDSet, coverageByAttribute: [String: [String: GroupCoverage]], quotes: [Quote]) {
            self.id = id
            self.name = name
            self.level = level
            self.description = description
            self.children = children
            self.segments = segments
            self.participants = participants
            self.coverageByAttribute = coverageByAttribute
            self.quotes = quotes
        }
    }

    /// Participants covered of those in a group.
    public struct GroupCoverage: Sendable, Equatable {
        public var participants: Int
        public var of: Int

        public init(participants: Int, of: Int) {
            self.participants = participants
            self.of = of
        }
    }

    /// An exemplar quote and how it is cited.
    public struct Quote: Sendable {
        public var text: String
        public var citation: String

        public init(text: String, citation: String) {
            self.text = text
            self.citation = citation
        }
    }

    /// Two entries of one level found together, within segments or within interviews.
    public struct Pair: Sendable {
        public var level: Codebook.Level
        /// `segment` or `interview`.
        public var scope: String
        public var a: String
        public var b: String
        public var jaccard: Double

        public init(level: Codebook.Level, scope: String, a: String, b: String, jaccard: Double) {
            self.level = level
            self.scope = scope
            self.a = a
            self.b = b
            self.jaccard = jaccard
        }
    }

    /// What counts mean and do not mean, for readers.
    public var note: String
    public var participantsInterviewed: Int
    /// Every codebook entry, in codebook order.
    public var nodes: [Node]
    public var cooccurrence: [Pair]
    /// The thematic map as SVG.
    public var map: String

    public init(note: String, participantsInterviewed: Int, nodes: [Node], cooccurrence: [Pair], map: String) {
        self.note = note
        self.participantsInterviewed = participantsInterviewed
        self.nodes = nodes
        self.cooccurrence = cooccurrence
        self.map = map
    }

    /// The entries of one level, in codebook order.
    public func nodes(at level: Codebook.Level) -> [Node] { nodes.filter { $0.level == level } }

    /// The entry with `id`.
    public func node(_ id: String) -> Node? { nodes.first { $0.id == id } }
}

extension Products {
    /// Theme coverage, quotes, co-occurrence and the thematic map (the themes stage makes it).
    public static let themes = ProductKey<ThemeCoverage>("themes")
}
