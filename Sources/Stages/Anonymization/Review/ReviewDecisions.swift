import Foundation
import ThematicCore
import ThematicIO
import Yams

/// A mention a decision points at: a span of one turn's review text (Unicode-scalar offsets), with the span's text
/// and the turn text's digest, so an edited transcript makes the decision stale instead of misplacing it.
public struct MentionAnchor: Hashable, Sendable, Codable {
    public var interview: String
    public var turn: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var turnDigest: String

    public init(interview: String, turn: Int, start: Int, end: Int, text: String, turnDigest: String) {
        self.interview = interview
        self.turn = turn
        self.start = start
        self.end = end
        self.text = text
        self.turnDigest = turnDigest
    }

}

/// Where a mention is, without what it says.
public struct MentionSpan: Hashable, Sendable, Codable {
    public var interview: String
    public var turn: Int
    public var start: Int
    public var end: Int

    public init(interview: String, turn: Int, start: Int, end: Int) {
        (self.interview, self.turn, self.start, self.end) = (interview, turn, start, end)
    }
}

/// One decision a researcher took in `thematic review`.
public struct ReviewDecision: Equatable, Sendable {
    public enum Action: String, CaseIterable, Sendable {
        /// The finding is right: it leaves the review list.
        case confirm
        /// Not an identifier: the words stay.
        case reject
        /// The finding is an identifier of another type.
        case retype
        /// A span the machine missed, with its type; found and propagated like a confident find.
        case add
        /// The mention's entity is the same as the entity of `target`.
        case link
        /// The mention is a person (or thing) of its own, not the entity its words would put it in.
        case split
        /// The mention's entity is replaced by `pseudonym`.
        case pseudonym
    }

    public var action: Action
    public var mention: MentionAnchor
    public var type: IdentifierType?
    public var target: MentionAnchor?
    public var pseudonym: String?
    /// The decision's line in its file (0 when it was never read from one), for messages.
    public var line: Int = 0

    public init(action: Action, mention: MentionAnchor, type: IdentifierType? = nil, target: MentionAnchor? = nil, pseudonym: String? = nil, line: Int = 0) {
        self.action = action
        self.mention = mention
        self.type = type
        self.target = target
        self.pseudonym = pseudonym
        self.line = line
    }

    public static func == (lhs: ReviewDecision, rhs: ReviewDecision) -> Bool {
        (lhs.action, lhs.mention, lhs.type, lhs.target, lhs.pseudonym) == (rhs.action, rhs.mention, rhs.type, rhs.target, rhs.pseudonym)
    }
}

/// The decisions file (`decisions.yaml` beside the pipeline by default): what `thematic review` saves and the
/// anonymization stage applies. It names identifiers, so it is written mode 0600 and never into an output folder.
public struct ReviewDecisions: Equatable, Sendable {
    public static let version = 1
    public var decisions: [ReviewDecision]
    /// The file's name in messages.
    public var file: String

    public init(_ decisions: [ReviewDecision] = [], file: String = "decisions.yaml") {
        self.decisions = decisions
        self.file = file
    }

    public var isEmpty: Bool { decisions.isEmpty }

    // MARK: Reading

    /// Reads a decisions file, refusing with file:line anything it does not understand.
    public static func read(_ data: Data, file: String) throws -> ReviewDecisions {
        guard let root = try YAMLDocument.compose(data, file: file) else { return ReviewDecisions(file: file) }
        guard root.mapping != nil else { throw Diagnostic(file: file, line: line(root), "a decisions file is a mapping with 'version' and 'decisions'") }
        var problems = YAMLDocument.unknownKeys(in: root, allowed: ["version", "decisions"], context: "the decisions file", file: file)
        if let version = root["version"], version.int != Self.version {
            problems.append(Diagnostic(file: file, line: line(version), "version \(version.string ?? "?") is not one this Thematic reads (it reads \(Self.version))"))
        }
        var decisions: [ReviewDecision] = []
        if let list = root["decisions"] {
            guard let items = list.sequence else { throw Diagnostic(file: file, line: line(list), "'decisions' must be a list") }
            for item in items {
                do { decisions.append(try decision(item, file: file)) } catch let diagnostic as Diagnostic { problems.append(diagnostic) }
            }
        }
        try problems.throwIfAny()
        return ReviewDecisions(decisions, file: file)
    }

    private static let fields: Set<String> = ["action", "interview", "turn", "start", "end", "text", "turn-digest", "type", "to", "pseudonym"]
    private static let anchorFields: Set<String> = ["interview", "turn", "start", "end", "text", "turn-digest"]

    private static func decision(_ node: Node, file: String) throws -> ReviewDecision {
        let at = line(node)
        guard node.mapping != nil else { throw Diagnostic(file: file, line: at, "a decision is a mapping (action, interview, turn, start, end, text, turn-digest)") }
        let unknown = YAMLDocument.unknownKeys(in: node, allowed: fields, context: "a decision", file: file)
        if let first = unknown.first { throw first }
        let actionName = try string(node, "action", file: file)
        guard let action = ReviewDecision.Action(rawValue: actionName) else {
            throw Diagnostic(file: file, line: line(node["action"]!), "unknown action '\(actionName)' (valid: \(ReviewDecision.Action.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var decision = ReviewDecision(action: action, mention: try anchor(node, file: file), line: at ?? 0)
        if let type = node["type"] {
            guard let name = type.string, let value = IdentifierType(rawValue: name) else {
                throw Diagnostic(file: file, line: line(type), "unknown type '\(type.string ?? "")' (valid: \(IdentifierType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            decision.type = value
        }
        if let target = node["to"] {
            let unknownInTarget = YAMLDocument.unknownKeys(in: target, allowed: anchorFields, context: "'to'", file: file)
            if let first = unknownInTarget.first { throw first }
            decision.target = try anchor(target, file: file)
        }
        if let pseudonym = node["pseudonym"] {
            guard let text = pseudonym.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Diagnostic(file: file, line: line(pseudonym), "'pseudonym' must be a name")
            }
            decision.pseudonym = text
        }
        switch action {
        case .retype, .add:
            if decision.type == nil { throw Diagnostic(file: file, line: at, "'\(action.rawValue)' needs a 'type'") }
        case .link:
            if decision.target == nil { throw Diagnostic(file: file, line: at, "'link' needs 'to': the mention whose entity this one joins") }
        case .pseudonym:
            if decision.pseudonym == nil { throw Diagnostic(file: file, line: at, "'pseudonym' needs a 'pseudonym'") }
        case .confirm, .reject, .split:
            break
        }
        return decision
    }

    private static func anchor(_ node: Node, file: String) throws -> MentionAnchor {
        let anchor = MentionAnchor(interview: try string(node, "interview", file: file), turn: try int(node, "turn", file: file),
                                   start: try int(node, "start", file: file), end: try int(node, "end", file: file),
                                   text: try string(node, "text", file: file), turnDigest: try string(node, "turn-digest", file: file))
        guard anchor.start >= 0, anchor.end > anchor.start, anchor.turn >= 0 else {
            throw Diagnostic(file: file, line: line(node), "a mention needs 0 ≤ start < end and a turn ≥ 0")
        }
        return anchor
    }

    private static func string(_ node: Node, _ key: String, file: String) throws -> String {
        guard let value = node[key] else { throw Diagnostic(file: file, line: line(node), "missing '\(key)'") }
        guard let text = value.string else { throw Diagnostic(file: file, line: line(value), "'\(key)' must be text") }
        return text
    }

    private static func int(_ node: Node, _ key: String, file: String) throws -> Int {
        guard let value = node[key] else { throw Diagnostic(file: file, line: line(node), "missing '\(key)'") }
        guard let number = value.int else { throw Diagnostic(file: file, line: line(value), "'\(key)' must be a whole number") }
        return number
    }

    private static func line(_ node: Node) -> Int? { node.mark?.line }

    // MARK: Writing

    /// The file's text: fixed order, every string JSON-quoted (valid YAML), so the same decisions give the same bytes.
    public func yaml(study: String) -> String {
        var out = """
            # Review decisions for study \(Self.quoted(study)), saved by `thematic review` and applied by the anonymization stage.
            # It names identifiers: keep it as private as the transcripts (never publish it or put it in an output folder).
            version: \(Self.version)
            decisions:\(decisions.isEmpty ? " []" : "")

            """
        for decision in decisions {
            out += "  - action: \(decision.action.rawValue)\n"
            out += Self.anchorLines(decision.mention, indent: "    ")
            if let type = decision.type { out += "    type: \(type.rawValue)\n" }
            if let target = decision.target { out += "    to:\n" + Self.anchorLines(target, indent: "      ") }
            if let pseudonym = decision.pseudonym { out += "    pseudonym: \(Self.quoted(pseudonym))\n" }
        }
        return out
    }

    private static func anchorLines(_ anchor: MentionAnchor, indent: String) -> String {
        "\(indent)interview: \(quoted(anchor.interview))\n\(indent)turn: \(anchor.turn)\n\(indent)start: \(anchor.start)\n\(indent)end: \(anchor.end)\n"
            + "\(indent)text: \(quoted(anchor.text))\n\(indent)turn-digest: \(quoted(anchor.turnDigest))\n"
    }

    static func quoted(_ text: String) -> String { YAMLText.quoted(text) }
}
