import Foundation
import ThematicCore

/// A codebook's rules compiled into one matcher.
///
/// Every word of every rule becomes an *atom* (a stem per language, or a prefix); a token is looked up once and
/// yields the atoms it matches, cached per distinct spelling, so the text is scanned once however many rules
/// there are. Only the rules that use a matched atom (plus rules with regular expressions) are evaluated for a
/// unit. The compiled form is immutable and shared by all worker threads; each worker has its own stemmers and
/// cache (`Autocoder.Worker`).
public final class Autocoder: Sendable {
    indirect enum Expression: Sendable {
        case term(Int)
        case regex(Int)
        case near(Expression, Expression, distance: Int)
        case and([Expression])
        case or([Expression])
        case not(Expression)
    }

    struct Rule: Sendable {
        var code: String
        var speakers: String
        var expression: Expression
        /// Where the rule is, for messages: "codebook.yaml:41: code 'x', rule 2".
        var location: Diagnostic
    }

    /// How many progress reports (ICU reports every few thousand backtracking steps) one regular-expression match
    /// may take before the rule is failed: about a quarter of a second on these machines, and a count, not a clock,
    /// so whether a run fails does not depend on the machine's load.
    public static let regexStepBudget = 2_000

    let languages: [String]
    let unit: SegmentUnit
    let atoms: [WordPattern]
    let atomsByStem: [[String: [Int32]]]
    let prefixAtoms: [(prefix: String, atom: Int32)]
    let terms: [[Int32]]
    let termsStartingWithAtom: [[Int32]]
    let rulesUsingTerm: [[Int32]]
    let regexRules: [Int32]
    let regexes: [NSRegularExpression]
    let rules: [Rule]
    let hasParticipantRules: Bool
    let hasInterviewerRules: Bool

    /// Compiles the rules of every codebook entry; rule errors name the codebook line.
    public init(codebook: Codebook) throws {
        languages = codebook.languages
        unit = codebook.unit
        let stemmers = try codebook.languages.map { try Stemmer(language: $0) }
        var atoms: [WordPattern] = []
        var atomIndex: [WordPattern: Int32] = [:]
        var terms: [[Int32]] = []
        var termIndex: [[Int32]: Int] = [:]
        var regexes: [NSRegularExpression] = []
        var rules: [Rule] = []
        var rulesUsingTerm: [Set<Int32>] = []
        var regexRules: [Int32] = []

        func atom(_ pattern: WordPattern) -> Int32 {
            if let known = atomIndex[pattern] { return known }
            atoms.append(pattern)
            atomIndex[pattern] = Int32(atoms.count - 1)
            return Int32(atoms.count - 1)
        }
        func compile(_ expression: RuleExpression, rule: Int32, usesRegex: inout Bool) throws -> Expression {
            switch expression {
            case .words(let patterns):
                let sequence = patterns.map(atom)
                let term: Int
                if let known = termIndex[sequence] { term = known } else {
                    terms.append(sequence); rulesUsingTerm.append([]); term = terms.count - 1; termIndex[sequence] = term
                }
                rulesUsingTerm[term].insert(rule)
                return .term(term)
            case .regex(let pattern):
                usesRegex = true
                regexes.append(try NSRegularExpression(pattern: pattern, options: [.caseInsensitive]))
                return .regex(regexes.count - 1)
            case .near(let left, let right, let distance):
                return .near(try compile(left, rule: rule, usesRegex: &usesRegex), try compile(right, rule: rule, usesRegex: &usesRegex), distance: distance)
            case .and(let parts): return .and(try parts.map { try compile($0, rule: rule, usesRegex: &usesRegex) })
            case .or(let parts): return .or(try parts.map { try compile($0, rule: rule, usesRegex: &usesRegex) })
            case .not(let inner): return .not(try compile(inner, rule: rule, usesRegex: &usesRegex))
            }
        }

        for entry in codebook.entries {
            for (number, source) in entry.rules.enumerated() {
                let parsed: RuleExpression
                do { parsed = try RuleParser.parse(source) } catch {
                    throw Diagnostic(file: codebook.source, line: entry.line, "code '\(entry.id)', rule \(number + 1) \"\(quoting: source)\" (column \(error.column)): \(error.message)")
                }
                var usesRegex = false
                let ruleNumber = Int32(rules.count)
                let expression = try compile(parsed, rule: ruleNumber, usesRegex: &usesRegex)
                rules.append(Rule(code: entry.id, speakers: entry.speakers, expression: expression,
                                  location: Diagnostic(file: codebook.source, line: entry.line, "code '\(entry.id)', rule \(number + 1)")))
                if usesRegex { regexRules.append(ruleNumber) }
            }
        }

        var atomsByStem = Array(repeating: [String: [Int32]](), count: stemmers.count)
        var prefixAtoms: [(prefix: String, atom: Int32)] = []
        for (number, pattern) in atoms.enumerated() {
            if pattern.isPrefix {
                prefixAtoms.append((pattern.text, Int32(number)))
            } else {
                for (language, stemmer) in stemmers.enumerated() {
                    atomsByStem[language][stemmer.stem(pattern.text), default: []].append(Int32(number))
                }
            }
        }
        var termsStartingWithAtom = Array(repeating: [Int32](), count: atoms.count)
        for (number, term) in terms.enumerated() { termsStartingWithAtom[Int(term[0])].append(Int32(number)) }

        self.atoms = atoms
        self.atomsByStem = atomsByStem
        self.prefixAtoms = prefixAtoms
        self.terms = terms
        self.termsStartingWithAtom = termsStartingWithAtom
        self.rulesUsingTerm = rulesUsingTerm.map { $0.sorted() }
        self.regexRules = regexRules
        self.regexes = regexes
        self.rules = rules
        hasParticipantRules = rules.contains { Worker.speakerApplies($0.speakers, isParticipant: true) }
        hasInterviewerRules = rules.contains { Worker.speakerApplies($0.speakers, isParticipant: false) }
    }

    /// How many rules were compiled.
    public var ruleCount: Int { rules.count }

    /// Whether any rule looks at turns of this kind of speaker (turns no rule reads are skipped unscanned).
    func anyRule(applies isParticipant: Bool) -> Bool {
        isParticipant ? hasParticipantRules : hasInterviewerRules
    }

    /// Codes every interview, in parallel over `jobs` threads; the result does not depend on `jobs`.
    public func code<Interviews: RandomAccessCollection & Sendable>(_ interviews: Interviews, jobs: Int, meter: ProgressMeter? = nil) throws -> [CodedSegment]
        where Interviews.Element == Interview, Interviews.Index == Int {
        var codings: [CodedSegment] = []
        try code(interviews, jobs: jobs, meter: meter) { codings += $0 }
        return codings
    }

    /// Codes every interview a chunk at a time, in parallel over `jobs` threads, handing each chunk's codings on in
    /// interview order: only a chunk of transcripts (and of codings being made) is held at once, and each thread's
    /// matcher goes on from chunk to chunk with what it has learnt.
    public func code<Interviews: RandomAccessCollection & Sendable>(_ interviews: Interviews, jobs: Int, chunkSize: Int = InterviewList.chunkSize,
                                                                     meter: ProgressMeter? = nil, handOn: ([CodedSegment]) throws -> Void) throws
        where Interviews.Element == Interview, Interviews.Index == Int {
        let workers = max(1, min(jobs, interviews.count))
        let pool = WorkerPool(count: workers)
        for start in stride(from: 0, to: interviews.count, by: max(1, chunkSize)) {
            let end = min(interviews.count, start + max(1, chunkSize))
            let results = ConcurrentSlots<[CodedSegment]>(count: end - start)
            // By interview, so the error reported is the first interview's whatever thread met it.
            let failure = ConcurrentSlots<any Error>(count: end - start)
            results.fill(jobs: workers) { stripe, next in
                do {
                    var worker = try pool.take(stripe) ?? Worker(self)
                    defer { pool.put(worker, stripe) }
                    while let slot = next() {
                        let index = start + slot
                        results[slot] = worker.code(interviews[index])
                        meter?.advance()
                        if let rule = worker.exhausted.rule {
                            var problem = rules[Int(rule)].location
                            problem.message += ": the regular expression needs too many steps on a turn of interview '\(interviews[index].id)' (catastrophic backtracking); simplify it (see Docs/Codebook.md, 'Regular expressions')"
                            failure[slot] = problem
                            return
                        }
                    }
                } catch {
                    failure[0] = error
                }
            }
            if let error = failure.values.compactMap({ $0 }).first { throw error }
            try handOn(results.values.flatMap { $0 ?? [] })
        }
    }

    /// Each thread's worker, kept from one chunk to the next. Thread `stripe` touches only slot `stripe`.
    private final class WorkerPool: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<Worker?>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }

        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }

        func take(_ stripe: Int) -> Worker? {
            defer { slots[stripe] = nil }
            return slots[stripe]
        }

        func put(_ worker: Worker, _ stripe: Int) { slots[stripe] = worker }
    }

    /// One thread's matcher state: stemmers (not thread-safe), the spelling cache and per-unit scratch space.
    /// A struct, not a class, so the hot loop's accesses are checked for exclusivity at compile time, not at run time.
    public struct Worker {
        let compiled: Autocoder
        let stemmers: [Stemmer]
        /// Spelling id → the atoms that spelling matches: `atomList[atomStart[id] ..< atomStart[id + 1]]`, kept flat
        /// so the per-word lookup touches no reference-counted array.
        var spellings = SpellingTable()
        var atomStart: [Int32] = [0]
        var atomList: [Int32] = []
        // Per-unit scratch, reset between units.
        var spellingAt: [Int32] = []
        var atomPositions: [[Int]]
        var touchedAtoms: [Int32] = []
        var termSpans: [[TextRange]]
        var touchedTerms: [Int32] = []
        var ruleStamp: [Int]
        var stamp = 0
        /// The rule whose regular expression ran out of steps, if any (a class so the non-mutating evaluation can set it).
        let exhausted = Exhaustion()

        final class Exhaustion {
            var rule: Int32?
            var current: Int32 = 0
        }

        struct TextRange { var first: Int; var last: Int }

        /// A worker for `compiled`.
        public init(_ compiled: Autocoder) throws {
            self.compiled = compiled
            stemmers = try compiled.languages.map { try Stemmer(language: $0) }
            atomPositions = Array(repeating: [], count: compiled.atoms.count)
            termSpans = Array(repeating: [], count: compiled.terms.count)
            ruleStamp = Array(repeating: -1, count: compiled.rules.count)
        }

        /// The codings of one interview, in turn, unit and code-id order.
        public mutating func code(_ interview: Interview) -> [CodedSegment] {
            var codings: [CodedSegment] = []
            let sentences = compiled.unit == .sentence
            let participants = Set(interview.participants)
            for turn in interview.turns {
                // A document's paragraphs are no interviewer's questions: rules for participants' words apply to them.
                let isParticipant = interview.isDocument || participants.contains(turn.speaker)
                guard compiled.anyRule(applies: isParticipant) else { continue }
                var text = turn.text
                let scalarCount = sentences ? 0 : text.unicodeScalars.count
                text.withUTF8 { bytes in
                    var unitHasWords = false
                    func finish(_ span: TextScanner.Sentence) {
                        defer { resetUnit() }
                        guard unitHasWords || !compiled.regexRules.isEmpty else { return }
                        let codes = match(bytes, span: span, isParticipant: isParticipant)
                        guard !codes.isEmpty else { return }
                        let segment = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd]), as: UTF8.self)
                        for code in codes {
                            codings.append(CodedSegment(interview: interview.id, turn: turn.index, start: span.start, end: span.end,
                                                        code: code, coder: CodedSegment.autoCoder, text: segment))
                        }
                    }
                    TextScanner.scan(bytes, sentences: sentences, word: { word in
                        if add(UnsafeBufferPointer(rebasing: bytes[word.byteStart..<word.byteEnd])) { unitHasWords = true }
                    }, sentence: { sentence in
                        finish(sentence)
                        unitHasWords = false
                    })
                    if !sentences, bytes.count > 0 {
                        finish(TextScanner.Sentence(byteStart: 0, byteEnd: bytes.count, start: 0, end: scalarCount))
                    }
                }
            }
            return codings
        }

        /// Adds the next word of the unit; returns whether it matched any atom.
        @inline(__always) mutating func add(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            let hash = SpellingTable.hash(word)
            let spelling = spellings.find(word, hash: hash) ?? learn(word, hash: hash)
            let position = spellingAt.count
            spellingAt.append(spelling)
            let lower = Int(atomStart[Int(spelling)])
            let upper = Int(atomStart[Int(spelling) + 1])
            guard lower < upper else { return false }
            for index in lower..<upper {
                let atom = atomList[index]
                if atomPositions[Int(atom)].isEmpty { touchedAtoms.append(atom) }
                atomPositions[Int(atom)].append(position)
            }
            return true
        }

        /// Works out which atoms a new spelling matches (lower-cased, stemmed per language, prefixes) and caches it.
        mutating func learn(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
            let lower = String(decoding: word, as: UTF8.self).lowercased()
            var found: [Int32] = []
            for (language, stemmer) in stemmers.enumerated() {
                if let hits = compiled.atomsByStem[language][stemmer.stem(lower)] { found.append(contentsOf: hits) }
            }
            for (prefix, atom) in compiled.prefixAtoms where lower.hasPrefix(prefix) { found.append(atom) }
            if found.count > 1 { found = Array(Set(found)).sorted() }
            let id = spellings.insert(word, hash: hash)
            atomList.append(contentsOf: found)
            atomStart.append(Int32(atomList.count))
            return id
        }

        func spelling(_ spelling: Int32, matches atom: Int32) -> Bool {
            atomList[Int(atomStart[Int(spelling)])..<Int(atomStart[Int(spelling) + 1])].contains(atom)
        }

        mutating func resetUnit() {
            spellingAt.removeAll(keepingCapacity: true)
            for atom in touchedAtoms { atomPositions[Int(atom)].removeAll(keepingCapacity: true) }
            touchedAtoms.removeAll(keepingCapacity: true)
            for term in touchedTerms { termSpans[Int(term)].removeAll(keepingCapacity: true) }
            touchedTerms.removeAll(keepingCapacity: true)
        }

        /// The codes whose rules match the unit just scanned, sorted by id (the order codings are kept in).
        mutating func match(_ bytes: UnsafeBufferPointer<UInt8>, span: TextScanner.Sentence, isParticipant: Bool) -> [String] {
            stamp += 1
            var candidates: [Int32] = []
            for atom in touchedAtoms {
                for term in compiled.termsStartingWithAtom[Int(atom)] {
                    let sequence = compiled.terms[Int(term)]
                    for position in atomPositions[Int(atom)] where position + sequence.count <= spellingAt.count {
                        var matches = true
                        for step in 1..<max(1, sequence.count) where !spelling(spellingAt[position + step], matches: sequence[step]) {
                            matches = false
                            break
                        }
                        guard matches else { continue }
                        if termSpans[Int(term)].isEmpty { touchedTerms.append(term) }
                        termSpans[Int(term)].append(TextRange(first: position, last: position + sequence.count - 1))
                    }
                }
            }
            for term in touchedTerms {
                for rule in compiled.rulesUsingTerm[Int(term)] where ruleStamp[Int(rule)] != stamp {
                    ruleStamp[Int(rule)] = stamp
                    candidates.append(rule)
                }
            }
            for rule in compiled.regexRules where ruleStamp[Int(rule)] != stamp {
                ruleStamp[Int(rule)] = stamp
                candidates.append(rule)
            }
            guard !candidates.isEmpty else { return [] }
            var unitText: String?
            var matched: [String] = []
            for number in candidates {
                let rule = compiled.rules[Int(number)]
                guard Self.speakerApplies(rule.speakers, isParticipant: isParticipant), !matched.contains(rule.code) else { continue }
                exhausted.current = number
                if evaluate(rule.expression, bytes: bytes, span: span, unitText: &unitText) { matched.append(rule.code) }
            }
            return matched.sorted()
        }

        static func speakerApplies(_ filter: String, isParticipant: Bool) -> Bool {
            switch filter {
            case "all": true
            case "interviewers": !isParticipant
            default: isParticipant
            }
        }

        func evaluate(_ expression: Expression, bytes: UnsafeBufferPointer<UInt8>, span: TextScanner.Sentence, unitText: inout String?) -> Bool {
            switch expression {
            case .term(let term): return !termSpans[term].isEmpty
            case .regex(let number):
                if unitText == nil { unitText = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.byteStart..<span.byteEnd]), as: UTF8.self) }
                let subject = unitText!
                if exhausted.rule != nil { return false }
                var found = false
                var reports = 0
                compiled.regexes[number].enumerateMatches(in: subject, options: [.reportProgress], range: NSRange(subject.startIndex..., in: subject)) { match, _, stop in
                    if match != nil { found = true; stop.pointee = true; return }
                    reports += 1
                    if reports > Autocoder.regexStepBudget {
                        exhausted.rule = exhausted.current
                        stop.pointee = true
                    }
                }
                return found
            case .near: return !spans(of: expression).isEmpty
            case .and(let parts): return parts.allSatisfy { evaluate($0, bytes: bytes, span: span, unitText: &unitText) }
            case .or(let parts): return parts.contains { evaluate($0, bytes: bytes, span: span, unitText: &unitText) }
            case .not(let inner): return !evaluate(inner, bytes: bytes, span: span, unitText: &unitText)
            }
        }

        /// Token ranges where a positional expression matches; NEAR joins pairs of ranges with at most
        /// `distance` words between them.
        func spans(of expression: Expression) -> [TextRange] {
            switch expression {
            case .term(let term): return termSpans[term]
            case .near(let left, let right, let distance):
                let lefts = spans(of: left)
                guard !lefts.isEmpty else { return [] }
                let rights = spans(of: right)
                var joined: [TextRange] = []
                for a in lefts {
                    for b in rights {
                        let gap = a.last < b.first ? b.first - a.last - 1 : (b.last < a.first ? a.first - b.last - 1 : 0)
                        if gap <= distance { joined.append(TextRange(first: min(a.first, b.first), last: max(a.last, b.last))) }
                    }
                }
                return joined
            case .or(let parts): return parts.flatMap { spans(of: $0) }
            default: return []
            }
        }
    }
}
