import Foundation
import ThematicCore

/// Finds and replaces identifiers consistently across a whole study.
///
/// Three steps. *Detect*: every recognizer reads every text (turns and the free-text metadata), in parallel by
/// interview. *Propagate*: whatever was found anywhere — a full name, a workplace, a place — is looked for again
/// everywhere, in any case (forms that are also ordinary words excepted), so a name caught once in one transcript is caught in all of them; a first name or
/// surname on its own links to the one full name it belongs to. *Replace*: each entity gets a study-wide label in order
/// of first appearance (interview id, turn, position), so labels do not depend on threads.
public struct Anonymizer: Sendable {
    /// How each type is replaced.
    public struct Settings: Sendable, Codable, Equatable {
        /// `label` ([age 2]) or `band` ([40–49]).
        public var age = AgeReplacement.label
        /// `label` ([date 3]) or `month-year` ([August 2022]).
        public var date = DateReplacement.label
        /// `label` ([place 2]) or `region` ([a municipality in Trøndelag]; places that are not municipalities keep labels).
        public var place = PlaceReplacement.label
        /// `label` ([person 1]) or `pseudonym` (from `pseudonyms`, in order of first appearance).
        public var person = PersonReplacement.label
        /// Pseudonyms for `person = pseudonym`.
        public var pseudonyms: [String] = []
        /// Extra words never replaced.
        public var allow: [String] = []

        public init() {}
    }

    /// How ages are replaced.
    public enum AgeReplacement: String, OptionChoice, Codable { case label, band }
    /// How dates are replaced.
    public enum DateReplacement: String, OptionChoice, Codable { case label, monthYear = "month-year" }
    /// How places are replaced.
    public enum PlaceReplacement: String, OptionChoice, Codable { case label, region }
    /// How people are replaced.
    public enum PersonReplacement: String, OptionChoice, Codable { case label, pseudonym }

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
        public var review: ReviewList
        /// Replacements per type, per interview.
        public var counts: [String: [String: Int]]
        /// Strings that must not appear in any artifact (every form of every entity that is not also an ordinary word).
        public var protectedStrings: [ProtectedIdentifier]
        /// Where each turn's spoken text changed, to carry human coding offsets from the original text.
        public var replacements = TextReplacements()
    }

    private let sharedGazetteer: Shared<Gazetteer>
    var gazetteer: Gazetteer { _read { yield sharedGazetteer.value } }
    let settings: Settings
    /// The study's identifiers (and the parts of its names) as the matcher looks for them.
    let studyMentions: StudyMentions
    /// What a researcher decided in `thematic review`, resolved against the transcripts (`apply(_:to:)`).
    private(set) var decisions = AppliedDecisions.none

    /// An anonymizer with the bundled gazetteers (read on `jobs` threads), the study's identifiers, and `settings`.
    public init(study: Study, settings: Settings = Settings(), jobs: Int = 1) throws {
        let gazetteer = try Gazetteer.bundled(studyIdentifiers: study.identifiers, allow: settings.allow, jobs: jobs)
        sharedGazetteer = Shared(gazetteer)
        studyMentions = StudyMentions(identifiers: study.identifiers, gazetteer: gazetteer)
        self.settings = settings
    }

    /// Applies review decisions from now on. `interviews` are those the decisions name (others are ignored), prepared
    /// as this anonymizer reads them; `renamed` maps the file's interview ids to the ids the interviews carry; with
    /// `partial` (a shard) decisions about interviews not given are left to the shards that have them. Throws, naming
    /// the file's line, when a decision is stale or names what is not there.
    public mutating func apply(_ decisions: ReviewDecisions, to interviews: [Interview], renamed: (String) -> String = { $0 }, partial: Bool = false) throws {
        self.decisions = try AppliedDecisions(decisions, interviews: interviews, renamed: renamed, partial: partial)
    }

    /// What the leak gate protects of the study's identifiers: each identifier listed and the parts of listed names,
    /// those that are also ordinary words ("Per", "Else") only where their context says they are names — exactly what
    /// this anonymizer replaces (`StudyMentions`).
    public var studyProtection: [ProtectedIdentifier] { studyMentions.protected }

    /// Anonymizes `interviews`, in parallel over `jobs` threads; the result does not depend on `jobs`.
    ///
    /// The same phases run in shards under `thematic analyze --shards` (`AnonymizationShards`), each shard taking some
    /// interviews and the small study-wide results of the phase before; one process simply runs them back to back.
    /// `meter(task, total)` gives a progress meter for each phase that reads every interview (nil: none).
    public func anonymize(_ interviews: [Interview], jobs: Int = 1, meter: (String, Int) -> ProgressMeter? = { _, _ in nil }) -> Result {
        var rewritten: [Interview] = []
        // Without a scratch file and with a hand-off that cannot fail, nothing here throws.
        var result = try! anonymize(InterviewList(interviews), jobs: jobs, meter: meter) { rewritten += $0 }
        result.interviews = rewritten
        return result
    }

    /// Anonymizes a listed corpus chunk by chunk, so only a chunk of transcripts is in memory at a time: each phase
    /// reads the list again, and with a `scratch` file what the phases find is kept there between them (a chunk's
    /// detections, then its findings) rather than in memory. The rewritten interviews go to `handOn` a chunk at a
    /// time, in id order; the result's `interviews` stay empty.
    public func anonymize(_ interviews: InterviewList, jobs: Int = 1, scratch: ScratchFile? = nil, chunkSize: Int = InterviewList.chunkSize,
                          meter: (String, Int) -> ProgressMeter? = { _, _ in nil }, handOn: ([Interview]) throws -> Void) throws -> Result {
        let chunks = interviews.chunks(of: chunkSize)
        var kept = SpilledChunks(scratch: scratch, jobs: jobs)
        // Each thread's lexicons (words already looked up) go on from chunk to chunk.
        let detecting = meter("detecting", interviews.count)
        let detectingLexicons = LexiconPool(jobs)
        var seeds = PropagationIndex.Builder(gazetteer: gazetteer, studyNames: studyMentions.names)
        for range in chunks {
            var loaded = interviews.load(range, jobs: jobs)
            var detections = detect(loaded, jobs: jobs, meter: detecting, lexicons: detectingLexicons)
            ConcurrentSlots.release(&loaded, jobs: jobs)
            seeds.add(Self.propagationSeeds(detections, jobs: jobs))
            try kept.keep(detections: detections)
            ConcurrentSlots.release(&detections, jobs: jobs)
        }
        let propagation = seeds.index()
        var registry = EntityRegistry(settings: settings, propagation: propagation, counties: gazetteer.counties, months: gazetteer.months)
        try applyDecisions(to: &registry, tagged: taggedMentions(in: interviews, index: propagation))
        // With a scratch file the list waits there, a chunk's at a time.
        var review = ReviewList(scratch: scratch)
        let propagating = meter("propagating", interviews.count)
        for (number, range) in chunks.enumerated() {
            var loaded = interviews.load(range, jobs: jobs)
            var detections = kept.detections(number)
            var findings = propagate(loaded, detections: detections, index: propagation, jobs: jobs, meter: propagating)
            ConcurrentSlots.release(&loaded, jobs: jobs)
            ConcurrentSlots.release(&detections, jobs: jobs)
            // Labels are numbered by first appearance in the study, so the chunks are registered in order.
            for list in findings { for finding in list { registry.register(finding) } }
            review.append(contentsOf: Self.review(findings))
            try review.spill()
            try kept.keep(findings: findings)
            ConcurrentSlots.release(&findings, jobs: jobs)
        }
        var result = Result(interviews: [], entities: registry.entities, review: review, counts: [:],
                            protectedStrings: registry.protectedStrings(gazetteer: gazetteer))
        for (number, range) in chunks.enumerated() {
            var loaded = interviews.load(range, jobs: jobs)
            var findings = kept.findings(number)
            var part = rewrite(loaded, findings: findings, registry: registry, jobs: jobs)
            ConcurrentSlots.release(&loaded, jobs: jobs)
            ConcurrentSlots.release(&findings, jobs: jobs)
            for (type, byInterview) in part.counts { result.counts[type, default: [:]].merge(byInterview) { first, _ in first } }
            result.replacements.merge(part.replacements)
            if let scratch { try result.replacements.spill(to: scratch) }
            try handOn(part.interviews)
            ConcurrentSlots.release(&part.interviews, jobs: jobs)
        }
        return result
    }

    /// What the phases found per chunk, in memory or spilled to a scratch file (a record per interview, encoded and
    /// decoded on the run's threads).
    private struct SpilledChunks {
        let scratch: ScratchFile?
        let jobs: Int
        private var detections: [[Detection]] = []
        private var findings: [[[Finding]]] = []
        private var detectionPlaces: [[ScratchFile.Place]] = []
        private var findingPlaces: [[ScratchFile.Place]] = []

        init(scratch: ScratchFile?, jobs: Int) {
            self.scratch = scratch
            self.jobs = jobs
        }

        mutating func keep(detections chunk: [Detection]) throws {
            guard let scratch else { return detections.append(chunk) }
            detectionPlaces.append(try scratch.append(ConcurrentSlots<[UInt8]>.map(count: chunk.count, jobs: jobs) { ScratchRecords.encode([chunk[$0]]) }, jobs: jobs))
        }

        /// A chunk's detections, let go of once read (propagation reads each chunk once).
        mutating func detections(_ number: Int) -> [Detection] {
            if let scratch {
                let places = detectionPlaces[number]
                return ConcurrentSlots<Detection>.map(count: places.count, jobs: jobs) { scratch.read(places[$0], ScratchRecords.detections)[0] }
            }
            defer { detections[number] = [] }
            return detections[number]
        }

        mutating func keep(findings chunk: [[Finding]]) throws {
            guard let scratch else { return findings.append(chunk) }
            findingPlaces.append(try scratch.append(ConcurrentSlots<[UInt8]>.map(count: chunk.count, jobs: jobs) { ScratchRecords.encode([chunk[$0]]) }, jobs: jobs))
        }

        func findings(_ number: Int) -> [[Finding]] {
            if let scratch {
                let places = findingPlaces[number]
                return ConcurrentSlots<[Finding]>.map(count: places.count, jobs: jobs) { scratch.read(places[$0], ScratchRecords.findings)[0] }
            }
            return findings[number]
        }
    }

    /// Each worker thread's lexicons by language, kept from one chunk of interviews to the next (a lexicon learns the
    /// study's vocabulary as it reads; starting afresh for every chunk would look every word up again).
    final class LexiconPool: Sendable {
        private let slots: ConcurrentSlots<[String: Lexicon]>

        init(_ workers: Int) { slots = ConcurrentSlots(count: max(1, workers)) }

        /// Worker `stripe`'s lexicons, taken out so the worker holds the only copy while it adds to them.
        func take(_ stripe: Int) -> [String: Lexicon] {
            guard stripe < slots.count else { return [:] }
            let taken = slots[stripe] ?? [:]
            slots[stripe] = nil
            return taken
        }

        func put(_ lexicons: [String: Lexicon], _ stripe: Int) {
            if stripe < slots.count { slots[stripe] = lexicons }
        }
    }

    /// What detection found in one interview: candidates not yet resolved against each other (propagated matches
    /// compete with them later).
    struct Detection: Codable, Sendable {
        var interview: String
        var findings: [Finding]
    }

    /// The findings at the mentions entity decisions name, found as phase 2 finds them: the interviews they lie in
    /// are detected and propagated ahead of the rest (labels are given in study order, chunk by chunk, so a link to a
    /// later interview must be known before the first chunk is labelled).
    private func taggedMentions(in interviews: InterviewList, index: PropagationIndex) -> [MentionSpan: Finding] {
        guard !decisions.entityDecisions.isEmpty else { return [:] }
        var named: Set<String> = []
        for decision in decisions.entityDecisions {
            named.insert(decision.mention.interview)
            if let target = decision.target { named.insert(target.interview) }
        }
        var findings: [[Finding]] = []
        for id in named.sorted() {
            guard let position = interviews.position(of: id) else { continue }
            let loaded = interviews.load(position..<(position + 1), jobs: 1)
            findings += propagate(loaded, detections: detect(loaded, jobs: 1), index: index, jobs: 1)
        }
        return Self.tagged(findings)
    }

    /// Each tagged finding by the decision's mention.
    static func tagged(_ findings: [[Finding]]) -> [MentionSpan: Finding] {
        var tagged: [MentionSpan: Finding] = [:]
        for list in findings { for finding in list { if let mention = finding.reviewMention { tagged[mention] = finding } } }
        return tagged
    }

    /// Gives the registry what the decisions change about entities and which forms researchers rejected.
    func applyDecisions(to registry: inout EntityRegistry, tagged: [MentionSpan: Finding]) throws {
        guard !decisions.isEmpty else { return }
        let base = registry
        registry.overrides = try EntityOverrides(decisions, tagged: tagged, baseKey: base.baseKey)
        registry.rejectedForms = decisions.rejectedForms
    }

    /// Phase 1, per interview: every recognizer reads every text.
    func detect(_ interviews: [Interview], jobs: Int, meter: ProgressMeter? = nil, lexicons: LexiconPool? = nil) -> [Detection] {
        let detected = ConcurrentSlots<Detection>(count: interviews.count)
        let languages = gazetteer.languages
        detected.fill(jobs: jobs) { stripe, next in
            // Lexicons are per language (cue words differ).
            var byLanguage = lexicons?.take(stripe) ?? [:]
            defer { lexicons?.put(byLanguage, stripe) }
            while let index = next() {
                let cues = languages.cues(for: interviews[index].language)
                // Taken out of the dictionary, not copied: a lexicon held twice would be copied whole on its next new word.
                var lexicon = byLanguage.removeValue(forKey: cues.code) ?? Lexicon(gazetteer: sharedGazetteer, cues: Shared(cues))
                let found = decisions.applyToDetections(scan(interviews[index], lexicon: &lexicon), interview: interviews[index].id)
                byLanguage[cues.code] = lexicon
                detected[index] = Detection(interview: interviews[index].id, findings: found)
                meter?.advance()
            }
        }
        return detected.values.map { $0! }
    }

    /// What phase 2 looks for everywhere: the resolved findings of every interview (in interview order) that propagate.
    /// Each interview's findings are resolved on `jobs` threads (a serial half-second per 20,000 interviews before).
    static func propagationSeeds(_ detections: [Detection], jobs: Int = 1) -> [Finding] {
        ConcurrentSlots<[Finding]>.map(count: detections.count, jobs: jobs) { index in
            resolve(detections[index].findings).filter { $0.propagates && PropagationIndex.propagatingTypes.contains($0.type) }
        }.flatMap { $0 }
    }

    /// The index of phase 2, from the seeds of the whole study.
    func propagationIndex(seeds: [Finding]) -> PropagationIndex {
        var builder = PropagationIndex.Builder(gazetteer: gazetteer, studyNames: studyMentions.names)
        builder.add(seeds)
        return builder.index()
    }

    /// Phase 2, per interview: every text is read again by the matcher for what was found anywhere (the leak gate's
    /// definition of a mention, so it misses no form the gate would see); the result is each interview's findings, resolved.
    func propagate(_ interviews: [Interview], detections: [Detection], index: PropagationIndex, jobs: Int, meter: ProgressMeter? = nil) -> [[Finding]] {
        ConcurrentSlots<[Finding]>.map(count: interviews.count, jobs: jobs) { position in
            meter?.advance()
            let id = interviews[position].id
            var found: [Finding] = []
            if index.matcher.hasWords {
                forEachText(of: interviews[position]) { text, place, _ in found += index.findings(in: text, place: place, interview: id) }
            }
            return Self.resolve(decisions.applyToPropagated(detections[position].findings + found, interview: id))
        }
    }

    /// Phase 3, study-wide: every entity gets its label in order of first appearance (interview id, text, position).
    /// `findings` are every interview's, in interview order.
    func label(_ findings: [[Finding]], propagation: PropagationIndex) throws -> EntityRegistry {
        var registry = EntityRegistry(settings: settings, propagation: propagation, counties: gazetteer.counties, months: gazetteer.months)
        try applyDecisions(to: &registry, tagged: Self.tagged(findings))
        for list in findings { for finding in list { registry.register(finding) } }
        return registry
    }

    /// Phase 4, per interview: replaces what was found by its entity's label. The result's entities come from the
    /// registry; its review list and protected strings are the caller's (they are study-wide).
    func rewrite(_ interviews: [Interview], findings: [[Finding]], registry: EntityRegistry, jobs: Int = 1) -> Result {
        var counts: [String: [String: Int]] = [:]
        var replacements = TextReplacements()
        let done = ConcurrentSlots<(Interview, [Int: [TextReplacements.Replacement]])>.map(count: interviews.count, jobs: jobs) { index in
            (Rewriter.rewrite(interviews[index], findings: findings[index], registry: registry),
             Rewriter.replacements(interviews[index], findings: findings[index], registry: registry))
        }
        let rewritten = done.map(\.0)
        for (index, interview) in interviews.enumerated() {
            if !done[index].1.isEmpty { replacements.set(done[index].1, for: interview.id) }
            for finding in findings[index] { counts[finding.type.rawValue, default: [:]][interview.id, default: 0] += 1 }
        }
        return Result(interviews: rewritten, entities: registry.entities, review: [], counts: counts, protectedStrings: [],
                      replacements: replacements)
    }

    /// The hits listed for human review, from every interview's findings in interview order.
    static func review(_ findings: [[Finding]]) -> [Review] {
        findings.flatMap { $0 }.filter { !$0.confident }.map {
            Review(interview: $0.interview, turn: $0.turn, text: $0.text, type: $0.type, reason: $0.reason)
        }
    }

    /// How many tokens the anonymizer's tokenizer makes of `text` (the benchmark's baseline: one pass, no lookups).
    public static func tokenCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { Tokenizer.tokens(in: $0).count }
    }

    /// Every candidate in one interview: its turns, then its setting and field notes.
    func scan(_ interview: Interview, lexicon: inout Lexicon) -> [Finding] {
        var result: [Finding] = []
        lexicon.beginInterview()
        forEachText(of: interview) { text, place, lowercase in
            result += scan(text, lexicon: &lexicon, lowercase: lowercase, place: place, interview: interview.id)
        }
        // A guess at a sentence start ("Takk, Gro.", "Hvordan kom dere …") that the interview writes in lower case
        // elsewhere is an ordinary word: a name keeps its capital in every cased sentence.
        return result.filter { $0.reason != UnknownWords.atSentenceStart || !lexicon.writesInLowerCase($0.text) }
    }

    /// Each text of an interview with its place: the text nodes of its turns (with whether the turn is lower-cased
    /// throughout), then its setting and field notes.
    func forEachText(of interview: Interview, _ body: (String, TextPlace, Bool) -> Void) {
        for turn in interview.turns {
            let lowercase = !Self.hasCapitals(turn.text)
            forEachText(turn.content, path: []) { text, path in body(text, .turn(turn.index, path), lowercase) }
        }
        for (field, value) in [(TextPlace.setting, interview.meta.setting), (.fieldNotes, interview.meta.fieldNotes)] {
            if let value { body(value, field, false) }
        }
    }

    /// An `<anon type ref>` element: a replacement already made, whose label is not read again.
    static func isReplacement(_ element: InlineElement) -> Bool {
        element.name == "anon" && element[attribute: "ref"] != nil
    }

    /// Whether a text has any capital letter (speech-to-text output has none, and then capitals are no evidence).
    static func hasCapitals(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0x41 && byte <= 0x5A { return true }
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return false }
        return text.unicodeScalars.contains { $0.value >= 0x80 && $0.properties.isUppercase }
    }

    /// Calls `body` for each text node that is not already inside an `<anon>` this stage wrote (one with a `ref`);
    /// `<event>` text is read too: "phone call from …" carries names like speech does.
    private func forEachText(_ nodes: [InlineNode], path: [Int], _ body: (String, [Int]) -> Void) {
        for (index, node) in nodes.enumerated() {
            switch node {
            case .text(let text): body(text, path + [index])
            case .element(let element):
                guard !Self.isReplacement(element) else { continue }
                forEachText(element.children, path: path + [index], body)
            }
        }
    }

    func scan(_ string: String, lexicon: inout Lexicon, lowercase: Bool, place: TextPlace, interview: String) -> [Finding] {
        // Full-width forms (CJK input methods: "０３０８９１" , "＋４７") are read as the ASCII they stand for; findings
        // keep their place in the text as written.
        let folded = FullWidth.fold(string)
        var text = folded?.text ?? string
        let study = studyMentions.findings(in: string, place: place, interview: interview)
        let found = text.withUTF8 { bytes -> [Finding] in
            let tokens = Tokenizer.tokens(in: bytes)
            var ids: [Int32] = []
            ids.reserveCapacity(tokens.count)
            for token in tokens {
                ids.append(token.kind == .punct ? -1
                    : lexicon.factsID(UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]), isNumber: token.kind == .number))
            }
            let view = TextView(bytes: bytes, tokens: tokens, factIDs: ids, known: lexicon.known, lowercaseText: lowercase,
                                gazetteer: sharedGazetteer, cues: lexicon.sharedCues)
            if !lowercase { lexicon.noteLowerCaseWords(view) }
            var candidates: [Candidate] = []
            for recognizer in allRecognizers where recognizer.applies(to: view.cues) { candidates += recognizer.candidates(in: view) }
            let turn: Int = if case .turn(let index, _) = place { index } else { -1 }
            return candidates.map { candidate in
                Finding(interview: interview, place: place, turn: turn, byteStart: Int(tokens[candidate.first].start),
                        byteEnd: Int(tokens[candidate.last].end), text: view.text(candidate.first, candidate.last),
                        words: (candidate.first...candidate.last).filter { view.tokens[$0].kind != .punct }.map { view.base($0) },
                        type: candidate.type, confident: candidate.confident, reason: candidate.reason, propagates: candidate.propagates,
                        linksParts: candidate.linksParts)
            }
        }
        guard let folded else { return found + study }
        let original = Array(string.utf8)
        return found.map { finding in
            var finding = finding
            finding.byteStart = folded.offsets[finding.byteStart]
            finding.byteEnd = folded.offsets[finding.byteEnd]
            finding.text = String(decoding: original[finding.byteStart..<finding.byteEnd], as: UTF8.self)
            return finding
        } + study
    }

    /// Per text, keeps the longest candidates (in bytes); among equal spans the type with precedence, then confident
    /// ones; no overlaps. Texts keep their order of first appearance, findings within a text their position.
    static func resolve(_ findings: [Finding]) -> [Finding] {
        var order: [TextPlace] = []
        var byPlace: [TextPlace: [Finding]] = [:]
        for finding in findings {
            if byPlace[finding.place] == nil { order.append(finding.place) }
            byPlace[finding.place, default: []].append(finding)
        }
        var result: [Finding] = []
        for place in order {
            let sorted = byPlace[place]!.sorted { lhs, rhs in
                let left = (lhs.byteEnd - lhs.byteStart, -lhs.type.precedence, lhs.confident ? 1 : 0)
                let right = (rhs.byteEnd - rhs.byteStart, -rhs.type.precedence, rhs.confident ? 1 : 0)
                if left != right { return left > right }
                return lhs.byteStart < rhs.byteStart
            }
            var taken: [Finding] = []
            for finding in sorted where !taken.contains(where: { $0.byteStart < finding.byteEnd && finding.byteStart < $0.byteEnd }) {
                taken.append(finding)
            }
            result += taken.sorted { $0.byteStart < $1.byteStart }
        }
        return result
    }

}

/// Where a text is: a text node of a turn (its path through inline elements), or a metadata field.
enum TextPlace: Hashable, Sendable, Codable {
    case turn(Int, [Int])
    case setting
    case fieldNotes
}

/// One identifier found in one text.
struct Finding: Sendable, Codable {
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
    var propagates: Bool
    var linksParts = true
    /// The review decision's mention at this finding's spot, when a decision about entities names it (`EntityOverrides`).
    var reviewMention: MentionSpan? = nil
}
