import AnonymizationStage
import Foundation
import ThematicCore
import ThematicPipeline
import ThematicReview

/// The review page's backend for one pipeline: the machine's proposals for its transcripts (as its anonymization
/// stage is set up), previews of what decisions change, and the decisions file it saves.
final class StudyReview: ReviewBackend, @unchecked Sendable {
    private let study: Study
    private let interviews: [Interview]
    private let settings: Anonymizer.Settings
    /// The decisions file: where it is, and how the pipeline names it.
    let decisionsPath: String
    let decisionsName: String
    private let proposals: ReviewSession
    private let texts: TurnTexts
    private let saved: ReviewDecisions
    /// Saved decisions that no longer apply (their turns changed): reported once, left out of the page.
    let stale: [Diagnostic]
    private let lock = NSLock()

    /// Saved decisions that no longer apply, kept as they were: a save writes them back, so nothing decided is lost
    /// without the researcher seeing it (the next `thematic analyze` names each until it is redone or removed).
    private let staleDecisions: [ReviewDecision]
    /// The output folder, which the decisions file may never lie in (checked again at every save: a link can appear).
    private let outputFolder: String?

    init(pipelinePath: String, jobs: Int) throws {
        let pipeline = try PipelineFile.load(pipelinePath)
        guard let entry = pipeline.stages.first(where: { $0.id == Anonymization.descriptor.id }) else {
            throw Diagnostic(file: pipelinePath, "the pipeline has no anonymization stage: there is nothing to review")
        }
        let stage = try Anonymization(options: StageOptions(validating: entry.options, against: Anonymization.descriptor.options, stage: entry.id, file: pipelinePath))
        settings = stage.anonymizerSettings
        // The file the pipeline's anonymization stage reads, and no other: decisions saved elsewhere would never apply.
        decisionsName = stage.decisionsFile.isEmpty ? Anonymization.defaultDecisionsFile : stage.decisionsFile
        decisionsPath = pipeline.resolve(decisionsName)
        outputFolder = pipeline.output.map(pipeline.resolve)
        try Self.checkOutside(decisionsPath, outputFolder, name: decisionsName)
        study = try StudyLoader.load(path: pipeline.resolve(pipeline.study), displayName: pipeline.study).study
        let files = try CorpusLoader.resolve(patterns: pipeline.transcripts, base: pipeline.baseDirectory, file: pipeline.path)
        interviews = try CorpusLoader(jobs: jobs).load(files).interviews
        proposals = try ReviewSession.build(study: study, interviews: interviews, settings: settings, jobs: jobs)
        texts = TurnTexts(proposals)
        var kept: [ReviewDecision] = []
        var stale: [Diagnostic] = []
        var staleDecisions: [ReviewDecision] = []
        if FileManager.default.fileExists(atPath: decisionsPath) {
            let file = try ReviewDecisions.read(try InputFile.read(decisionsPath, displayName: decisionsName, what: "decisions file"), file: decisionsName)
            // All at once first (one session); only when that fails, each alone, so one stale decision hides no other.
            if (try? ReviewSession.build(study: study, interviews: interviews, settings: settings, decisions: file, jobs: jobs)) != nil {
                kept = file.decisions
            } else {
                for decision in file.decisions {
                    do {
                        _ = try ReviewSession.build(study: study, interviews: interviews.filter { [decision.mention.interview, decision.target?.interview].contains($0.id) },
                                                    settings: settings, decisions: ReviewDecisions([decision], file: decisionsName))
                        kept.append(decision)
                    } catch {
                        stale += (error as? DiagnosticList)?.diagnostics ?? [(error as? Diagnostic) ?? Diagnostic("\(error)")]
                        staleDecisions.append(decision)
                    }
                }
            }
        }
        saved = ReviewDecisions(kept, file: decisionsName)
        self.stale = stale
        self.staleDecisions = staleDecisions
    }

    private static func checkOutside(_ path: String, _ output: String?, name: String) throws {
        if let output, PrivateFile.isInside(path, output) {
            throw Diagnostic(file: name, "the decisions file may not lie inside the output folder (it names identifiers and would be replaced with the outputs)")
        }
    }

    /// The first line `ReviewDecisions.yaml` writes: a file without it is not ours to replace.
    static let header = "# Review decisions for study "

    // MARK: ReviewBackend

    func session() throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        var mentionsByEntity: [String: [String]] = [:]
        var items: [[String: Any]] = []
        for (number, item) in proposals.items.enumerated() {
            guard let span = texts.utf16(interview: item.interview, turn: item.turn, scalars: item.start, item.end) else { continue }
            let id = "m\(number + 1)"
            mentionsByEntity[item.entity, default: []].append(id)
            items.append(["id": id, "interview": item.interview, "turn": item.turn, "start": span.start, "end": span.end, "text": item.text,
                          "type": item.type, "entity": item.entity, "reason": item.reason, "queue": item.queue.rawValue])
        }
        let pseudonyms = chosenPseudonyms()
        let words = studyWords()
        let entities: [[String: Any]] = proposals.entities.map { entity in
            ["id": entity.ref, "type": entity.type, "label": entity.label, "pseudonym": pseudonyms[entity.ref] ?? NSNull(),
             "suggestions": entity.type == "person" ? PseudonymSuggestions.names(for: entity.ref, study: study.id, avoiding: words) : [],
             "mentions": mentionsByEntity[entity.ref] ?? []]
        }
        let transcripts: [[String: Any]] = proposals.transcripts.map { transcript in
            ["id": transcript.id, "turns": transcript.turns.map { ["turn": $0.turn, "speaker": $0.speaker, "text": $0.text] as [String: Any] }]
        }
        let decisions = try JSONSerialization.jsonObject(with: JSONEncoder().encode(texts.page(saved)))
        let session: [String: Any] = ["study": proposals.study, "types": proposals.types, "transcripts": transcripts, "entities": entities,
                                      "items": items, "decisions": decisions, "decisionsFile": decisionsName]
        return try JSONSerialization.data(withJSONObject: session, options: [.sortedKeys])
    }

    func preview(decisions body: Data) throws -> Data {
        Data(Self.orderedJSON(try summary(of: try pageDecisions(body))).utf8)
    }

    /// An object of counts with its keys in the order given (the page shows them in that order).
    static func orderedJSON(_ pairs: [(String, Int)]) -> String {
        "{" + pairs.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    func save(decisions body: Data) throws -> Data {
        let decisions = try pageDecisions(body)
        // Checked by applying them, so a file the pipeline would refuse is never written.
        let summary = try summary(of: decisions)
        lock.lock()
        defer { lock.unlock() }
        try Self.checkOutside(decisionsPath, outputFolder, name: decisionsName)
        var written = decisions
        written.decisions = staleDecisions + decisions.decisions
        try PrivateFile.replace(decisionsPath, with: Data(written.yaml(study: study.id).utf8)) { existing in
            existing.starts(with: Data(Self.header.utf8)) && (try? ReviewDecisions.read(existing, file: decisionsName)) != nil
        }
        let file = String(decoding: try JSONEncoder().encode(decisionsName), as: UTF8.self)
        return Data("{\"saved\": \(decisions.decisions.count), \"file\": \(file), \"summary\": \(Self.orderedJSON(summary))}".utf8)
    }

    // MARK: What the decisions change

    private func pageDecisions(_ body: Data) throws -> ReviewDecisions {
        let list: PageDecisionList
        do { list = try JSONDecoder().decode(PageDecisionList.self, from: body) } catch { throw Diagnostic("the page sent decisions that do not read: \(error)") }
        return try texts.decisions(list.decisions, file: decisionsName)
    }

    /// Mentions kept, added and relabelled, and what the leak gate would still find, with the decisions applied.
    private func summary(of decisions: ReviewDecisions) throws -> [(String, Int)] {
        let after = try ReviewSession.build(study: study, interviews: interviews, settings: settings, decisions: decisions)
        func labels(_ session: ReviewSession) -> [MentionSpan: String] {
            let byRef = Dictionary(session.entities.map { ($0.ref, $0.label) }, uniquingKeysWith: { first, _ in first })
            var labels: [MentionSpan: String] = [:]
            for item in session.items where item.queue != .gate {
                labels[MentionSpan(interview: item.interview, turn: item.turn, start: item.start, end: item.end)] = byRef[item.entity] ?? item.entity
            }
            return labels
        }
        let before = labels(proposals), now = labels(after)
        let kept = before.keys.filter { now[$0] == nil }.count
        let added = now.keys.filter { before[$0] == nil }.count
        let relabelled = now.filter { entry in before[entry.key].map { $0 != entry.value } ?? false }.count
        return [("decisions", decisions.decisions.count), ("mentions replaced", now.count), ("words kept", kept), ("mentions added", added),
                ("labels changed", relabelled), ("guesses left to review", after.items.filter { $0.queue == .review }.count),
                ("left for the leak gate", after.items.filter { $0.queue == .gate }.count)]
    }

    /// The pseudonyms saved decisions give, by the entity of their mention.
    private func chosenPseudonyms() -> [String: String] {
        var chosen: [String: String] = [:]
        for decision in saved.decisions where decision.action == .pseudonym {
            let mention = decision.mention
            if let item = proposals.items.first(where: { $0.interview == mention.interview && $0.turn == mention.turn && $0.start == mention.start && $0.end == mention.end }) {
                chosen[item.entity] = decision.pseudonym
            }
        }
        return chosen
    }

    /// Every word of the transcripts, lower-cased: a suggested pseudonym must not be someone in the study.
    private func studyWords() -> Set<String> {
        var words: Set<String> = []
        for transcript in proposals.transcripts {
            for turn in transcript.turns {
                for word in turn.text.lowercased().split(whereSeparator: { !$0.isLetter }) { words.insert(String(word)) }
            }
        }
        return words
    }
}

/// Pseudonyms offered for a person: a few common first names, the same for the same study and entity on every run
/// (seeded by both), none that occurs as a word anywhere in the study.
enum PseudonymSuggestions {
    static let pool = [
        "Anne", "Astrid", "Bente", "Berit", "Eirik", "Elin", "Espen", "Frida", "Geir", "Gro", "Guro", "Hege", "Helge", "Idun", "Ingrid",
        "Jon", "Jorunn", "Kjersti", "Knut", "Lars", "Lene", "Magnus", "Maja", "Nils", "Nora", "Oda", "Pål", "Ragnhild", "Rolf", "Rune",
        "Silje", "Solveig", "Stian", "Sverre", "Terje", "Tone", "Trond", "Turid", "Unni", "Vegard", "Vibeke", "Wenche", "Yngve", "Åsmund",
    ]

    static func names(for entity: String, study: String, avoiding words: Set<String>, count: Int = 3) -> [String] {
        let start = Int(Digest.sha256("\(study)\u{0}\(entity)").prefix(4), radix: 16)! % pool.count
        var names: [String] = []
        for offset in 0..<pool.count where names.count < count {
            let name = pool[(start + offset * 7) % pool.count]
            if !words.contains(name.lowercased()), !names.contains(name) { names.append(name) }
        }
        return names
    }
}
