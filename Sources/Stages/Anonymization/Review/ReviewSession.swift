import ThematicCore

/// What `thematic review` shows: every mention the anonymizer would replace (the machine's proposals, before any
/// decision), every mention the leak gate would find unreplaced, the entities with their labels, and the turns' text.
/// Offsets are Unicode scalars into each turn's `ReviewText`, the unit decisions use.
public struct ReviewSession: Sendable {
    public enum Queue: String, Sendable, Codable {
        /// Guesses and names no list knows: replaced, but a person should look.
        case review
        /// Mentions of a protected identifier the anonymizer left: the leak gate would refuse the run.
        case gate
        /// Everything else the anonymizer replaces.
        case found
    }

    public struct Item: Sendable, Equatable {
        public var interview: String
        public var turn: Int
        public var start: Int
        public var end: Int
        public var text: String
        public var type: String
        /// The entity's reference (`person-3`).
        public var entity: String
        public var reason: String
        public var queue: Queue
    }

    public struct Entity: Sendable, Equatable {
        public var ref: String
        public var type: String
        /// What replaces it: `[person 3]`, or a pseudonym.
        public var label: String
    }

    public struct Turn: Sendable {
        public var turn: Int
        public var speaker: String
        public var text: String
        public var digest: String
    }

    public var study: String
    public var transcripts: [(id: String, turns: [Turn])]
    public var entities: [Entity]
    /// In queue order (review, gate, found), then by transcript, turn and position.
    public var items: [Item]
    public var types: [String] { IdentifierType.allCases.map(\.rawValue) }

    /// The machine's proposals for `interviews` (as loaded; their `<anon>` markup is read as the stage reads it),
    /// with `decisions` applied when given (for a preview of what they change).
    public static func build(study: Study, interviews: [Interview], settings: Anonymizer.Settings, decisions: ReviewDecisions? = nil, jobs: Int = 1) throws -> ReviewSession {
        let prepared = InputMarkup.prepare(interviews)
        var study = study
        for (type, values) in prepared.marked { study.identifiers[type, default: []] += values.sorted() }
        var anonymizer = try Anonymizer(study: study, settings: settings, jobs: jobs)
        let ordered = prepared.interviews.sorted { $0.id < $1.id }
        if let decisions { try anonymizer.apply(decisions, to: ordered) }
        let detections = anonymizer.detect(ordered, jobs: jobs)
        let index = anonymizer.propagationIndex(seeds: Anonymizer.propagationSeeds(detections, jobs: jobs))
        let findings = anonymizer.propagate(ordered, detections: detections, index: index, jobs: jobs)
        let registry = try anonymizer.label(findings, propagation: index)

        var session = ReviewSession(study: study.id, transcripts: [], entities: [], items: [])
        session.entities = registry.entities.map { Entity(ref: $0.ref, type: $0.type.rawValue, label: $0.replacement) }
        let gate = MentionMatcher(registry.protectedStrings(gazetteer: anonymizer.gazetteer) + anonymizer.studyProtection)
        var byQueue: [Queue: [Item]] = [:]
        for (interview, found) in zip(ordered, findings) {
            let texts = Dictionary(interview.turns.map { ($0.index, ReviewText($0)) }, uniquingKeysWith: { first, _ in first })
            session.transcripts.append((interview.id, interview.turns.map { Turn(turn: $0.index, speaker: $0.speaker, text: texts[$0.index]!.text, digest: texts[$0.index]!.digest) }))
            for finding in found {
                guard case .turn(let turn, let path) = finding.place, let text = texts[turn],
                      let span = text.scalars(path: path, bytes: finding.byteStart..<finding.byteEnd) else { continue }
                let replacement = registry.replacement(for: finding)
                byQueue[finding.confident ? .found : .review, default: []].append(
                    Item(interview: interview.id, turn: turn, start: span.lowerBound, end: span.upperBound, text: finding.text,
                         type: finding.type.rawValue, entity: replacement.ref, reason: finding.reason, queue: finding.confident ? .found : .review))
            }
            byQueue[.gate, default: []] += gateHits(interview, findings: found, texts: texts, gate: gate)
        }
        session.items = (byQueue[.review] ?? []) + (byQueue[.gate] ?? []) + (byQueue[.found] ?? [])
        return session
    }

    /// Mentions of a protected identifier that no finding covers: what the leak gate would refuse the run for.
    private static func gateHits(_ interview: Interview, findings: [Finding], texts: [Int: ReviewText], gate: MentionMatcher) -> [Item] {
        guard gate.hasWords else { return [] }
        var hits: [Item] = []
        for turn in interview.turns {
            guard let text = texts[turn.index] else { continue }
            for piece in text.pieces {
                let node = String(decoding: text.utf8[piece.byteStart..<(piece.byteStart + piece.byteCount)], as: UTF8.self)
                let place = TextPlace.turn(turn.index, piece.path)
                for mention in gate.mentions(inText: node) where mention.sourceStart >= 0 && mention.sourceEnd > mention.sourceStart {
                    let covered = findings.contains { $0.place == place && $0.byteStart < mention.sourceEnd && mention.sourceStart < $0.byteEnd }
                    guard !covered, let span = text.scalars(path: piece.path, bytes: mention.sourceStart..<mention.sourceEnd) else { continue }
                    let identifier = gate.identifiers[mention.identifier]
                    hits.append(Item(interview: interview.id, turn: turn.index, start: span.lowerBound, end: span.upperBound,
                                     text: text.span(span) ?? identifier.text, type: entityType(identifier.reference), entity: identifier.reference,
                                     reason: "the leak gate finds it unreplaced", queue: .gate))
                }
            }
        }
        return hits
    }

    /// The type a gate reference names: `person-3`, or `study identifiers: place #2`.
    private static func entityType(_ reference: String) -> String {
        let name = reference.hasPrefix("study identifiers: ")
            ? String(reference.dropFirst("study identifiers: ".count).prefix { $0 != " " })
            : reference.split(separator: "-").dropLast().joined(separator: "-")
        return IdentifierType(rawValue: name)?.rawValue ?? IdentifierType(studyKey: name).rawValue
    }
}
