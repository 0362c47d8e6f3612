import Foundation
import ThematicCore
import ThematicImport
import ThematicXML

/// Reads the transcripts a pipeline names, in parallel, and checks them against the study.
public struct CorpusLoader: Sendable {
    /// A transcript file as read: its name for messages and the manifest, and its bytes.
    public struct Source: Sendable {
        public var displayName: String
        public var data: Data
        /// The SHA-256 of `data`, taken on the thread that read it.
        public var sha256: String

        init(displayName: String, data: Data) {
            self.displayName = displayName
            self.data = data
            sha256 = Digest.sha256(data)
        }
    }

    let reader: InterviewXMLReader
    let jobs: Int
    let progress: (@Sendable (String) -> Void)?
    let importers: ImporterRegistry

    /// Creates a loader using `jobs` threads; with `importers`, transcripts in other formats (`P03.vtt`) are converted
    /// as they are read.
    public init(reader: InterviewXMLReader = InterviewXMLReader(), jobs: Int = 1, progress: (@Sendable (String) -> Void)? = nil,
                importers: ImporterRegistry = ImporterRegistry([])) {
        self.reader = reader
        self.jobs = max(1, jobs)
        self.progress = progress
        self.importers = importers
    }

    /// What `load(_:study:)` read.
    public struct Loaded: Sendable {
        /// The interviews, in the order of the files.
        public var interviews: [Interview]
        /// The files as read (the original bytes of a converted file, so the manifest records its digest).
        public var sources: [Source]
        /// Names found in the speaker labels and headers of converted files, to protect like the study's identifiers.
        public var names: [String]
    }

    /// Finds the files `patterns` name (relative to `base`), reporting patterns that match nothing.
    ///
    /// - Returns: the absolute paths and display names (relative to `base`), sorted and without repeats.
    public static func resolve(patterns: [String], base: String, file: String) throws -> [(path: String, displayName: String)] {
        var found: [(String, String)] = []
        var seen = Set<String>()
        var problems: [Diagnostic] = []
        for pattern in patterns {
            let full = pattern.hasPrefix("/") ? pattern : PathUtilities.join(base, pattern)
            let matches = PathUtilities.expand(full)
            if matches.isEmpty {
                let what = PathUtilities.isPattern(pattern) ? "the pattern '\(quoting: pattern)' matches no files" : "transcript '\(quoting: pattern)' does not exist"
                problems.append(Diagnostic(file: file, what))
            }
            for match in matches where seen.insert(PathUtilities.absolute(match)).inserted {
                found.append((match, PathUtilities.relative(match, from: base)))
            }
        }
        try problems.throwIfAny()
        return found
    }

    /// Reads every Interview XML file, in parallel; all problems of all files are reported together, sorted by file.
    public func load(_ files: [(path: String, displayName: String)]) throws -> (interviews: [Interview], sources: [Source]) {
        let loaded = try load(files, study: nil)
        return (loaded.interviews, loaded.sources)
    }

    /// Reads every file, in parallel, converting those in other formats against `study`; all problems of all files are
    /// reported together.
    public func load(_ files: [(path: String, displayName: String)], study: Study?) throws -> Loaded {
        try load(files, study: study, counter: ProgressMeter("reading transcripts", total: files.count, unit: "transcripts", progress: progress))
    }

    /// What `load(_:study:into:)` kept besides the transcripts themselves.
    public struct Stored: Sendable {
        /// Names found in the speaker labels and headers of converted files.
        public var names: [String]
        /// Each interview's file digest (SHA-256 of the bytes read), by interview id.
        public var digests: [String: String]
        /// Each interview's id and file, in the order of the files.
        public var sources: [(interview: String, displayName: String)]
    }

    /// Reads every file into `store`, a chunk at a time (so only a chunk of transcripts is in memory), and checks them
    /// against `study` as `check(_:against:)` does (speakers only when `checkingSpeakers`: a folder of transcripts to
    /// de-identify needs no study that lists them); all problems of all files are reported together.
    public func load(_ files: [(path: String, displayName: String)], study: Study, into store: TranscriptStore,
                     checkingSpeakers: Bool = true) throws -> Stored {
        let counter = ProgressMeter("reading transcripts", total: files.count, unit: "transcripts", progress: progress)
        var stored = Stored(names: [], digests: [:], sources: [])
        var names = Set<String>()
        var checker = TranscriptChecker(study: study, checkingSpeakers: checkingSpeakers)
        var problems: [Diagnostic] = []
        for start in stride(from: 0, to: files.count, by: InterviewList.chunkSize) {
            do {
                var loaded = try load(Array(files[start..<min(files.count, start + InterviewList.chunkSize)]), study: study, counter: counter)
                // Once a file could not be read the rest are only read for their messages.
                guard problems.isEmpty else { continue }
                checker.check(loaded.interviews, jobs: jobs)
                for (interview, source) in zip(loaded.interviews, loaded.sources) {
                    stored.digests[interview.id] = source.sha256
                    stored.sources.append((interview.id, source.displayName))
                }
                names.formUnion(loaded.names)
                try store.append(loaded.interviews, jobs: jobs)
                ConcurrentSlots.release(&loaded.interviews, jobs: jobs)
            } catch let error as DiagnosticList {
                problems += error.diagnostics
            } catch let error as Diagnostic {
                problems.append(error)
            }
        }
        try problems.throwIfAny()
        try checker.finish()
        stored.names = names.sorted()
        return stored
    }

    private func load(_ files: [(path: String, displayName: String)], study: Study?, counter: ProgressMeter) throws -> Loaded {
        let results = ConcurrentSlots<Result<(Interview, Source, [String]), any Error>>(count: files.count)
        let ingest = StudyImport(registry: importers)
        results.fill(jobs: jobs) { _, next in
            while let index = next() {
                let (path, name) = files[index]
                do {
                    let data = try InputFile.read(path, displayName: name, what: "transcript")
                    let file = ImportFile(displayName: name, data: data)
                    if let study, isOtherFormat(file) {
                        let (interview, names) = try ingest.ingest(file, into: study)
                        results[index] = .success((interview, Source(displayName: name, data: data), names))
                    } else {
                        let interview = try reader.read(data, name: name)
                        results[index] = .success((interview, Source(displayName: name, data: data), []))
                    }
                } catch {
                    results[index] = .failure(error)
                }
                counter.advance()
            }
        }
        var interviews: [Interview] = []
        var sources: [Source] = []
        var names = Set<String>()
        var problems: [Diagnostic] = []
        for result in results.values {
            switch result {
            case .success(let (interview, source, found)):
                interviews.append(interview)
                sources.append(source)
                names.formUnion(found)
            case .failure(let error as Diagnostic): problems.append(error)
            case .failure(let error as DiagnosticList): problems += error.diagnostics
            case .failure(let error): problems.append(Diagnostic("\(error)"))
            case nil: break
            }
        }
        try problems.throwIfAny()
        return Loaded(interviews: interviews, sources: sources, names: names.sorted())
    }

    /// Whether a file is for an importer: its content is a format one recognises, or its extension is not `.xml`.
    private func isOtherFormat(_ file: ImportFile) -> Bool {
        guard !importers.importers.isEmpty else { return false }
        if importers.importers.contains(where: { $0.recognizes(file) }) { return true }
        return file.fileExtension != "xml"
    }

    /// Checks transcripts against the study: unique interview ids, known participants, known speakers.
    public static func check(_ interviews: [Interview], against study: Study) throws {
        var checker = TranscriptChecker(study: study)
        checker.check(interviews)
        try checker.finish()
    }
}

/// The checks of transcripts against the study, fed a chunk at a time: unique interview ids, known participants,
/// known interviewers and speakers.
struct TranscriptChecker {
    private var problems: [Diagnostic] = []
    private var firstSource: [String: String] = [:]
    private let interviewers: Set<String>
    private let participantIDs: Set<String>
    private let checkingSpeakers: Bool

    init(study: Study, checkingSpeakers: Bool = true) {
        interviewers = study.interviewerIDs
        participantIDs = Set(study.participants.map(\.id))
        self.checkingSpeakers = checkingSpeakers
    }

    /// Checks `interviews` against the study and against those checked before; each interview's own checks (its
    /// participant, interviewer and every turn's speaker) run on up to `jobs` threads.
    mutating func check(_ interviews: [Interview], jobs: Int = 1) {
        let (participantIDs, interviewers, checkingSpeakers) = (participantIDs, interviewers, self.checkingSpeakers)
        let own = ConcurrentSlots<[Diagnostic]>.map(count: interviews.count, jobs: jobs) {
            guard checkingSpeakers else { return [] }
            return Self.problems(of: interviews[$0], participantIDs: participantIDs, interviewers: interviewers)
        }
        for (interview, problemsOfInterview) in zip(interviews, own) {
            if let earlier = firstSource[interview.id] {
                problems.append(Diagnostic(file: interview.source, line: 2, "duplicate interview id '\(quoting: interview.id)' (also in \(earlier))"))
            } else {
                firstSource[interview.id] = interview.source
            }
            problems += problemsOfInterview
        }
    }

    private static func problems(of interview: Interview, participantIDs: Set<String>, interviewers: Set<String>) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for participant in interview.participants where !participantIDs.contains(participant) {
            problems.append(Diagnostic(file: interview.source, line: 2,
                                       "participant '\(quoting: participant)' is not declared in the study (declared: \(quotingList: participantIDs.sorted()))"))
        }
        if let interviewer = interview.meta.interviewer, !interviewers.contains(interviewer) {
            problems.append(Diagnostic(file: interview.source, "interviewer '\(quoting: interviewer)' is not in the study's research team"))
        }
        let participants = Set(interview.participants)
        var unknownSpeakers = Set<String>()
        // A document's paragraphs have no speaker (the reader makes them so).
        for turn in interview.turns where !interview.isDocument && !participants.contains(turn.speaker) && !interviewers.contains(turn.speaker) {
            guard unknownSpeakers.insert(turn.speaker).inserted else { continue }
            let who = interview.isGroupSession ? "one of the session's participants (\(interview.participants.joined(separator: ", ")))" : "the participant '\(interview.participant)'"
            problems.append(Diagnostic(file: interview.source, line: turn.line,
                                       "unknown speaker '\(quoting: turn.speaker)': speakers must be an interviewer (\(quotingList: interviewers.sorted())) or \(who)"))
        }
        return problems
    }

    /// Throws every problem found, and that the corpus is empty when no transcript was checked.
    func finish() throws {
        var problems = problems
        if firstSource.isEmpty { problems.insert(Diagnostic("the corpus is empty: no transcripts were read"), at: 0) }
        try problems.throwIfAny()
    }
}
