/// The code hierarchy of a study: themes, the sub-themes under them and the codes under those.
///
/// The codebook is data every later stage reads (coding applies it, theme aggregation rolls codings up along it,
/// saturation counts codes and themes), so its model lives in the core; loading and rule compilation live in
/// `ThematicCoding`.
public struct Codebook: Hashable, Sendable {
    /// Where an entry sits in the hierarchy.
    public enum Level: String, Hashable, Sendable, Codable, CaseIterable {
        case theme
        case subtheme = "sub-theme"
        case code
    }

    /// One theme, sub-theme or code.
    public struct Entry: Hashable, Sendable {
        /// The id codings refer to (unique across all levels).
        public var id: String
        /// The label shown in reports.
        public var name: String
        /// Its level.
        public var level: Level
        /// The id of the entry it sits under (none for themes).
        public var parent: String?
        /// What the entry is about.
        public var description: String
        /// When to apply it.
        public var inclusion: String
        /// When not to apply it.
        public var exclusion: String
        /// A typical segment.
        public var example: String
        /// Autocoding rules (the rule language is documented in `Docs/Codebook.md`).
        public var rules: [String]
        /// Whose turns the rules look at: `participants` (default), `interviewers` or `all`.
        public var speakers: String
        /// A display colour (`#RRGGBB`), kept from and handed back to interactive tools.
        public var color: String?
        /// Whether an interactive tool may code with it (REFI-QDA `isCodable`), as the project it was imported from
        /// said; nil: by level (codes are codable, themes and sub-themes are not). Thematic's analysis ignores it.
        public var codable: Bool?
        /// A level Thematic filled in above an imported tree shallower than themes / sub-themes / codes ("Imported
        /// codes"): not part of the project's tree, so the REFI-QDA export leaves it out and writes its children in
        /// its place.
        public var filledIn: Bool = false
        /// The 1-based line of the entry in the codebook file, for messages.
        public var line: Int

        /// Creates an entry.
        public init(id: String, name: String, level: Level, parent: String? = nil, description: String = "", inclusion: String = "",
                    exclusion: String = "", example: String = "", rules: [String] = [], speakers: String = "participants", line: Int = 0) {
            self.id = id
            self.name = name
            self.level = level
            self.parent = parent
            self.description = description
            self.inclusion = inclusion
            self.exclusion = exclusion
            self.example = example
            self.rules = rules
            self.speakers = speakers
            self.line = line
        }
    }

    /// Entries in file order: themes, then sub-themes, then codes.
    public private(set) var entries: [Entry]
    /// The unit autocoding assigns codes to.
    public var unit: SegmentUnit
    /// Snowball stemmer languages rules are matched with (e.g. `english`, `norwegian`).
    public var languages: [String]
    /// The file the codebook came from, relative to the pipeline, for messages.
    public var source: String
    /// Notes and sets of an imported project (`CodebookNotes.swift`), empty otherwise.
    public var notes: [Note] = []
    public var sets: [Grouping] = []
    private var indexByID: [String: Int]
    /// The positions of each entry's direct children, in file order, by parent id: `children(of:)` reads it, so
    /// walking the tree is linear in its entries (a scan per entry made the REFI-QDA export quadratic).
    private var childPositions: [String: [Int]]

    /// Creates a codebook; entries must have unique ids (the loader checks and reports lines).
    public init(entries: [Entry], unit: SegmentUnit = .sentence, languages: [String] = ["english"], source: String = "") {
        self.entries = entries
        self.unit = unit
        self.languages = languages
        self.source = source
        var index: [String: Int] = [:]
        for (position, entry) in entries.enumerated() where index[entry.id] == nil { index[entry.id] = position }
        indexByID = index
        var children: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            if let parent = entry.parent { children[parent, default: []].append(position) }
        }
        childPositions = children
    }

    /// The entry with `id`.
    public subscript(id: String) -> Entry? {
        indexByID[id].map { entries[$0] }
    }

    /// Entries of one level, in file order.
    public func entries(at level: Level) -> [Entry] {
        entries.filter { $0.level == level }
    }

    /// The direct children of `id`, in file order.
    public func children(of id: String) -> [Entry] {
        (childPositions[id] ?? []).map { entries[$0] }
    }

    /// `id` and every entry above it, nearest first.
    public func lineage(of id: String) -> [Entry] {
        var chain: [Entry] = []
        var current = self[id]
        while let entry = current, !chain.contains(where: { $0.id == entry.id }) {
            chain.append(entry)
            current = entry.parent.flatMap { self[$0] }
        }
        return chain
    }

    /// The nearest entry at `level` at or above `id` (the theme of a code, say).
    public func ancestor(of id: String, at level: Level) -> Entry? {
        lineage(of: id).first { $0.level == level }
    }

    /// `id` and every entry below it.
    public func descendants(of id: String) -> [Entry] {
        var result: [Entry] = []
        var queue = [id]
        var seen: Set<String> = [id]
        var head = 0
        while head < queue.count {
            let next = queue[head]
            head += 1
            if let entry = self[next] { result.append(entry) }
            for child in children(of: next) where seen.insert(child.id).inserted { queue.append(child.id) }
        }
        return result
    }
}

/// The stretch of text a code is assigned to.
public enum SegmentUnit: String, Hashable, Sendable, Codable, CaseIterable {
    /// A whole turn.
    case turn
    /// One sentence of a turn.
    case sentence
}

extension Products {
    /// The code hierarchy the pipeline codes with.
    public static let codebook = ProductKey<Codebook>("codebook")
}
