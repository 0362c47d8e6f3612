import Foundation
import ThematicCore
import ThematicXML

/// Anonymization in shards: the study-wide labels need every transcript's findings, so the work goes in four rounds —
/// collect what the input marks, detect, propagate, rewrite — with small study-wide results combined between them
/// (marked identifiers, what to look for everywhere, the entity table). One process runs the same phases back to
/// back (`Anonymizer.anonymize`), so both publish the same bytes.
extension Anonymization: ShardedStage {
    /// Identifiers the input marks, merged study-wide.
    static let collect = ShardRoundKey<Marked, Marked>(0, work: "collect-marked", combine: "merge-marked")
    /// Each interview's detections; combined, what to look for everywhere.
    static let detect = ShardRoundKey<[Anonymizer.Detection], [Finding]>(1, work: "detect", combine: "reconcile")
    /// Each interview's findings after propagation; combined, the entity table's input.
    static let propagate = ShardRoundKey<[InterviewFindings], [InterviewFindings]>(2, work: "propagate", combine: "label")
    /// The rewritten transcripts' counts and replacements (the transcripts go on as the shard's own).
    static let rewrite = ShardRoundKey<Rewritten, NothingCombined>(3, work: "rewrite", combine: nil)
    public static let rounds = [collect.round, detect.round, propagate.round, rewrite.round]

    /// Round 0: identifiers the input marks, and attribute values dropped.
    struct Marked: Codable {
        var marked: [String: [String]]
        var dropped: Int
    }

    /// One interview's findings after propagation, resolved.
    struct InterviewFindings: Codable {
        var interview: String
        var findings: [Finding]
    }

    /// Round 3: what changed in a shard's interviews, and the participants' fields rewritten (first shard); the
    /// interviews themselves are handed on as the shard's transcripts.
    struct Rewritten: Codable {
        var participantFields: Interview?
        var counts: [String: [String: Int]]
        var replacements: TextReplacements
    }

    public func work(round: Int, in shard: ShardInput) throws -> ShardOutput {
        if rename {
            throw Diagnostic("stage 'anonymization': option 'rename' numbers interviews across the whole study and does not run in shards yet; run without --shards")
        }
        let prepared = InputMarkup.prepare(shard.interviews)
        if round == Self.collect.index {
            return try Self.collect.output(Marked(marked: prepared.marked, dropped: prepared.droppedAttributes))
        }
        let marked = try shard.combined(Self.collect)
        var anonymizer = try self.anonymizer(study: shard.study, marked: marked.marked)
        // Each shard checks and applies the decisions about its own interviews; the entity table sees them all.
        let decisions = try reviewDecisions { path, optional in
            if optional, !FileManager.default.fileExists(atPath: shard.path(path)) { return nil }
            return try InputFile.read(shard.path(path), displayName: path, what: "decisions file")
        }
        if let decisions { try anonymizer.apply(decisions, to: prepared.interviews, partial: true) }
        // The participants' labels and attributes are read as one more transcript, by the first shard.
        let memos = shard.shard == 0 ? try memoTexts { try InputFile.read(shard.path($0), displayName: $0, what: "memos file") } : []
        let interviews = prepared.interviews + (shard.shard == 0 ? [ParticipantFields.transcript(of: shard.study, memos: memos).interview] : [])
        let ordered = interviews.sorted { $0.id < $1.id }
        switch round {
        case Self.detect.index:
            return try Self.detect.output(anonymizer.detect(ordered, jobs: shard.jobs))
        case Self.propagate.index:
            let index = anonymizer.propagationIndex(seeds: try shard.combined(Self.detect))
            let findings = anonymizer.propagate(ordered, detections: try shard.own(Self.detect), index: index, jobs: shard.jobs)
            return try Self.propagate.output(zip(ordered, findings).map { InterviewFindings(interview: $0.id, findings: $1) })
        default:
            let (registry, all) = try entityTable(anonymizer, shard.earlier)
            let byInterview = Dictionary(all.map { ($0.interview, $0.findings) }, uniquingKeysWith: { first, _ in first })
            let result = anonymizer.rewrite(ordered, findings: ordered.map { byInterview[$0.id] ?? [] }, registry: registry, jobs: shard.jobs)
            let interviews = result.interviews.filter { $0.id != ParticipantFields.interviewID }.map(Self.publishedDate)
            var files: [String: Data] = [:]
            for interview in interviews { files[Self.transcriptPath(interview.id)] = Data(InterviewXMLWriter.xml(interview).utf8) }
            let rewritten = Rewritten(participantFields: result.interviews.first { $0.id == ParticipantFields.interviewID },
                                      counts: result.counts, replacements: result.replacements)
            return try Self.rewrite.output(rewritten, files: files, interviews: interviews)
        }
    }

    public func combine(round: Int, outputs: [Data], study: Study, earlier: ShardResults) throws -> Data {
        switch round {
        case Self.collect.index:
            return try Self.collect.combining(outputs) { parts in
                var union: [String: Set<String>] = [:]
                for part in parts { for (type, values) in part.marked { union[type, default: []].formUnion(values) } }
                return Marked(marked: union.mapValues { $0.sorted() }, dropped: parts.reduce(0) { $0 + $1.dropped })
            }
        case Self.detect.index:
            return try Self.detect.combining(outputs) { parts in Anonymizer.propagationSeeds(parts.joined().sorted { $0.interview < $1.interview }) }
        default:
            return try Self.propagate.combining(outputs) { parts in parts.joined().sorted { $0.interview < $1.interview } }
        }
    }

    public func finish(in context: StageContext, from results: ShardResults) throws {
        let corpus = try context.read(Products.corpus)
        let marked = try results.combined(Self.collect)
        var anonymizer = try self.anonymizer(study: corpus.study, marked: marked.marked)
        // The first shard read the memos; read here too, they are the stage's input in the manifest as in one process.
        _ = try memoTexts { try context.inputFile($0, what: "memos file") }
        if let decisions = try reviewDecisions(in: context) {
            // The merge holds no transcripts: the ids are those the shards handed on.
            var ids = Set<String>()
            for shard in 0..<results.shards { for interview in try results.interviews(Self.rewrite, shard: shard) { ids.insert(interview.id) } }
            if let stray = decisions.decisions.first(where: { !ids.contains($0.mention.interview) || $0.target.map { !ids.contains($0.interview) } ?? false }) {
                throw Diagnostic(file: decisions.file, line: stray.line, "interview '\(ids.contains(stray.mention.interview) ? stray.target!.interview : stray.mention.interview)' is not in the study")
            }
            try anonymizer.apply(decisions, to: [], partial: true)
        }
        let (registry, all) = try entityTable(anonymizer, results)
        // The shards' transcripts go into a store one shard at a time, and their rendered files into the artifacts.
        let transcripts = try context.transcriptStore()
        var participantFields: Interview?
        var counts: [String: [String: Int]] = [:]
        var replacements = TextReplacements()
        for (shard, part) in try results.outputs(Self.rewrite).enumerated() {
            let interviews = try results.interviews(Self.rewrite, shard: shard)
            var rendered = try results.files(Self.rewrite, shard: shard)
            for interview in interviews {
                let path = Self.transcriptPath(interview.id)
                guard let data = rendered.removeValue(forKey: path) else { throw Diagnostic("stage '\(Self.descriptor.id)': no shard rendered \(path)") }
                try context.artifacts.add(path, data, by: Self.descriptor.id)
            }
            try transcripts.append(interviews, jobs: context.jobs)
            participantFields = part.participantFields ?? participantFields
            for (type, byInterview) in part.counts { counts[type, default: [:]].merge(byInterview) { first, _ in first } }
            replacements.merge(part.replacements)
        }
        let result = Anonymizer.Result(interviews: [], entities: registry.entities,
                                       review: ReviewList(Anonymizer.review(all.map(\.findings))), counts: counts,
                                       protectedStrings: registry.protectedStrings(gazetteer: anonymizer.gazetteer), replacements: replacements)
        let markedCount = marked.marked.values.reduce(0) { $0 + $1.count }
        try publish(result, transcripts: transcripts.list(), participantFields: participantFields, corpus: corpus,
                    studyProtection: anonymizer.studyProtection, markedInInput: markedCount,
                    foreignAttributesDropped: marked.dropped, renamed: nil, in: context)
    }

    /// The anonymizer every shard builds alike: the study's identifiers and those the input marks anywhere.
    private func anonymizer(study: Study, marked: [String: [String]]) throws -> Anonymizer {
        var study = study
        for (type, values) in marked { study.identifiers[type, default: []] += values }
        return try Anonymizer(study: study, settings: settings)
    }

    /// The study-wide labels, from every interview's findings (round 2, combined) and what was looked for everywhere.
    private func entityTable(_ anonymizer: Anonymizer, _ results: ShardResults) throws -> (EntityRegistry, [InterviewFindings]) {
        let all = try results.combined(Self.propagate)
        return (try anonymizer.label(all.map(\.findings), propagation: anonymizer.propagationIndex(seeds: results.combined(Self.detect))), all)
    }
}
