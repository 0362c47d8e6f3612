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
        options: [key.spec, passphraseEnvironment.spec, decisions.spec, memos.spec, age.spec, date.spec, place.spec, person.spec, pseudonyms.spec, allow.spec, rename.spec],
        reads: [Products.corpus],
        writes: [Products.corpus, Products.textReplacements, Products.replacedForms, Products.renamedInterviews],
        artifacts: [ArtifactDeclaration("anonymized/*.xml", carriesTranscriptText: true), "anonymization.json"]
    )

    static let key = StageOption<String>("key", default: "", help: "Where to write the re-identification key (relative to the pipeline); none when empty.")
    static let passphraseEnvironment = StageOption<String>("passphrase-env", default: "THEMATIC_KEY_PASSPHRASE", help: "Environment variable holding the key's passphrase.")
    static let decisions = StageOption<String>(file: "decisions", default: defaultDecisionsFile, required: false,
                                               help: "The review decisions `thematic review` saves (relative to the pipeline); applied when the file exists.")
    static let memos = StageOption<String>(file: "memos", default: "", required: false,
                                           help: "A codebook.yaml whose notes and sets (an imported project's memos) are read too, so a name only a memo holds is found and its published memos lose it; none when empty.")
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
    let decisionsPath: String
    let memosPath: String

    /// Where `thematic review` saves decisions unless told otherwise; a pipeline without the file has none.
    public static let defaultDecisionsFile = "decisions.yaml"

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
        decisionsPath = options[Self.decisions]
        memosPath = options[Self.memos]
    }

    /// How this stage replaces what it finds (for the review page, which shows the same labels).
    public var anonymizerSettings: Anonymizer.Settings { settings }
    /// The decisions file's path as the pipeline gives it (relative to the pipeline's folder unless absolute).
    public var decisionsFile: String { decisionsPath }

    /// The decisions file, when there is one (the default file may be absent; a file named otherwise must exist),
    /// its bytes from `read` (path, whether it may be absent).
    func reviewDecisions(read: (String, Bool) throws -> Data?) throws -> ReviewDecisions? {
        guard !decisionsPath.isEmpty, let data = try read(decisionsPath, decisionsPath == Self.defaultDecisionsFile) else { return nil }
        return try ReviewDecisions.read(data, file: decisionsPath)
    }

    /// The decisions file as a run reads it: the bytes the runner read up front, recorded in the manifest.
    func reviewDecisions(in context: StageContext) throws -> ReviewDecisions? {
        try reviewDecisions { try context.inputFile($0, what: "decisions file", optional: $1) }
    }

    /// The texts of the memos file's notes and sets, from `read` (path); none without the option.
    func memoTexts(read: (String) throws -> Data?) throws -> [String] {
        guard !memosPath.isEmpty, let data = try read(memosPath) else { return [] }
        return try MemoTexts.read(data, file: memosPath)
    }

    public func run(in context: StageContext) throws {
        var corpus = try context.take(Products.corpus)
        let renaming = rename ? Renaming(corpus) : nil
        // The transcripts go through in chunks: prepared (and renamed) into a store of their own, the originals let go,
        // then each phase of the anonymizer reads the store again, and the rewritten ones go to a third store; only a
        // chunk of transcripts is in memory at a time.
        let prepared = try context.transcriptStore()
        var marked: [String: Set<String>] = [:]
        var dropped = 0
        let decisions = try reviewDecisions(in: context)
        let renamed: (String) -> String = { id in renaming?.mapping["interview:" + id] ?? id }
        let decided = decisions.map { AppliedDecisions.interviews(named: $0, renamed: renamed) } ?? []
        var decidedInterviews: [Interview] = []
        for range in corpus.interviews.chunks() {
            let loaded = corpus.interviews.load(range, jobs: context.jobs)
            let chunk = renaming.map { loaded.map($0.rename) } ?? loaded
            let parts = ConcurrentSlots<InputMarkup.Prepared>.map(count: chunk.count, jobs: context.jobs) { InputMarkup.prepare([chunk[$0]]) }
            for part in parts {
                for (type, values) in part.marked { marked[type, default: []].formUnion(values) }
                dropped += part.droppedAttributes
                decidedInterviews += part.interviews.filter { decided.contains($0.id) }
            }
            try prepared.append(parts.flatMap(\.interviews), jobs: context.jobs)
        }
        if let renaming { corpus.study = renaming.study }
        corpus.replaceInterviews([])
        var study = corpus.study
        for (type, values) in marked { study.identifiers[type, default: []] += values.sorted() }
        var anonymizer = try Anonymizer(study: study, settings: settings, jobs: context.jobs)
        if let decisions { try anonymizer.apply(decisions, to: decidedInterviews, renamed: renamed) }
        let memos = try memoTexts { try context.inputFile($0, what: "memos file") }
        try prepared.append([ParticipantFields.transcript(of: corpus.study, memos: memos).interview])
        let rewritten = try context.transcriptStore()
        var participantFields: Interview?
        let result = try anonymizer.anonymize(prepared.list(), jobs: context.jobs, scratch: try ScratchFile(in: context.scratchFolder),
                                              meter: { context.meter($0, total: $1) }) { chunk in
            participantFields = chunk.first { $0.id == ParticipantFields.interviewID } ?? participantFields
            let interviews = chunk.filter { $0.id != ParticipantFields.interviewID }.map(Self.publishedDate)
            // Rendering is the larger part of publishing a big corpus, so it runs on the stage's threads.
            let files = ConcurrentSlots<(path: String, data: Data)>.map(count: interviews.count, jobs: context.jobs) {
                (Self.transcriptPath(interviews[$0].id), Data(ArtifactSet.normalisingLineEndings(InterviewXMLWriter.xml(interviews[$0])).utf8))
            }
            try context.artifacts.addAll(files, by: Self.descriptor.id, jobs: context.jobs)
            try rewritten.append(interviews, jobs: context.jobs)
        }
        try publish(result, transcripts: rewritten.list(), participantFields: participantFields, corpus: corpus,
                    studyProtection: anonymizer.studyProtection, markedInInput: marked.values.reduce(0) { $0 + $1.count }, foreignAttributesDropped: dropped, renamed: renaming?.mapping, in: context)
    }

    /// Hands on the anonymized corpus and the replacements, adds the report, keeps the key and summarises: what a run
    /// does with the anonymizer's result, in one process or after shards. The caller has added the rewritten
    /// transcripts (`transcripts`, with published dates) to the artifacts; `participantFields` is the participants'
    /// pseudo-transcript as rewritten.
    func publish(_ result: Anonymizer.Result, transcripts: InterviewList, participantFields: Interview?, corpus: Corpus,
                 studyProtection: [ProtectedIdentifier], markedInInput: Int,
                 foreignAttributesDropped: Int, renamed: [String: String]?, in context: StageContext) throws {
        var result = result
        // The memos' turns follow the fields' and are not written back (the export redacts memos with the forms found).
        let participants = ParticipantFields.transcript(of: corpus.study)
        var anonymizedStudy = corpus.study
        var participantFieldsChanged = 0
        if let participantFields {
            participantFieldsChanged = ParticipantFields.apply(participantFields, fields: participants.fields, to: &anonymizedStudy)
            for type in result.counts.keys { result.counts[type]?[ParticipantFields.interviewID] = nil }
            result.counts = result.counts.filter { !$0.value.isEmpty }
            result.replacements.remove(ParticipantFields.interviewID)
        }
        let anonymized = Corpus(study: anonymizedStudy, interviews: transcripts)
        try context.put(anonymized, for: Products.corpus)
        try context.put(result.replacements, for: Products.textReplacements)
        try context.put(result.entities.flatMap { entity in entity.originals.map { ProtectedIdentifier($0, reference: entity.ref) } },
                        for: Products.replacedForms)
        if let renamed {
            // Coding tables and an imported project's notes and sets name interviews by the ids the study had.
            try context.put(Dictionary(uniqueKeysWithValues: renamed.compactMap { key, new in
                key.hasPrefix("interview:") ? (String(key.dropFirst("interview:".count)), new) : nil
            }), for: Products.renamedInterviews)
        }
        context.protect(result.protectedStrings)
        context.protectStudyIdentifiers(studyProtection)

        let id = Self.descriptor.id
        var report = AnonymizationReport(result: result, settings: settings)
        report.markedInInput = markedInInput == 0 ? nil : markedInInput
        report.foreignAttributesDropped = foreignAttributesDropped == 0 ? nil : foreignAttributesDropped
        report.participantFieldsReplaced = participantFieldsChanged == 0 ? nil : participantFieldsChanged
        try context.artifacts.addJSON("anonymization.json", report, by: id)

        let destination = context.keyFile ?? (keyPath.isEmpty ? nil : context.path(keyPath))
        if let destination {
            let passphrase = ProcessInfo.processInfo.environment[passphraseVariable]
            var key = KeyFile(study: corpus.study.id, entities: result.entities, review: [])
            key.renamed = renamed
            if let passphrase, !passphrase.isEmpty {
                // Sealing takes the whole content at once.
                key.review = Array(result.review)
                let content = try key.canonical()
                try context.keep(KeptKey(destination: destination, data: try key.encoded(content, passphrase: passphrase), contentDigest: Digest.sha256(content),
                                         description: "re-identification key (sealed)"))
            } else {
                try context.keep(KeptKey(destination: destination, scratchFolder: context.scratchFolder,
                                         description: "re-identification key (not sealed; set \(passphraseVariable) to seal it)") {
                    try key.writeCanonical(to: &$0, review: result.review, jobs: context.jobs)
                })
            }
        }
        let total = result.counts.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        let unknown = result.review.unknownNames
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
        unknownNames = result.review.unknownNames
    }
}
