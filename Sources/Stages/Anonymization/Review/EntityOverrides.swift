import ThematicCore

/// What review decisions change about entities: a mention split off into an entity of its own, entities joined by a
/// link, and pseudonyms chosen for entities. Resolved once the mentions' findings are known (tagged with
/// `Finding.reviewMention`), so the registry labels by the decisions in one process and in shards alike.
struct EntityOverrides: Sendable {
    /// A split mention's own entity key.
    private(set) var spotKeys: [MentionSpan: String] = [:]
    /// Entity key → the key of the entity it joined (followed to the end).
    private(set) var aliases: [String: String] = [:]
    /// Entity key (after aliases) → the pseudonym a researcher chose.
    private(set) var pseudonyms: [String: String] = [:]
    /// Entity key → the type of the entity a link joined mentions to (a guess taken for a person, linked to the place
    /// it is, is labelled as that place whichever mention comes first).
    private(set) var types: [String: IdentifierType] = [:]

    static let none = EntityOverrides()

    var isEmpty: Bool { spotKeys.isEmpty && aliases.isEmpty && pseudonyms.isEmpty && types.isEmpty }

    /// The key a finding's entity has after the decisions, given the key its words give it.
    func key(_ finding: Finding, base: String) -> String {
        var key = finding.reviewMention.flatMap { spotKeys[$0] } ?? base
        var steps = 0
        while let next = aliases[key], steps < 10_000 { key = next; steps += 1 }
        return key
    }

    /// Resolves the decisions in file order: splits first (a link may name a split mention), then links, then
    /// pseudonyms. `tagged` holds each decision's mention as found; `baseKey` is the registry's key from a finding's
    /// words.
    init(_ decisions: AppliedDecisions, tagged: [MentionSpan: Finding], baseKey: (Finding) -> String) throws {
        let file = decisions.file
        var problems: [Diagnostic] = []
        func finding(_ span: MentionSpan, _ decision: AppliedDecisions.EntityDecision) -> Finding? {
            guard let found = tagged[span] else {
                problems.append(Diagnostic(file: file, line: decision.line, "nothing is replaced at characters \(span.start)–\(span.end) of turn \(span.turn) of '\(span.interview)' any more (rejected, or no longer found); review it again"))
                return nil
            }
            return found
        }
        for decision in decisions.entityDecisions where decision.action == .split {
            guard let found = finding(decision.mention, decision) else { continue }
            let span = decision.mention
            spotKeys[span] = "split:\(found.type.rawValue):\(span.interview):\(span.turn):\(span.start)"
        }
        for decision in decisions.entityDecisions where decision.action == .link {
            guard let found = finding(decision.mention, decision), let target = decision.target, let other = finding(target, decision) else { continue }
            let from = key(found, base: baseKey(found))
            let to = key(other, base: baseKey(other))
            if from != to {
                aliases[from] = to
                types[to] = types[to] ?? other.type
            }
        }
        var named: [String: (key: String, line: Int)] = [:]
        for decision in decisions.entityDecisions where decision.action == .pseudonym {
            guard let found = finding(decision.mention, decision), let pseudonym = decision.pseudonym else { continue }
            let entity = key(found, base: baseKey(found))
            if let earlier = pseudonyms[entity], earlier != pseudonym {
                problems.append(Diagnostic(file: file, line: decision.line, "this entity already has the pseudonym '\(earlier)'"))
                continue
            }
            if let other = named[pseudonym.lowercased()], other.key != entity {
                problems.append(Diagnostic(file: file, line: decision.line, "the pseudonym '\(pseudonym)' is already given to another entity on line \(other.line); two people would read as one"))
                continue
            }
            named[pseudonym.lowercased()] = (entity, decision.line)
            pseudonyms[entity] = pseudonym
        }
        try problems.throwIfAny()
    }

    private init() {}
}
