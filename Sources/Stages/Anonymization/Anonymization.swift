import Foundation
import ThematicCore
import ThematicXML

/// De-identifies the transcripts before any other stage reads them: finds people, places, workplaces, addresses,
/// dates, phone numbers, e-mail addresses, national identity numbers, ages and URLs, replaces them consistently across
/// the study, keeps the re-identification key apart, and has the run refuse to publish if any identifier survives in
/// any artifact.
public struct Anonymization: Stage {
    public static let descriptor = StageDescriptor(
        id: "anonymization",
        version: "1.1.0",
        summary: "Recall-first de-identification with study-wide labels, a key kept apart, and a leak gate on every artifact.",
        discussion: """
            Recognizers (Docs/Anonymization.md lists them with examples): people (name gazetteers of many locales, \
            titles, cues, capitals), places (Norwegian municipalities, world cities, countries and states where someone \
            lives), workplaces and organisations, addresses, postcodes, dates, phones, e-mails, URLs, national IDs, \
            card and account numbers with their check digits, IP addresses, identifiers after the document they \
            belong to, ages; and a safety net for capitalised words no dictionary or list knows, listed for review. \
            Cue words come from Resources/languages/<language>.txt; a transcript's language decides whether capitals \
            mark names. The study file's identifiers are always replaced. Whatever is found with confidence anywhere is replaced \
            everywhere, and a first name or surname alone links to its full name. Each replacement is an \
            <anon type ref> element with a label such as [person 3], numbered by first appearance across the study. \
            Ambiguous hits (names that are also words) are replaced but listed for review in the key file. The key \
            is written only to the path given (option 'key' or 'thematic analyze --key'), mode 0600, sealed with \
            AES-GCM when the environment variable named by 'passphrase-env' is set; it may not lie inside the output \
            folder. Later stages read the anonymized transcripts, and the run fails before publishing if any \
            identifier appears in any artifact.
            """,
        options: [key.spec, passphraseEnvironment.spec, age.spec, date.spec, place.spec, person.spec, pseudonyms.spec, allow.spec, rename.spec],
        reads: [Products.corpus],
        writes: [Products.corpus, Products.textReplacements],
        artifacts: [ArtifactDeclaration("anonymized/*.xml", carriesTranscriptText: true), "anonymization.json"]
    )

    static let key = StageOption<String>("key", default: "", help: "Where to write the re-identification key (relative to the pipeline); none when empty.")
    static let passphraseEnvironment = StageOption<String>("passphrase-env", default: "THEMATIC_KEY_PASSPHRASE", help: "Environment variable holding the key's passphrase.")
    static let age = StageOption<Anonymizer.AgeReplacement>("age", default: .label, help: "Ages as [age 2] or as ten-year bands [40–49].")
    static let date = StageOption<Anonymizer.DateReplacement>("date", default: .label, help: "Dates as [date 3] or as [August 2022].")
    static let place = StageOption<Anonymizer.PlaceReplacement>("place", default: .label, help: "Municipalities as [place 2] or as [a municipality in Trøndelag].")
    static let person = StageOption<Anonymizer.PersonReplacement>("person", default: .label, help: "People as [person 1] or by the pseudonyms listed.")
    static let pseudonyms = StageOption<[String]>("pseudonyms", default: [], help: "Pseudonyms for person = pseudonym, in order of first appearance.")
    static let allow = StageOption<[String]>("allow", default: [], help: "Words never replaced (acronyms, product names).")
    static let rename = StageOption<Bool>("rename", default: false,
                                          help: "Replace interview ids by T01… and participant ids by P01… (when an id holds a name); the mapping goes to the key only. Later stages and imported codings then use the new ids.")

    let settings: Anonymizer.Settings
    let keyPath: String
    let passphraseVariable: String
    let rename: Bool

    public init(options: StageOptions) throws {
        var settings = Anonymizer.Settings()
        settings.age = options[Self.age]
        settings.date = options[Self.date]
        settings.person = options[Self.person]
        settings.place = options[Self.place]
        settings.pseudonyms = options[Self.pseudonyms]
        settings.allow = options[Self.allow]
        if settings.person == .pseudonym, settings.pseudonyms.isEmpty {
            throw Diagnostic("stage 'anonymization': person = pseudonym needs a 'pseudonyms' list")
        }
        self.settings = settings
        keyPath = options[Self.key]
        passphraseVariable = options[Self.passphraseEnvironment]
        rename = options[Self.rename]
    }

    public func run(in context: StageContext) throws {
        var renamed: [String: String]?
        var corpus = try context.take(Products.corpus)
        if rename {
            let (renamedCorpus, mapping) = Renaming.rename(corpus)
            corpus = renamedCorpus
            renamed = mapping
        }
        let prepared = InputMarkup.prepare(corpus.interviews)
        // The prepared copies are what is read from here on; the originals go (a large study holds one copy fewer).
        corpus.replaceInterviews([])
        var study = corpus.study
        for (type, values) in prepared.marked { study.identifiers[type, default: []] += values }
        let anonymizer = try Anonymizer(study: study, settings: settings)
        let participants = ParticipantFields.transcript(of: corpus.study)
        let result = anonymizer.anonymize(prepared.interviews + [participants.interview], jobs: context.jobs,
                                          meter: { context.meter($0, total: $1) })
        try publish(result, rendered: nil, corpus: corpus, markedInInput: prepared.marked.values.reduce(0) { $0 + $1.count },
                    foreignAttributesDropped: prepared.droppedAttributes, renamed: renamed, in: context)
    }

    /// Hands on the anonymized corpus and the replacements, adds the artifacts, keeps the key and summarises: what a
    /// run does with the anonymizer's result, in one process or after shards (`rendered` holds the transcripts the
    /// shards rendered; nil renders them here).
    func publish(_ result: Anonymizer.Result, rendered: [String: Data]?, corpus: Corpus, markedInInput: Int, foreignAttributesDropped: Int,
                 renamed: [String: String]?, in context: StageContext) throws {
        var result = result
        let participants = ParticipantFields.transcript(of: corpus.study)
        var anonymizedStudy = corpus.study
        var participantFieldsChanged = 0
        if let index = result.interviews.firstIndex(where: { $0.id == ParticipantFields.interviewID }) {
            participantFieldsChanged = ParticipantFields.apply(result.interviews.remove(at: index), fields: participants.fields, to: &anonymizedStudy)
            for type in result.counts.keys { result.counts[type]?[ParticipantFields.interviewID] = nil }
            result.counts = result.counts.filter { !$0.value.isEmpty }
            result.replacements.byTurn[ParticipantFields.interviewID] = nil
        }
        var anonymized = corpus
        anonymized.study = anonymizedStudy
        let interviews = result.interviews.map(Self.publishedDate)
        anonymized.replaceInterviews(interviews)
        try context.put(anonymized, for: Products.corpus)
        try context.put(result.replacements, for: Products.textReplacements)
        context.protect(result.protectedStrings)

        let id = Self.descriptor.id
        // Rendering is the larger part of publishing a big corpus, so it runs on the stage's threads; files are added
        // in id order, so nothing depends on the thread count.
        if let rendered {
            for interview in interviews {
                let path = Self.transcriptPath(interview.id)
                guard let data = rendered[path] else { throw Diagnostic("stage '\(id)': no shard rendered \(path)") }
                try context.artifacts.add(path, data, by: id)
            }
        } else {
            // In batches, so a large study's rendered transcripts are not all in memory at once (the artifact set
            // keeps them on disk).
            for batch in stride(from: 0, to: interviews.count, by: 256) {
                let part = Array(interviews[batch..<min(interviews.count, batch + 256)])
                let texts = ConcurrentSlots<String>.map(count: part.count, jobs: context.jobs) { InterviewXMLWriter.xml(part[$0]) }
                for (interview, text) in zip(part, texts) { try context.artifacts.addText(Self.transcriptPath(interview.id), text, by: id) }
            }
        }
        var report = AnonymizationReport(result: result, settings: settings)
        report.markedInInput = markedInInput == 0 ? nil : markedInInput
        report.foreignAttributesDropped = foreignAttributesDropped == 0 ? nil : foreignAttributesDropped
        report.participantFieldsReplaced = participantFieldsChanged == 0 ? nil : participantFieldsChanged
        try context.artifacts.addJSON("anonymization.json", report, by: id)

        let destination = context.keyFile ?? (keyPath.isEmpty ? nil : context.path(keyPath))
        if let destination {
            let passphrase = ProcessInfo.processInfo.environment[passphraseVariable]
            var key = KeyFile(study: corpus.study.id, entities: result.entities, review: result.review)
            key.renamed = renamed
            let sealed = passphrase?.isEmpty == false
            try context.keep(KeptKey(destination: destination, data: try key.encoded(passphrase: passphrase), contentDigest: try key.contentDigest(),
                                     description: "re-identification key (\(sealed ? "sealed" : "not sealed; set \(passphraseVariable) to seal it"))"))
        }
        let total = result.counts.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        let unknown = result.review.filter { UnknownWords.reasons.contains($0.reason) }.count
        context.summarize("anonymization: \(total) replacements of \(result.entities.count) identifiers, \(result.review.count) for review"
            + " (\(unknown) \(unknown == 1 ? "name" : "names") no list knows)"
            + (destination == nil ? "; no key written (give --key to keep one)" : "; key kept outside the output folder (written with it)"))
    }
}

extension Anonymization {
    /// Where an anonymized transcript is published: named by interview id, never by the source file's name, which may
    /// hold an identifier.
    static func transcriptPath(_ interviewID: String) -> String { "anonymized/\(interviewID).xml" }

    /// The interview's own date at month precision: a day can single out an interview (and equal a date someone
    /// mentions, which was replaced), while the month keeps the order of interviews for saturation.
    static func publishedDate(_ interview: Interview) -> Interview {
        var interview = interview
        if let date = interview.meta.date, date.count >= 7 { interview.meta.date = String(date.prefix(7)) }
        return interview
    }
}

/// `anonymization.json`: counts per type and per transcript, and the settings used (never an identifier).
struct AnonymizationReport: Encodable {
    var settings: Anonymizer.Settings
    var identifiers: [String: Int]
    var replacements: [String: Int]
    var perTranscript: [String: [String: Int]]
    var forReview: Int
    /// Of those, the safety net's guesses: capitalised words no dictionary or list knows.
    var unknownNames: Int
    /// Identifiers the input itself marked with `<anon>` (no `ref`); omitted when none.
    var markedInInput: Int?
    /// Attribute values of other vocabularies' elements that were dropped; omitted when none.
    var foreignAttributesDropped: Int?
    /// Participant labels and attribute values in which an identifier was replaced; omitted when none.
    var participantFieldsReplaced: Int?

    init(result: Anonymizer.Result, settings: Anonymizer.Settings) {
        var settings = settings
        settings.pseudonyms = settings.pseudonyms.isEmpty ? [] : ["(\(settings.pseudonyms.count) pseudonyms)"]
        self.settings = settings
        identifiers = Dictionary(grouping: result.entities, by: { $0.type.rawValue }).mapValues(\.count)
        replacements = result.counts.mapValues { $0.values.reduce(0, +) }
        var perTranscript: [String: [String: Int]] = [:]
        for (type, byInterview) in result.counts {
            for (interview, count) in byInterview { perTranscript[interview, default: [:]][type] = count }
        }
        self.perTranscript = perTranscript
        forReview = result.review.count
        unknownNames = result.review.filter { UnknownWords.reasons.contains($0.reason) }.count
    }
}
