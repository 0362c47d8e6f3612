import ThematicCore

/// Review decisions resolved against the transcripts as the anonymizer reads them: each mention becomes the place and
/// byte range a finding has, after its turn's digest and its text were checked (a stale decision is an error that
/// names its line, never a replacement in the wrong place).
struct AppliedDecisions: Sendable {
    /// A mention as a finding locates it.
    struct Spot: Hashable, Sendable {
        var interview: String
        var place: TextPlace
        var start: Int
        var end: Int

        init(interview: String, place: TextPlace, start: Int, end: Int) {
            (self.interview, self.place, self.start, self.end) = (interview, place, start, end)
        }

        init(_ finding: Finding) { self.init(interview: finding.interview, place: finding.place, start: finding.byteStart, end: finding.byteEnd) }
    }

    /// What applies to each finding of one interview, by spot.
    struct InterviewDecisions: Sendable {
        var rejected: Set<Spot> = []
        var confirmed: Set<Spot> = []
        var retyped: [Spot: IdentifierType] = [:]
        var added: [Finding] = []
    }

    /// Decisions about entities, which need the study's findings to resolve (`EntityDecisions`).
    struct EntityDecision: Sendable {
        var action: ReviewDecision.Action
        var mention: MentionSpan
        var target: MentionSpan?
        var pseudonym: String?
        var line: Int
        var text: String
    }

    let file: String
    private(set) var byInterview: [String: InterviewDecisions] = [:]
    private(set) var entityDecisions: [EntityDecision] = []
    /// The spots entity decisions point at, in the interviews resolved here: the findings there are tagged with the
    /// mention, so the entity table can find them wherever they were propagated (in one process or in a shard).
    private(set) var taggedSpots: [Spot: MentionSpan] = [:]
    /// The words researchers said are not identifiers; the leak gate does not hold the run to these forms.
    private(set) var rejectedForms: Set<String> = []

    static let none = AppliedDecisions(file: "")
    /// The reason a researcher's addition carries, by which it wins over what it covers.
    static let addedReason = "added in review"

    private init(file: String) { self.file = file }

    var isEmpty: Bool { byInterview.isEmpty && entityDecisions.isEmpty }

    /// The interviews the decisions name (after renaming, when the stage renames).
    static func interviews(named decisions: ReviewDecisions, renamed: (String) -> String = { $0 }) -> Set<String> {
        Set(decisions.decisions.flatMap { [renamed($0.mention.interview)] + ($0.target.map { [renamed($0.interview)] } ?? []) })
    }

    /// Resolves `decisions` against `interviews` (those the decisions name, prepared as the anonymizer reads them);
    /// `renamed` maps an id as the file gives it to the id the anonymizer uses. With `partial` (a shard, which has
    /// some of the interviews), decisions about other interviews are left to the shards that have them.
    init(_ decisions: ReviewDecisions, interviews: [Interview], renamed: (String) -> String = { $0 }, partial: Bool = false) throws {
        self.init(file: decisions.file)
        let byID = Dictionary(interviews.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var texts: [String: [Int: ReviewText]] = [:]
        var problems: [Diagnostic] = []
        func spot(_ anchor: MentionAnchor, line: Int) -> Spot? {
            let id = renamed(anchor.interview)
            guard let interview = byID[id] else {
                if partial { return nil }
                problems.append(Diagnostic(file: file, line: line, "interview '\(anchor.interview)' is not in the study"))
                return nil
            }
            if texts[id] == nil { texts[id] = Dictionary(interview.turns.map { ($0.index, ReviewText($0)) }, uniquingKeysWith: { first, _ in first }) }
            guard let text = texts[id]?[anchor.turn] else {
                problems.append(Diagnostic(file: file, line: line, "interview '\(anchor.interview)' has no turn \(anchor.turn)"))
                return nil
            }
            guard text.digest == anchor.turnDigest, text.span(anchor.start..<anchor.end) == anchor.text else {
                problems.append(Diagnostic(file: file, line: line, "turn \(anchor.turn) of '\(anchor.interview)' changed since the review (its text no longer matches); run `thematic review` again to redo this decision"))
                return nil
            }
            guard let located = text.place(scalars: anchor.start..<anchor.end) else {
                problems.append(Diagnostic(file: file, line: line, "the span in turn \(anchor.turn) of '\(anchor.interview)' crosses inline markup; select within one stretch of text"))
                return nil
            }
            return Spot(interview: id, place: located.place, start: located.bytes.lowerBound, end: located.bytes.upperBound)
        }
        var decided: [Spot: Int] = [:]
        // Every shard and the merge must agree on the forms, whichever interviews they hold.
        rejectedForms = Set(decisions.decisions.filter { $0.action == .reject }.map(\.mention.text))
        for decision in decisions.decisions {
            if case .link = decision.action, let target = decision.target, let located = spot(target, line: decision.line) {
                taggedSpots[located] = Self.span(target, renamed)
            }
            let located = spot(decision.mention, line: decision.line)
            switch decision.action {
            case .link, .split, .pseudonym:
                if let located { taggedSpots[located] = Self.span(decision.mention, renamed) }
                entityDecisions.append(EntityDecision(action: decision.action, mention: Self.span(decision.mention, renamed),
                                                      target: decision.target.map { Self.span($0, renamed) }, pseudonym: decision.pseudonym,
                                                      line: decision.line, text: decision.mention.text))
                continue
            case .confirm, .reject, .retype, .add:
                break
            }
            guard let mention = located else { continue }
            var part = byInterview[mention.interview] ?? InterviewDecisions()
            // One verdict per mention: two would depend on their order in the file.
            if let earlier = decided.updateValue(decision.line, forKey: mention) {
                problems.append(Diagnostic(file: file, line: decision.line, "a second verdict on the mention in turn \(decision.mention.turn) of '\(decision.mention.interview)' decided on line \(earlier)"))
                continue
            }
            switch decision.action {
            case .confirm: part.confirmed.insert(mention)
            case .reject:
                part.rejected.insert(mention)
            case .retype:
                guard let type = decision.type else { problems.append(Diagnostic(file: file, line: decision.line, "'retype' needs a 'type'")); continue }
                part.retyped[mention] = type
            case .add:
                guard let type = decision.type else { problems.append(Diagnostic(file: file, line: decision.line, "'add' needs a 'type'")); continue }
                let turn: Int = if case .turn(let index, _) = mention.place { index } else { -1 }
                part.added.append(Finding(interview: mention.interview, place: mention.place, turn: turn, byteStart: mention.start, byteEnd: mention.end,
                                          text: decision.mention.text, words: Gazetteer.words(decision.mention.text), type: type, confident: true,
                                          reason: Self.addedReason, propagates: true))
            case .link, .split, .pseudonym:
                continue
            }
            byInterview[mention.interview] = part
        }
        try problems.throwIfAny()
    }

    private static func span(_ anchor: MentionAnchor, _ renamed: (String) -> String) -> MentionSpan {
        MentionSpan(interview: renamed(anchor.interview), turn: anchor.turn, start: anchor.start, end: anchor.end)
    }

    /// Detection's candidates with the decisions applied: rejected spans dropped, retyped ones changed, added spans in.
    func applyToDetections(_ findings: [Finding], interview: String) -> [Finding] {
        guard let part = byInterview[interview] else { return findings }
        return adding(part, to: apply(part, findings))
    }

    /// An interview's findings after propagation, before they are resolved: what propagation found again at a
    /// rejected spot is dropped too, and a span a researcher added wins over anything overlapping it.
    func applyToPropagated(_ findings: [Finding], interview: String) -> [Finding] {
        let applied = byInterview[interview].map { apply($0, findings) } ?? findings
        guard !taggedSpots.isEmpty else { return applied }
        return applied.map { finding in
            var finding = finding
            finding.reviewMention = taggedSpots[Spot(finding)]
            return finding
        }
    }

    private func apply(_ part: InterviewDecisions, _ findings: [Finding]) -> [Finding] {
        // A rejection speaks of a finding: only a span some finding has exactly counts (a wider span drawn by hand
        // around an identifier rejects nothing), and then the words inside it go too (a surname propagated from
        // elsewhere into a rejected full name).
        let spots = Set(findings.map(Spot.init))
        let rejected = part.rejected.filter { spots.contains($0) }
        return findings.compactMap { finding in
            let spot = Spot(finding)
            if rejected.contains(where: { $0.place == finding.place && $0.start <= finding.byteStart && finding.byteEnd <= $0.end }) { return nil }
            // An addition supersedes what lies inside it; a finding it only overlaps stays, and the longer of the two
            // is kept (part of a phone number added as an age must not unmask the rest of the number).
            if finding.reason != Self.addedReason,
               part.added.contains(where: { $0.place == finding.place && $0.byteStart <= finding.byteStart && finding.byteEnd <= $0.byteEnd }) {
                return nil
            }
            var finding = finding
            if let type = part.retyped[spot] {
                finding.type = type
                finding.confident = true
                finding.reason = "retyped in review"
            }
            if part.confirmed.contains(spot) { finding.confident = true }
            return finding
        }
    }

    private func adding(_ part: InterviewDecisions, to findings: [Finding]) -> [Finding] {
        part.added.isEmpty ? findings : findings + part.added
    }
}
