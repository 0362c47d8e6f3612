import Foundation
import ThematicCore

/// Finds and replaces identifiers consistently across a whole study.
///
/// Three steps. *Detect*: every recognizer reads every text (turns and the free-text metadata), in parallel by
/// interview. *Propagate*: whatever was found with confidence anywhere — a full name, a workplace, a place — is looked
/// for again everywhere, in any case, so a name caught once in one transcript is caught in all of them; a first name or
/// surname on its own links to the one full name it belongs to. *Replace*: each entity gets a study-wide label in order
/// of first appearance (interview id, turn, position), so labels do not depend on threads.
public struct Anonymizer: Sendable {
    /// How each type is replaced.
    public struct Settings: Sendable, Codable, Equatable {
        /// `label` ([age 2]) or `band` ([40–49]).
        public var age = "label"
        /// `label` ([date 3]) or `month-year` ([August 2022]).
        public var date = "label"
        /// `label` ([person 1]) or `pseudonym` (from `pseudonyms`, in order of first appearance).
        public var person = "label"
        /// Pseudonyms for `person = pseudonym`.
        public var pseudonyms: [String] = []
        /// Extra words never replaced.
        public var allow: [String] = []

        public init() {}
    }

    /// One replaced entity, for the key file.
    public struct Entity: Sendable, Codable, Equatable {
        public var ref: String
        public var type: IdentifierType
        public var replacement: String
        /// Every form found, sorted.
        public var originals: [String]
        public var occurrences: Int
    }

    /// A hit listed for human review (replaced all the same).
    public struct Review: Sendable, Codable, Equatable {
        public var interview: String
        public var turn: Int
        public var text: String
        public var type: IdentifierType
        public var reason: String
    }

    /// The outcome for a study.
    public struct Result: Sendable {
        /// The interviews with identifiers replaced by `<anon type ref>` elements.
        public var interviews: [Interview]
        public var entities: [Entity]
        public var review: [Review]
        /// Replacements per type, per interview.
        public var counts: [String: [String: Int]]
        /// Strings that must not appear in any artifact (every form of every entity that is not also an ordinary word).
        public var protectedStrings: [String]
    }

    let gazetteer: Gazetteer
    let settings: Settings

    /// An anonymizer with the bundled gazetteers, the study's identifiers, and `settings`.
    public init(study: Study, settings: Settings = Settings()) throws {
        gazetteer = try Gazetteer.bundled(studyIdentifiers: study.identifiers, allow: settings.allow)
        self.settings = settings
    }

    /// Anonymizes `interviews`, in parallel over `jobs` threads; the result does not depend on `jobs`.
    public func anonymize(_ interviews: [Interview], jobs: Int = 1) -> Result {
        let ordered = interviews.sorted { $0.id < $1.id }
        // 1. Detect.
        let first = parallelMap(ordered, jobs: jobs) { scan($0, propagation: nil) }
        // 2. Propagate what was found with confidence.
        let propagation = PropagationIndex(findings: first.flatMap { $0 }, gazetteer: gazetteer)
        let second = parallelMap(ordered, jobs: jobs) { scan($0, propagation: propagation) }
        // 3. Label in order of first appearance and rewrite.
        var registry = EntityRegistry(settings: settings, propagation: propagation)
        for findings in second { for finding in findings { registry.register(finding) } }
        var counts: [String: [String: Int]] = [:]
        var rewritten: [Interview] = []
        for (interview, findings) in zip(ordered, second) {
            rewritten.append(Rewriter.rewrite(interview, findings: findings, registry: registry))
            for finding in findings { counts[finding.type.rawValue, default: [:]][interview.id, default: 0] += 1 }
        }
        let review = second.flatMap { $0 }.filter { !$0.confident }.map {
            Review(interview: $0.interview, turn: $0.turn, text: $0.text, type: $0.type, reason: $0.reason)
        }
        return Result(interviews: rewritten, entities: registry.entities, review: review, counts: counts,
                      protectedStrings: registry.protectedStrings(gazetteer: gazetteer))
    }

    /// Every finding in one interview: its turns, then its setting and field notes.
    func scan(_ interview: Interview, propagation: PropagationIndex?) -> [Finding] {
        var lexicon = Lexicon(gazetteer: gazetteer)
        var findings: [Finding] = []
        for turn in interview.turns {
            let lowercase = !turn.text.unicodeScalars.contains { $0.properties.isUppercase }
            forEachText(turn.content, path: []) { text, path in
                findings += scan(text, lexicon: &lexicon, lowercase: lowercase, propagation: propagation,
                                 place: .turn(turn.index, path), interview: interview.id)
            }
        }
        for (field, value) in [(TextPlace.setting, interview.meta.setting), (.fieldNotes, interview.meta.fieldNotes)] {
            guard let value else { continue }
            findings += scan(value, lexicon: &lexicon, lowercase: false, propagation: propagation, place: field, interview: interview.id)
        }
        return findings
    }

    /// Calls `body` for each text node that is not already inside an `<anon>` or an `<event>`.
    private func forEachText(_ nodes: [InlineNode], path: [Int], _ body: (String, [Int]) -> Void) {
        for (index, node) in nodes.enumerated() {
            switch node {
            case .text(let text): body(text, path + [index])
            case .element(let element):
                guard element.name != "anon", element.name != InlineElement.eventName else { continue }
                forEachText(element.children, path: path + [index], body)
            }
        }
    }

    func scan(_ string: String, lexicon: inout Lexicon, lowercase: Bool, propagation: PropagationIndex?, place: TextPlace, interview: String) -> [Finding] {
        var string = string
        return string.withUTF8 { bytes -> [Finding] in
            let tokens = Tokenizer.tokens(in: bytes)
            var facts: [WordFacts?] = []
            facts.reserveCapacity(tokens.count)
            for token in tokens {
                facts.append(token.kind == .punct ? nil
                    : lexicon.facts(UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), isNumber: token.kind == .number))
            }
            let view = TextView(bytes: bytes, tokens: tokens, facts: facts, lowercaseText: lowercase, gazetteer: gazetteer)
            var candidates: [Candidate] = []
            for recognizer in allRecognizers { candidates += recognizer.candidates(in: view) }
            candidates += studyIdentifiers(view)
            if let propagation { candidates += propagation.candidates(in: view) }
            let turn: Int = if case .turn(let index, _) = place { index } else { -1 }
            return Self.resolve(candidates).map { candidate in
                Finding(interview: interview, place: place, turn: turn, byteStart: Int(tokens[candidate.first].start),
                        byteEnd: Int(tokens[candidate.last].end), text: view.text(candidate.first, candidate.last),
                        words: (candidate.first...candidate.last).filter { view.tokens[$0].kind != .punct }.map { view.base($0) },
                        type: candidate.type, confident: candidate.confident, reason: candidate.reason)
            }
        }
    }

    /// The study file's identifiers, matched as word sequences in any case.
    private func studyIdentifiers(_ view: TextView) -> [Candidate] {
        var found: [Candidate] = []
        for index in 0..<view.count where view.tokens[index].kind != .punct {
            for (words, type) in gazetteer.studyIdentifiers where view.lower(index) == words[0] || view.base(index) == words[0] {
                var position = index
                var matched = true
                for word in words.dropFirst() {
                    position += 1
                    while view.isPunct(position, "-") || view.isPunct(position, ".") { position += 1 }
                    if !(view.lower(position) == word || view.base(position) == word) { matched = false; break }
                }
                if matched { found.append(Candidate(first: index, last: position, type: type == .other ? .person : type, reason: "listed in the study file")) }
            }
        }
        return found
    }

    /// Keeps the longest candidates; among equal spans the type with precedence; no overlaps.
    static func resolve(_ candidates: [Candidate]) -> [Candidate] {
        let sorted = candidates.sorted { lhs, rhs in
            let left = (lhs.last - lhs.first, -lhs.type.precedence, lhs.confident ? 1 : 0)
            let right = (rhs.last - rhs.first, -rhs.type.precedence, rhs.confident ? 1 : 0)
            if left != right { return left > right }
            return lhs.first < rhs.first
        }
        var taken: [Candidate] = []
        for candidate in sorted where !taken.contains(where: { $0.first <= candidate.last && candidate.first <= $0.last }) {
            taken.append(candidate)
        }
        return taken.sorted { $0.first < $1.first }
    }

    private func parallelMap<T: Sendable>(_ interviews: [Interview], jobs: Int, _ body: @escaping @Sendable (Interview) -> T) -> [T] {
        let workers = max(1, min(jobs, interviews.count))
        let slots = Slots<T>(count: interviews.count)
        DispatchQueue.concurrentPerform(iterations: workers) { stripe in
            for index in stride(from: stripe, to: interviews.count, by: workers) { slots[index] = body(interviews[index]) }
        }
        return slots.values.map { $0! }
    }
}

/// Where a text is: a text node of a turn (its path through inline elements), or a metadata field.
enum TextPlace: Hashable, Sendable {
    case turn(Int, [Int])
    case setting
    case fieldNotes
}

/// One identifier found in one text.
struct Finding: Sendable {
    var interview: String
    var place: TextPlace
    var turn: Int
    var byteStart: Int
    var byteEnd: Int
    var text: String
    /// Its words, lower-cased (possessives removed), for linking and propagation.
    var words: [String]
    var type: IdentifierType
    var confident: Bool
    var reason: String
}

/// Fixed slots filled by index from several threads.
final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    subscript(index: Int) -> Value? {
        get { lock.lock(); defer { lock.unlock() }; return storage[index] }
        set { lock.lock(); storage[index] = newValue; lock.unlock() }
    }
    var values: [Value?] { lock.lock(); defer { lock.unlock() }; return storage }
}
